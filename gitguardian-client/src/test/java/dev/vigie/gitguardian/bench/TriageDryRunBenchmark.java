package dev.vigie.gitguardian.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigie.gitguardian.Fixtures;
import dev.vigie.gitguardian.GitGuardianClient;
import dev.vigie.gitguardian.incident.GitGuardianIncidentSource;
import dev.vigie.incident.RepositoryRef;
import dev.vigie.incident.directory.Team;
import dev.vigie.incident.directory.TeamChat;
import dev.vigie.incident.directory.TeamDirectory;
import dev.vigie.incident.port.Journal;
import dev.vigie.incident.port.JournalEntry;
import dev.vigie.incident.triage.BacklogTriage;
import dev.vigie.incident.triage.GroupOutcome;
import dev.vigie.incident.triage.TriageOptions;
import dev.vigie.incident.triage.TriageResult;
import dev.vigie.incident.triage.Workflow;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A triage dry run over a 10,000-incident backlog spread over 500 repositories, served by a local MockWebServer
 * playing GitGuardian (recorded payload shapes, renumbered), with a 500-team directory. Prints the wall time of each
 * run (targets: under 3 s) and the peak heap (target: under 256 MB; the JVM is also capped at 256 MB). No chat: the
 * dry run deduplicates from the (empty) journal. Not a test: run it with
 * {@code ./mvnw -q -pl gitguardian-client -am -Pbench-triage process-test-classes}.
 */
public final class TriageDryRunBenchmark {

    static final int REPOSITORIES = 500;
    static final int PER_REPOSITORY = 20;
    static final String[] SEVERITIES = {"critical", "high", "medium", "low", "info", "unknown"};

    private final ObjectMapper mapper = new ObjectMapper();
    private final List<byte[]> sourcePages = new ArrayList<>();
    private final List<byte[]> incidentsBySource = new ArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();

    public static void main(String[] args) throws Exception {
        TriageDryRunBenchmark bench = new TriageDryRunBenchmark();
        bench.generate();
        try (MockWebServer server = new MockWebServer()) {
            server.setServerSocketFactory(new NoDelayServerSocketFactory());
            server.setDispatcher(bench.dispatcher());
            server.start();
            bench.run(server, args.length > 0 ? Integer.parseInt(args[0]) : 5);
        }
    }

    private void generate() throws Exception {
        JsonNode incidentTemplates = mapper.readTree(Fixtures.body("test_list_incidents_with_ordering.yaml", 0));
        JsonNode sourceTemplate = mapper.readTree(Fixtures.body("test_search_sources.yaml", 0)).get(0);
        ArrayNode page = mapper.createArrayNode();
        for (int s = 0; s < REPOSITORIES; s++) {
            ObjectNode source = sourceTemplate.deepCopy();
            source.put("id", 1000 + s);
            source.put("type", "github");
            source.put("full_name", "bench-org/repo-" + s);
            source.put("url", "https://github.com/bench-org/repo-" + s);
            source.put("visibility", s % 5 == 0 ? "public" : "private");
            source.put("open_incidents_count", PER_REPOSITORY);
            source.put("closed_incidents_count", 0);
            page.add(source);
            if (page.size() == 100) {
                sourcePages.add(mapper.writeValueAsBytes(page));
                page = mapper.createArrayNode();
            }
            ArrayNode incidents = mapper.createArrayNode();
            for (int i = 0; i < PER_REPOSITORY; i++) {
                long id = 40_000_000L + (long) s * PER_REPOSITORY + i;
                ObjectNode incident = incidentTemplates.get(i % incidentTemplates.size()).deepCopy();
                incident.put("id", id);
                incident.put("status", "TRIGGERED");
                incident.put("severity", SEVERITIES[(int) (id % SEVERITIES.length)]);
                incident.put("date", Instant.parse("2026-06-01T00:00:00Z").plusSeconds(id % 9_000_000).toString());
                incident.put("gitguardian_url", "https://dashboard.gitguardian.com/workspace/8/incidents/" + id);
                incidents.add(incident);
            }
            incidentsBySource.add(mapper.writeValueAsBytes(incidents));
        }
    }

