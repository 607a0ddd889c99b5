package dev.vigie.gitguardian.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigie.gitguardian.Fixtures;
import dev.vigie.gitguardian.GitGuardianClient;
import dev.vigie.gitguardian.IncidentOrdering;
import dev.vigie.gitguardian.ListIncidentsParams;
import dev.vigie.gitguardian.model.SecretIncident;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Serves 10,000 incidents (the recorded 2026 payload shape, ids renumbered) in 100 pages of 100 from a local
 * MockWebServer and reads them all through the client's auto-pager. Prints requests made, TCP connections used,
 * client time against a bare OkHttp loop fetching the same bytes without parsing (median of several rounds after a
 * warm-up), and used heap after GC while paging. Not a test: run it with
 * {@code ./mvnw -q -pl gitguardian-client -am -Pbench process-test-classes} (see BENCHMARKS.md).
 */
public final class PagingBenchmark {

    static final int TOTAL = 10_000;
    static final int PER_PAGE = 100;
    static final int PAGES = TOTAL / PER_PAGE;
    static final String KEY = "bench-key-not-a-secret";

    private final byte[][] pages = new byte[PAGES][];
    private final AtomicInteger requests = new AtomicInteger();
    private final Set<Integer> connections = ConcurrentHashMap.newKeySet();
    private MockWebServer server;
    private volatile long latencyMillis;

    public static void main(String[] args) throws Exception {
        PagingBenchmark bench = new PagingBenchmark();
        System.out.printf("machine: %d cores, Java %s, system load average at start %.2f%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        bench.generate();
        try (MockWebServer server = new MockWebServer()) {
            bench.server = server;
            server.setServerSocketFactory(new NoDelayServerSocketFactory());
            server.setDispatcher(bench.dispatcher());
            server.start();
            bench.run(args.length > 0 ? Integer.parseInt(args[0]) : 15);
        }
        System.out.printf("system load average at end %.2f (other processes on the machine skew the times)%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** 10,000 realistic incidents: the five recorded ones as templates, renumbered. */
    private void generate() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode templates = mapper.readTree(Fixtures.body("test_list_incidents_basic.yaml", 0));
        long bytes = 0;
        for (int p = 0; p < PAGES; p++) {
            ArrayNode page = mapper.createArrayNode();
            for (int i = 0; i < PER_PAGE; i++) {
                int n = p * PER_PAGE + i;
                ObjectNode incident = templates.get(n % templates.size()).deepCopy();
                incident.put("id", 30_000_000L + n);
                incident.put("gitguardian_url", "https://dashboard.gitguardian.com/workspace/8/incidents/"
                        + (30_000_000L + n));
                page.add(incident);
            }
            pages[p] = mapper.writeValueAsBytes(page);
            bytes += pages[p].length;
        }
        System.out.printf("payload: %d incidents in %d pages of %d, %.1f MB of JSON (%.1f KB/page)%n",
                TOTAL, PAGES, PER_PAGE, bytes / 1e6, bytes / 1e3 / PAGES);
    }

    private Dispatcher dispatcher() {
        return new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                requests.incrementAndGet();
                connections.add(request.getConnectionIndex());
                String cursor = request.getUrl().queryParameter("cursor");
                int page = cursor == null ? 0 : Integer.parseInt(cursor);
                String link = page + 1 < PAGES
                        ? "<http://internal.example/exposed/v1/incidents/secrets?cursor=" + (page + 1)
                                + "&per_page=100&ordering=-date>; rel=\"next\""
                        : "";
                return new MockResponse.Builder().code(200)
                        .headersDelay(latencyMillis, java.util.concurrent.TimeUnit.MILLISECONDS)
                        .addHeader("Content-Type", "application/json")
                        .addHeaderLenient("Link", link)
                        .body(new okio.Buffer().write(pages[page]))
                        .build();
            }
        };
    }

