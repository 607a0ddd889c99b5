package dev.vigie.maven;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/** Mocked Maven seams for the goal tests: session, project, decrypter, and a log that records every line. */
final class TestMaven {

    /** A fake key: tests assert it appears in no message and no log line. */
    static final String KEY = "ggtt-unit-SECRET-0123456789abcdef";

    private TestMaven() {}

    static MavenSession session(Settings settings, boolean offline, Path basedir) {
        MavenSession session = mock(MavenSession.class);
        MavenExecutionRequest request = new DefaultMavenExecutionRequest();
        request.setStartTime(new Date());
        request.setBaseDirectory(basedir.toFile());
        when(session.getRequest()).thenReturn(request);
        when(session.getSettings()).thenReturn(settings);
        when(session.isOffline()).thenReturn(offline);
        when(session.getProjects()).thenReturn(List.of());
        return session;
    }

    static MavenSession session(Path basedir) {
        return session(new Settings(), false, basedir);
    }

    static MavenProject project(Path basedir) {
        MavenProject project = new MavenProject();
        project.setArtifactId("product");
        project.setFile(basedir.resolve("pom.xml").toFile());
        project.getBuild().setDirectory(basedir.resolve("target").toString());
        project.setExecutionRoot(true);
        return project;
    }

    /** A decrypter that returns the input unchanged, with no problem. */
    static SettingsDecrypter plainDecrypter() {
        return decrypter(null, List.of());
    }

    /**
     * A decrypter answering {@code decrypted} as the server's password (null: unchanged), with {@code problems}.
     */
    static SettingsDecrypter decrypter(String decrypted, List<SettingsProblem> problems) {
        SettingsDecrypter decrypter = mock(SettingsDecrypter.class);
        when(decrypter.decrypt(any())).thenAnswer(call -> {
            var request = call.getArgument(0, org.apache.maven.settings.crypto.SettingsDecryptionRequest.class);
            SettingsDecryptionResult result = mock(SettingsDecryptionResult.class);
            List<Server> servers = new ArrayList<>();
            for (Server s : request.getServers()) {
                Server copy = s.clone();
                if (decrypted != null) {
                    copy.setPassword(decrypted);
                }
                servers.add(copy);
            }
            List<org.apache.maven.settings.Proxy> proxies = new ArrayList<>();
            for (org.apache.maven.settings.Proxy p : request.getProxies()) {
                org.apache.maven.settings.Proxy copy = p.clone();
                if (decrypted != null) {
                    copy.setPassword(decrypted);
                }
                proxies.add(copy);
            }
            when(result.getServers()).thenReturn(servers);
            when(result.getServer()).thenReturn(servers.isEmpty() ? null : servers.get(0));
            when(result.getProxies()).thenReturn(proxies);
            when(result.getProxy()).thenReturn(proxies.isEmpty() ? null : proxies.get(0));
            when(result.getProblems()).thenReturn(problems);
            return result;
        });
        return decrypter;
    }

    static Function<String, String> env(Map<String, String> values) {
        return values::get;
    }

    static String resource(String name) {
        try (InputStream in = TestMaven.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records every log line, debug included, as {@code LEVEL text}. */
    static final class RecordingLog implements Log {
        final List<String> lines = new ArrayList<>();

        private void add(String level, CharSequence content, Throwable error) {
            lines.add(level + " " + content + (error == null ? "" : " " + error));
        }

        String text() {
            return String.join("\n", lines);
        }

        @Override public boolean isDebugEnabled() { return true; }
        @Override public void debug(CharSequence c) { add("DEBUG", c, null); }
        @Override public void debug(CharSequence c, Throwable e) { add("DEBUG", c, e); }
        @Override public void debug(Throwable e) { add("DEBUG", "", e); }
        @Override public boolean isInfoEnabled() { return true; }
        @Override public void info(CharSequence c) { add("INFO", c, null); }
        @Override public void info(CharSequence c, Throwable e) { add("INFO", c, e); }
        @Override public void info(Throwable e) { add("INFO", "", e); }
        @Override public boolean isWarnEnabled() { return true; }
        @Override public void warn(CharSequence c) { add("WARN", c, null); }
        @Override public void warn(CharSequence c, Throwable e) { add("WARN", c, e); }
        @Override public void warn(Throwable e) { add("WARN", "", e); }
        @Override public boolean isErrorEnabled() { return true; }
        @Override public void error(CharSequence c) { add("ERROR", c, null); }
        @Override public void error(CharSequence c, Throwable e) { add("ERROR", c, e); }
        @Override public void error(Throwable e) { add("ERROR", "", e); }
    }
}