    private Dispatcher dispatcher() {
        return new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                requests.incrementAndGet();
                String path = request.getUrl().encodedPath().replaceFirst("^/exposed", "");
                if (path.equals("/v1/sources")) {
                    String cursor = request.getUrl().queryParameter("cursor");
                    int p = cursor == null ? 0 : Integer.parseInt(cursor);
                    MockResponse.Builder response = json(sourcePages.get(p));
                    if (p + 1 < sourcePages.size()) {
                        response.addHeader("Link", "<" + request.getUrl().newBuilder()
                                .setQueryParameter("cursor", String.valueOf(p + 1)).build() + ">; rel=\"next\"");
                    }
                    return response.build();
                }
                if (path.startsWith("/v1/sources/") && path.endsWith("/incidents/secrets")) {
                    int source = Integer.parseInt(path.split("/")[3]) - 1000;
                    String status = request.getUrl().queryParameter("status");
                    byte[] body = status == null || status.equals("TRIGGERED")
                            ? incidentsBySource.get(source) : "[]".getBytes();
                    return json(body).build();
                }
                return new MockResponse.Builder().code(404).body("{\"detail\":\"Not found.\"}").build();
            }
        };
    }

    private static MockResponse.Builder json(byte[] body) {
        return new MockResponse.Builder().addHeader("Content-Type", "application/json")
                .body(new okio.Buffer().write(body));
    }

    private void run(MockWebServer server, int rounds) {
        GitGuardianClient client = GitGuardianClient.builder().baseUrl(server.url("/exposed").toString())
                .apiKey("bench-key-not-a-secret").build();
        TeamDirectory.Builder directory = TeamDirectory.builder();
        for (int s = 0; s < REPOSITORIES; s++) {
            directory.addTeams(Team.builder().id("team-" + s).name("Team " + s)
                    .addRepositories(RepositoryRef.of("bench-org/repo-" + s))
                    .chat(TeamChat.builder().team("startups").channel("team-" + s).build()).build());
        }
        GitGuardianIncidentSource source = new GitGuardianIncidentSource(client);
        Workflow workflow = Workflow.of(source, source, Optional.empty(), directory.build(), new EmptyJournal(),
                Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC));
        TriageOptions options = TriageOptions.builder().max(10_000).build();
        System.out.printf("backlog: %d incidents in %d repositories, JVM max heap %d MB%n",
                REPOSITORIES * PER_REPOSITORY, REPOSITORIES, Runtime.getRuntime().maxMemory() >> 20);
        long[] millis = new long[rounds];
        long peak = 0;
        for (int r = 0; r < rounds; r++) {
            System.gc();
            resetPeaks();
            requests.set(0);
            long start = System.nanoTime();
            TriageResult result = new BacklogTriage(workflow).run(options);
            millis[r] = (System.nanoTime() - start) / 1_000_000;
            long roundPeak = peakHeap();
            peak = Math.max(peak, roundPeak);
            System.out.printf("run %d: %d ms, %d HTTP requests, %d groups planned, peak heap %.1f MB%n", r + 1,
                    millis[r], requests.get(), result.withOutcome(GroupOutcome.PLANNED).size(), roundPeak / 1e6);
        }
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf("RESULT first run %d ms, median %d ms (target < 3000 ms); peak heap %.1f MB "
                + "(target < 256 MB)%n", millis[0], sorted[rounds / 2], peak / 1e6);
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** A journal with nothing in it: the first triage of a backlog. */
    private static final class EmptyJournal implements Journal {
        @Override
        public void append(JournalEntry entry) {
            throw new UnsupportedOperationException("a dry run never writes the journal");
        }

        @Override
        public List<JournalEntry> entries() {
            return List.of();
        }
    }
}
