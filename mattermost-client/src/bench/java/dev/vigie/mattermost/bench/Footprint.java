package dev.vigie.mattermost.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarFile;

/** A runtime class path as written by {@code dependency:build-classpath}: its jars, their bytes, JAX-RS presence. */
record Footprint(String name, List<Path> jars) {

    static Footprint read(String name, Path classpathFile, Path... extraJars) {
        try {
            List<Path> jars = new ArrayList<>(Arrays.asList(extraJars));
            for (String entry : Files.readString(classpathFile, StandardCharsets.UTF_8).trim()
                    .split(java.io.File.pathSeparator)) {
                if (!entry.isBlank()) {
                    jars.add(Path.of(entry));
                }
            }
            return new Footprint(name, List.copyOf(jars));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int count() {
        return jars.size();
    }

    long bytes() {
        long sum = 0;
        for (Path jar : jars) {
            try {
                sum += Files.size(jar);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sum;
    }

    /** Jars that carry JAX-RS, Jersey, HK2 or any {@code jakarta.*} API. */
    List<String> jaxRsOrJakarta() {
        List<String> found = new ArrayList<>();
        for (Path jar : jars) {
            if (!Files.isRegularFile(jar)) {
                continue;
            }
            try (JarFile file = new JarFile(jar.toFile())) {
                boolean hit = file.stream().anyMatch(e -> {
                    String n = e.getName().toLowerCase(Locale.ROOT);
                    return n.startsWith("jakarta/") || n.startsWith("javax/ws/rs/") || n.startsWith("org/glassfish/");
                });
                if (hit) {
                    found.add(jar.getFileName().toString());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found;
    }

    String classpath(Path benchClasses) {
        StringBuilder s = new StringBuilder();
        for (Path jar : jars) {
            s.append(jar).append(java.io.File.pathSeparator);
        }
        return s.append(benchClasses).toString();
    }
}