    private void run(int rounds) throws Exception {
        OkHttpClient shared = new OkHttpClient();
        GitGuardianClient client = GitGuardianClient.builder().baseUrl(server.url("/").toString()).apiKey(KEY)
                .httpClient(shared).build();
        ListIncidentsParams params = ListIncidentsParams.builder().ordering(IncidentOrdering.DATE_DESC)
                .perPage(PER_PAGE).build();

        // One measured pass for the request and connection counts, with a fresh connection pool.
        GitGuardianClient fresh = GitGuardianClient.builder().baseUrl(server.url("/").toString()).apiKey(KEY)
                .httpClient(new OkHttpClient()).build();
        requests.set(0);
        connections.clear();
        long count = fresh.listIncidents(params).stream().count();
        System.out.printf("client: %d incidents read, %d requests, %d TCP connection(s)%n",
                count, requests.get(), connections.size());

        for (int i = 0; i < 5; i++) {
            clientPass(client, params);
            barePass(shared);
        }
        long[] clientTimes = new long[rounds];
        long[] bareTimes = new long[rounds];
        for (int r = 0; r < rounds; r++) {
            // Alternate the order so that neither loop always runs right after the other's garbage.
            if (r % 2 == 0) {
                bareTimes[r] = barePass(shared);
                clientTimes[r] = clientPass(client, params);
            } else {
                clientTimes[r] = clientPass(client, params);
                bareTimes[r] = barePass(shared);
            }
        }
        long clientMedian = median(clientTimes);
        long bareMedian = median(bareTimes);
        System.out.printf("time (median of %d, after 5 warm-up rounds): client %.1f ms, bare OkHttp %.1f ms, "
                + "ratio %.2fx (best: client %.1f ms, bare %.1f ms)%n", rounds, clientMedian / 1e6, bareMedian / 1e6,
                (double) clientMedian / bareMedian, min(clientTimes) / 1e6, min(bareTimes) / 1e6);

        long[] decodeTimes = new long[rounds];
        for (int r = 0; r < rounds; r++) {
            decodeTimes[r] = decodeOnly();
        }
        System.out.printf("decode only (the same 100 pages from memory, module mapper): median %.1f ms, best %.1f ms%n",
                median(decodeTimes) / 1e6, min(decodeTimes) / 1e6);

        heap(client, params);

        // A real API page takes far longer to produce than to decode (the recorded ggmcp page of 5 incidents shows
        // x-envoy-upstream-service-time: 1273 ms). With a modest 20 ms of server time per page:
        latencyMillis = 20;
        int slowRounds = 5;
        long[] slowClient = new long[slowRounds];
        long[] slowBare = new long[slowRounds];
        for (int r = 0; r < slowRounds; r++) {
            slowBare[r] = barePass(shared);
            slowClient[r] = clientPass(client, params);
        }
        System.out.printf("with 20 ms server time per page (median of %d): client %.1f ms, bare OkHttp %.1f ms, "
                + "ratio %.2fx%n", slowRounds, median(slowClient) / 1e6, median(slowBare) / 1e6,
                (double) median(slowClient) / median(slowBare));
    }

    /** Binds the 100 pages from memory: the client's CPU cost without any I/O. */
    private long decodeOnly() throws Exception {
        com.fasterxml.jackson.databind.JavaType type = dev.vigie.gitguardian.internal.Json.mapper().getTypeFactory()
                .constructCollectionType(List.class, SecretIncident.class);
        long start = System.nanoTime();
        long n = 0;
        for (byte[] page : pages) {
            List<SecretIncident> items = dev.vigie.gitguardian.internal.Json.mapper().readValue(page, type);
            n += items.size();
        }
        long elapsed = System.nanoTime() - start;
        if (n != TOTAL) {
            throw new IllegalStateException("decoded " + n);
        }
        return elapsed;
    }

    private long clientPass(GitGuardianClient client, ListIncidentsParams params) {
        long start = System.nanoTime();
        long sum = 0;
        for (SecretIncident incident : client.listIncidents(params)) {
            sum += incident.id();
        }
        long elapsed = System.nanoTime() - start;
        if (sum == 0) {
            throw new IllegalStateException("nothing read");
        }
        return elapsed;
    }

    /** Fetches the same 100 pages with the same OkHttp client, reading the bytes without parsing them. */
    private long barePass(OkHttpClient http) throws Exception {
        okhttp3.HttpUrl base = server.url("/exposed/v1/incidents/secrets");
        byte[] buffer = new byte[8192];
        long start = System.nanoTime();
        long bytes = 0;
        for (int p = 0; p < PAGES; p++) {
            okhttp3.HttpUrl.Builder url = base.newBuilder()
                    .addQueryParameter("ordering", "-date").addQueryParameter("per_page", "100");
            if (p > 0) {
                url.addQueryParameter("cursor", Integer.toString(p));
            }
            Request request = new Request.Builder().url(url.build()).header("Authorization", "Token " + KEY).build();
            try (Response response = http.newCall(request).execute();
                    java.io.InputStream in = response.body().byteStream()) {
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    bytes += read;
                }
            }
        }
        long elapsed = System.nanoTime() - start;
        if (bytes == 0) {
            throw new IllegalStateException("nothing read");
        }
        return elapsed;
    }

    /** Used heap after GC at several points of one pass, against holding the whole backlog. */
    private void heap(GitGuardianClient client, ListIncidentsParams params) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long baseline = usedAfterGc(memory);
        List<String> samples = new ArrayList<>();
        long max = 0;
        int n = 0;
        for (SecretIncident incident : client.listIncidents(params)) {
            n++;
            if (n % 2_000 == 1 || n == TOTAL) {
                long used = usedAfterGc(memory) - baseline;
                max = Math.max(max, used);
                samples.add(String.format("%d:%.0f KB", n, used / 1e3));
            }
            if (incident.id() < 0) {
                throw new IllegalStateException();
            }
        }
        List<SecretIncident> all = new ArrayList<>(client.listIncidents(params).stream().toList());
        long whole = usedAfterGc(memory) - baseline;
        System.out.printf("heap above baseline after GC while paging (item:retained): %s; max %.0f KB%n",
                String.join(", ", samples), max / 1e3);
        System.out.printf("for comparison, holding all %d parsed incidents: %.0f KB (%.0f KB per page of 100)%n",
                all.size(), whole / 1e3, whole / 1e3 / PAGES);
    }

    /** Used heap after GC, once the server's own log of recorded requests (same JVM) is drained. */
    private long usedAfterGc(MemoryMXBean memory) {
        try {
            while (server.takeRequest(0, java.util.concurrent.TimeUnit.MILLISECONDS) != null) {
                // drop: MockWebServer keeps every RecordedRequest until taken
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static long min(long[] values) {
        return Arrays.stream(values).min().orElse(0);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
