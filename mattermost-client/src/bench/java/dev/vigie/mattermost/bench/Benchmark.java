package dev.vigie.mattermost.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import mockwebserver3.MockWebServer;

/**
 * Side-by-side benchmark of Vigie's client and mattermost4j 0.25.0 against one local MockWebServer. Each round runs
 * each client in a fresh JVM whose class path is exactly that client's runtime class path (plus the bench classes):
 * startup-to-first-post is measured from process start to the child's {@code FIRST_POST} line, throughput inside the
 * child after a warm-up. Rounds alternate the clients; medians are reported. Not a test: run it with
 * {@code ./mvnw -q -pl mattermost-client -am -Pbench -DskipTests verify}.
 *
 * <p>Args: vigie runtime class path file, mattermost4j runtime class path file, the mattermost-client jar, the bench
 * classes directory, [rounds].
 */
public final class Benchmark {

    private Benchmark() {}

    public static void main(String[] args) throws Exception {
        Footprint ours = Footprint.read("vigie mattermost-client", Path.of(args[0]), Path.of(args[2]));
        Footprint theirs = Footprint.read("mattermost4j 0.25.0", Path.of(args[1]));
        Path benchClasses = Path.of(args[3]);
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 3;

        BenchServer dispatcher = new BenchServer();
        Map<String, List<double[]>> results = new TreeMap<>();
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(dispatcher);
            server.setServerSocketFactory(new NoDelayServerSockets());
            server.start();
            String url = server.url("/").toString().replaceAll("/$", "");
            for (int round = 0; round < rounds; round++) {
                results.computeIfAbsent("vigie", k -> new ArrayList<>())
                        .add(runChild(ours.classpath(benchClasses), VigieRun.class.getName(), url));
                results.computeIfAbsent("mattermost4j", k -> new ArrayList<>())
                        .add(runChild(theirs.classpath(benchClasses), Mattermost4jRun.class.getName(), url));
            }
        }
        report(results, ours, theirs, rounds);
    }

    /** Returns {startupMillis, postsPerSecond, postsReadPerSecond}. */
    private static double[] runChild(String classpath, String main, String url) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, main, url).redirectErrorStream(true);
        pb.environment().put("MATTERMOST_TOKEN", "bench-token-not-a-secret");
        long start = System.nanoTime();
        Process process = pb.start();
        double startup = -1;
        String result = null;
        StringBuilder output = new StringBuilder();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.equals("FIRST_POST") && startup < 0) {
                    startup = (System.nanoTime() - start) / 1e6;
                } else if (line.startsWith("RESULT ")) {
                    result = line;
                } else if (output.length() < 4000) {
                    output.append(line).append('\n');
                }
            }
        }
        if (process.waitFor() != 0 || result == null) {
            throw new IllegalStateException(main + " failed:\n" + output);
        }
        Map<String, Long> values = new TreeMap<>();
        for (String kv : result.substring(7).split(" ")) {
            values.put(kv.substring(0, kv.indexOf('=')), Long.parseLong(kv.substring(kv.indexOf('=') + 1)));
        }
        if (values.get("failed") != 0 || values.get("read") != Workload.PAGES * Workload.PER_PAGE) {
            throw new IllegalStateException(main + " did not complete the workload: " + result);
        }
        return new double[] {startup, Workload.POSTS / (values.get("postNanos") / 1e9),
            values.get("read") / (values.get("readNanos") / 1e9)};
    }

    private static double median(List<double[]> runs, int index) {
        List<Double> v = new ArrayList<>();
        runs.forEach(r -> v.add(r[index]));
        Collections.sort(v);
        return v.get(v.size() / 2);
    }

    private static void report(Map<String, List<double[]>> results, Footprint ours, Footprint theirs, int rounds) {
        List<double[]> v = results.get("vigie");
        List<double[]> m = results.get("mattermost4j");
        System.out.printf(Locale.ROOT, "Mattermost client benchmark: %d rounds, medians; %d posts created, %d posts "
                + "read (%d pages of %d) per round; JDK %s, %d cores%n", rounds, Workload.POSTS,
                Workload.PAGES * Workload.PER_PAGE, Workload.PAGES, Workload.PER_PAGE,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "%-28s %14s %14s %10s%n", "", "vigie", "mattermost4j", "ratio");
        row("create post (posts/s)", median(v, 1), median(m, 1), "ours/theirs, target >= 1");
        row("read posts (posts/s)", median(v, 2), median(m, 2), "ours/theirs, target >= 1");
        row("startup to first post (ms)", median(v, 0), median(m, 0), "ours/theirs, target <= 1");
        row("runtime jars", ours.count(), theirs.count(), "ours/theirs, target <= 0.33");
        row("runtime bytes", ours.bytes(), theirs.bytes(), "ours/theirs, target < 1");
        for (int i = 0; i < rounds; i++) {
            System.out.printf(Locale.ROOT, "round %d: vigie %.0f ms, %.0f posts/s, %.0f read/s; mattermost4j %.0f ms, "
                    + "%.0f posts/s, %.0f read/s%n", i + 1, v.get(i)[0], v.get(i)[1], v.get(i)[2], m.get(i)[0],
                    m.get(i)[1], m.get(i)[2]);
        }
        System.out.println("JAX-RS/Jakarta/Jersey/HK2 jars, vigie: " + ours.jaxRsOrJakarta());
        System.out.println("JAX-RS/Jakarta/Jersey/HK2 jars, mattermost4j: " + theirs.jaxRsOrJakarta());
        System.out.println("vigie runtime jars: " + names(ours));
        System.out.println("mattermost4j runtime jars: " + names(theirs));
    }

    private static List<String> names(Footprint f) {
        return f.jars().stream().map(p -> p.getFileName().toString()).toList();
    }

    private static void row(String what, double ours, double theirs, String note) {
        System.out.printf(Locale.ROOT, "%-28s %14.1f %14.1f %10.2f  (%s)%n", what, ours, theirs, ours / theirs, note);
    }
}
