package dev.vigie.maven.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * How much wall time {@code incident:check} adds to {@code mvn verify}, and how many HTTP requests it makes, for a
 * repository with 100 open incidents served by a local GitGuardian stand-in (MockWebServer). Runs a product pom
 * (the demo's shape, packaging pom) with and without {@code check} bound, alternately, {@code runs} times each after
 * one warm-up, and prints the medians. Not a test: run it with
 * {@code ./mvnw -B -pl incident-maven-plugin -am verify -Pcheck-bench -Dinvoker.test=check-fails-on-incidents}
 * (the plugin must be in {@code target/local-repo}, which the invoker's install goal does). See BENCHMARKS.md.
 *
 * <p>Arguments: {@code <maven home> <IT local repo> <user local repo> <plugin version> <export template> [runs]}.
 */
public final class CheckBenchmark {

    private static final int OPEN = 100;

    private CheckBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path mavenHome = Path.of(args[0]);
        Path localRepo = Path.of(args[1]).toAbsolutePath();
        Path userRepo = Path.of(args[2]).toAbsolutePath();
        String version = args[3];
        Path template = Path.of(args[4]);
        int runs = args.length > 5 ? Integer.parseInt(args[5]) : 7;

        ObjectMapper json = new ObjectMapper();
        ObjectNode first = (ObjectNode) json.readTree(template.toFile()).get(0);
        ArrayNode incidents = json.createArrayNode();
        for (int i = 0; i < OPEN; i++) {
            ObjectNode copy = first.deepCopy();
            copy.put("id", 700000 + i);
            copy.put("status", i % 3 == 0 ? "ASSIGNED" : "TRIGGERED");
            copy.put("severity", List.of("critical", "high", "medium", "low").get(i % 4));
            copy.put("gitguardian_url", "https://dashboard.gitguardian.com/workspace/4242/incidents/" + (700000 + i));
            incidents.add(copy);
        }
        String incidentsBody = json.writeValueAsString(incidents);
        String source = "[{\"id\":12,\"type\":\"github\",\"full_name\":\"incubateur-demo/demo-startup\",\"url\":"
                + "\"https://github.com/incubateur-demo/demo-startup\",\"visibility\":\"private\",\"open_incidents_count\":"
                + OPEN + ",\"closed_incidents_count\":0}]";

        AtomicInteger requests = new AtomicInteger();
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    requests.incrementAndGet();
                    String path = request.getUrl().encodedPath();
                    String body = path.equals("/exposed/v1/sources") ? source
                            : path.equals("/exposed/v1/sources/12/incidents/secrets") ? incidentsBody : null;
                    return body == null ? new MockResponse.Builder().code(404).build()
                            : new MockResponse.Builder().body(body).addHeader("Content-Type", "application/json")
                                    .build();
                }
            });
            server.start();
            Path work = Files.createTempDirectory("vigie-bench");
            Path with = project(work.resolve("with"), version, true);
            Path without = project(work.resolve("without"), version, false);
            Path settings = work.resolve("settings.xml");
            Files.writeString(settings, settings(userRepo));
            String url = server.url("/").toString();

            List<String> base = List.of(mavenHome.resolve("bin/mvn").toString(), "-B", "-q", "-s", settings.toString(),
                    "-Dmaven.repo.local=" + localRepo, "-Dincident.gitguardian.url=" + url, "verify");
            run(without, base);
            run(with, base);
            requests.set(0);
            List<Long> withTimes = new ArrayList<>();
            List<Long> withoutTimes = new ArrayList<>();
            List<Integer> perRun = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                withoutTimes.add(run(without, base));
                int before = requests.get();
                withTimes.add(run(with, base));
                perRun.add(requests.get() - before);
            }
            long medianWith = median(withTimes);
            long medianWithout = median(withoutTimes);
            System.out.println("incident:check benchmark: " + OPEN + " open incidents, " + runs + " runs each");
            System.out.println("  without check (ms): " + withoutTimes + " median " + medianWithout);
            System.out.println("  with check    (ms): " + withTimes + " median " + medianWith);
            System.out.println("  added at the median: " + (medianWith - medianWithout) + " ms");
            System.out.println("  HTTP requests per run with check: " + perRun);
        }
    }

    private static long run(Path dir, List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("build.log").toFile());
        builder.environment().put("GITGUARDIAN_API_KEY", "ggtt-bench-FAKEKEY-0000");
        Instant start = Instant.now();
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("mvn timed out in " + dir);
        }
        long ms = Duration.between(start, Instant.now()).toMillis();
        if (process.exitValue() != 0) {
            throw new IllegalStateException("mvn failed in " + dir + ": " + Files.readString(dir.resolve("build.log")));
        }
        return ms;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static Path project(Path dir, String version, boolean withCheck) throws IOException {
        Files.createDirectories(dir);
        String plugin = withCheck ? """
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>dev.vigie</groupId>
                        <artifactId>incident-maven-plugin</artifactId>
                        <version>%s</version>
                        <executions><execution><goals><goal>check</goal></goals></execution></executions>
                      </plugin>
                    </plugins>
                  </build>
                """.formatted(version) : "";
        Files.writeString(dir.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>dev.vigie.bench</groupId>
                  <artifactId>demo-startup</artifactId>
                  <version>1.0</version>
                  <packaging>pom</packaging>
                  <properties>
                    <incident.repository>incubateur-demo/demo-startup</incident.repository>
                    <incident.failBuild>false</incident.failBuild>
                  </properties>
                %s</project>
                """.formatted(plugin), StandardCharsets.UTF_8);
        return dir;
    }

    private static String settings(Path userRepo) {
        String url = userRepo.toUri().toString();
        return """
                <settings>
                  <profiles><profile><id>local</id><activation><activeByDefault>true</activeByDefault></activation>
                    <repositories><repository><id>local.central</id><url>%1$s</url></repository></repositories>
                    <pluginRepositories><pluginRepository><id>local.central</id><url>%1$s</url></pluginRepository>
                    </pluginRepositories>
                  </profile></profiles>
                </settings>
                """.formatted(url);
    }

}
