package dev.vigie.maven;

import static dev.vigie.maven.TestMaven.KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigie.incident.http.RetryPolicy;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** incident:check against MockWebServer (recorded GitGuardian payloads) and export files; no Maven runtime. */
class CheckMojoTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @TempDir
    Path dir;

    private final TestMaven.RecordingLog log = new TestMaven.RecordingLog();
    private final List<java.time.Duration> sleeps = new ArrayList<>();

    @BeforeEach
    void reset() {
        CheckMojo.clearCache();
    }

    private CheckMojo mojo(MavenSession session, MavenProject project) {
        CheckMojo mojo = new CheckMojo(session, project, TestMaven.plainDecrypter());
        mojo.setLog(log);
        mojo.setClock(CLOCK);
        mojo.setEnvironment(TestMaven.env(Map.of("GITGUARDIAN_API_KEY", KEY)));
        mojo.setGitguardianUrl(server.url("/").toString());
        mojo.setRepository("https://github.com/BetaGouv/Vigie.git");
        mojo.setClientCustomizer(b -> b.sleeper(sleeps::add).retryPolicy(RetryPolicy.defaults()));
        return mojo;
    }

    private CheckMojo mojo() {
        return mojo(TestMaven.session(dir), TestMaven.project(dir));
    }

    static String source(int open, int closed) {
        return "[{\"id\":12,\"type\":\"github\",\"full_name\":\"betagouv/vigie\",\"url\":\"https://github.com/betagouv/vigie\","
                + "\"visibility\":\"private\",\"open_incidents_count\":" + open + ",\"closed_incidents_count\":" + closed
                + "}]";
    }

    private static MockResponse.Builder json(String body) {
        return new MockResponse.Builder().body(body).addHeader("Content-Type", "application/json");
    }

    /** The source lookup then one listing page (a recorded payload under {@code gitguardian/}). */
    private void enqueueListing(int open, int closed, String recording) {
        server.enqueue(json(source(open, closed)).build());
        server.enqueue(json(TestMaven.resource("gitguardian/" + recording)).addHeader("Link", "").build());
    }

    private void enqueueRecordedListing() {
        enqueueListing(4, 1, "list-incidents-ordering.json");
    }

    private JsonNode read(String file) throws IOException {
        return JSON.readTree(dir.resolve("target/incident").resolve(file).toFile());
    }

    @Test
    void unresolvedIncidentsFailTheBuildAfterTheReportsAreWrittenInTwoRequests() throws Exception {
        enqueueRecordedListing();
        MojoFailureException failure = catchThrowableOfType(MojoFailureException.class, () -> mojo().execute());

        assertThat(failure).hasMessageStartingWith("4 unresolved incidents for betagouv/vigie: 4 unknown.")
                .hasMessageContaining("#34205503 unknown")
                .hasMessageContaining("https://dashboard.gitguardian.com/workspace/8/incidents/34205503")
                .hasMessageNotContaining("34181686"); // RESOLVED in the recording
        assertThat(server.getRequestCount()).isEqualTo(2);
        RecordedRequest sources = server.takeRequest();
        assertThat(sources.getTarget()).isEqualTo("/exposed/v1/sources?search=betagouv%2Fvigie&per_page=50");
        assertThat(sources.getHeaders().get("Authorization")).isEqualTo("Token " + KEY);
        assertThat(server.takeRequest().getTarget())
                .isEqualTo("/exposed/v1/sources/12/incidents/secrets?ordering=-date&per_page=100");

        JsonNode json = read("incidents.json");
        assertThat(json.get("repository").asText()).isEqualTo("betagouv/vigie");
        assertThat(json.get("counted").asInt()).isEqualTo(4);
        assertThat(json.get("filters").get("statuses").toString()).isEqualTo("[\"TRIGGERED\",\"ASSIGNED\"]");
        assertThat(json.get("incidents")).hasSize(4);
        JsonNode sarif = read("incidents.sarif");
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        JsonNode results = sarif.get("runs").get(0).get("results");
        assertThat(results).hasSize(4);
        assertThat(results.get(0).get("level").asText()).isEqualTo("note"); // severity unknown
        assertThat(results.get(0).has("locations")).as("list calls carry no occurrences").isFalse();
        assertThat(sarif.get("runs").get(0).get("tool").get("driver").get("rules").get(0).get("helpUri").asText())
                .startsWith("https://dashboard.gitguardian.com/workspace/8/incidents/");
        String md = Files.readString(dir.resolve("target/incident/summary.md"));
        assertThat(md).contains("| 34205503 | unknown | TRIGGERED |").contains("Filters in force: statuses TRIGGERED");

        assertThat(log.lines).anyMatch(l -> l.startsWith("WARN") && l.contains("34205503") && l.contains("unknown")
                && l.contains("TRIGGERED") && l.contains("https://dashboard.gitguardian.com/workspace/8/incidents/"));
        String everything = log.text() + failure.getMessage() + json + sarif + md;
        assertThat(everything).doesNotContain(KEY).doesNotContain("[REDACTED]").doesNotContain("share");
    }

    @Test
    void fetchOccurrencesGivesSarifLocationsAtOneRequestPerCountedIncident() throws Exception {
        enqueueRecordedListing();
        for (int i = 0; i < 4; i++) {
            server.enqueue(json(TestMaven.resource("gitguardian/get-incident.json")).build());
        }
        CheckMojo mojo = mojo();
        mojo.setFetchOccurrences(true);
        mojo.setFailBuild(false);
        mojo.execute();
        assertThat(server.getRequestCount()).isEqualTo(6);
        server.takeRequest();
        server.takeRequest();
        assertThat(server.takeRequest().getTarget()).startsWith("/exposed/v1/incidents/secrets/34205503?");
        JsonNode result = read("incidents.sarif").get("runs").get(0).get("results").get(0);
        JsonNode location = result.get("locations").get(0).get("physicalLocation");
        assertThat(location.get("artifactLocation").get("uri").asText()).isEqualTo("app.py");
        assertThat(location.get("region").get("startLine").asInt()).isEqualTo(3);
        assertThat(result.get("properties").get("gitguardianIncidentId").asLong()).isEqualTo(34205503L);
    }

    @Test
    void aThresholdAboveEveryOpenSeverityPassesAndSaysWhatWasNotCounted() throws Exception {
        enqueueListing(3, 0, "list-incidents-ordering.json");
        CheckMojo mojo = mojo();
        mojo.setFailOnSeverity("LOW");
        mojo.execute();
        assertThat(log.text()).contains("0 unresolved incidents for betagouv/vigie (at or above low); not counted: "
                + "4 below the threshold");
        assertThat(read("incidents.json").get("failed").asBoolean()).isFalse();
    }

    @Test
    void thresholdCountsOnlyIncidentsAtOrAboveIt() throws Exception {
        enqueueListing(1, 4, "list-incidents-basic.json");
        CheckMojo mojo = mojo();
        mojo.setFailOnSeverity("critical");
        MojoFailureException failure = catchThrowableOfType(MojoFailureException.class, mojo::execute);
        assertThat(failure).hasMessageStartingWith("1 unresolved incident for betagouv/vigie: 1 critical (at or above "
                + "critical).").hasMessageContaining("#21461 critical");
    }

    @Test
    void anUnknownThresholdIsAnExecutionErrorListingTheSeverities() {
        CheckMojo mojo = mojo();
        mojo.setFailOnSeverity("severe");
        assertThat(catchThrowable(mojo::execute)).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("critical, high, medium, low, info, unknown");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void allowlistAcceptsAnIncidentUntilItsEntryExpires() throws Exception {
        enqueueRecordedListing();
        Path allow = dir.resolve("allowlist.yaml");
        Files.writeString(allow, """
                - id: 34205503
                  reason: test key of the review app
                  expires: 2026-12-31
                - id: 34186239
                  reason: rotated
                  expires: 2026-11-25
                - id: 34122510
                  reason: no expiry
                """);
        CheckMojo mojo = mojo();
        mojo.setAllowlist(allow.toFile());
        MojoFailureException failure = catchThrowableOfType(MojoFailureException.class, mojo::execute);
        assertThat(failure).hasMessageStartingWith("2 unresolved incidents for betagouv/vigie: 2 unknown; not counted: "
                + "2 allowlisted; 1 allowlist entry has expired.")
                .hasMessageContaining("#34186239 unknown").hasMessageContaining("allowlist entry expired on 2026-11-25")
                .hasMessageContaining("#34038186");
        JsonNode json = read("incidents.json");
        assertThat(json.get("counted").asInt()).isEqualTo(2);
        assertThat(json.get("incidents").findValuesAsText("note"))
                .contains("allowlisted until 2026-12-31: test key of the review app", "allowlisted: no expiry");
    }

    @Test
    void aMalformedAllowlistNamesTheFileAndLineBeforeAnyCall() throws Exception {
        Path allow = dir.resolve("allowlist.yaml");
        Files.writeString(allow, "- id: 1\n  reason: fine\n- id: 2\n  reason: bad date\n  expires: 31/12/2026\n");
        CheckMojo mojo = mojo();
        mojo.setAllowlist(allow.toFile());
        assertThat(catchThrowable(mojo::execute)).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining(allow.toAbsolutePath().toString()).hasMessageContaining("line 3")
                .hasMessageContaining("expires: 31/12/2026");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void failBuildFalseWarnsInsteadOfFailing() throws Exception {
        enqueueRecordedListing();
        CheckMojo mojo = mojo();
        mojo.setFailBuild(false);
        mojo.execute();
        assertThat(log.lines).anyMatch(l -> l.startsWith("WARN 4 unresolved incidents")
                && l.endsWith("(incident.failBuild=false: not failing)"));
    }

    @Test
    void rejectedKeyNamesWhereItCameFromAndNeverTheKey() {
        server.enqueue(json("").code(401).addHeader("WWW-Authenticate", "Token")
                .body(TestMaven.resource("gitguardian/unauthorized.json")).build());
        Throwable error = catchThrowable(() -> mojo().execute());
        assertThat(error).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("GitGuardian rejected the API key read from env GITGUARDIAN_API_KEY (401")
                .hasMessageContaining("incidents:read, sources:read");
        assertNoKey(error);
    }

    @Test
    void missingScopeIsNamed() {
        server.enqueue(json("").code(403)
                .body("{\"detail\":\"Token is missing the required scope\"}").build());
        Throwable error = catchThrowable(() -> mojo().execute());
        assertThat(error).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("lacks the scope sources:read (403 Forbidden on GET");
        assertNoKey(error);
    }

    @Test
    void unreachableApiSaysSoWithoutSleepingForReal() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        CheckMojo mojo = mojo();
        mojo.setGitguardianUrl("http://127.0.0.1:" + port);
        Throwable error = catchThrowable(mojo::execute);
        assertThat(error).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("GitGuardian API at http://127.0.0.1:" + port + "/exposed is unreachable")
                .hasMessageContaining("incident.export");
        assertThat(sleeps).as("retries waited through the injected sleeper").isNotEmpty();
        assertNoKey(error);
    }

    @Test
    void serverErrorsAfterRetriesSayToTryLater() {
        for (int i = 0; i < 6; i++) {
            server.enqueue(json("{\"detail\":\"oops\"}").code(503).build());
        }
        Throwable error = catchThrowable(() -> mojo().execute());
        assertThat(error).isInstanceOf(MojoExecutionException.class).hasMessageContaining("failed with 503 after retries")
                .hasMessageContaining("Try again later");
        assertThat(sleeps).isNotEmpty();
        assertNoKey(error);
    }

    @Test
    void repositoryUnknownToGitGuardianNamesWhatWasSearched() {
        server.enqueue(json("[]").build());
        server.enqueue(json("[]").build());
        assertThat(catchThrowable(() -> mojo().execute())).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("Repository betagouv/vigie is not a source known to GitGuardian (searched: ")
                .hasMessageContaining("incident.repository");
    }

    @Test
    void missingKeyNamesBothWaysToProvideIt() {
        CheckMojo mojo = mojo();
        mojo.setEnvironment(TestMaven.env(Map.of()));
        assertThat(catchThrowable(mojo::execute)).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("environment variable GITGUARDIAN_API_KEY")
                .hasMessageContaining("settings.xml <server> with id 'gitguardian'");
    }

    @Test
    void offlineWithoutExportFailsClearlyAndWithExportCallsNothing() throws Exception {
        MavenSession offline = TestMaven.session(new Settings(), true, dir);
        assertThat(catchThrowable(() -> mojo(offline, TestMaven.project(dir)).execute()))
                .isInstanceOf(MojoExecutionException.class).hasMessageStartingWith("Maven is offline (-o) and "
                        + "incident.export is not set");

        Path export = dir.resolve("export.json");
        Files.writeString(export, TestMaven.resource("gitguardian/list-incidents-basic.json"));
        CheckMojo mojo = mojo(TestMaven.session(new Settings(), true, dir), TestMaven.project(dir));
        mojo.setExport(export.toFile());
        MojoFailureException failure = catchThrowableOfType(MojoFailureException.class, mojo::execute);
        assertThat(failure).hasMessageStartingWith("1 unresolved incident for betagouv/vigie: 1 critical.");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void aMalformedExportNamesFileAndLine() throws Exception {
        Path export = dir.resolve("export.json");
        Files.writeString(export, "[\n  {\"id\": 1,\n  oops\n]");
        CheckMojo mojo = mojo();
        mojo.setExport(export.toFile());
        assertThat(catchThrowable(mojo::execute)).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining(export.toAbsolutePath().toString()).hasMessageContaining("line 3");
    }

    @Test
    void noRepositoryAnywhereSaysToSetIncidentRepository() {
        CheckMojo mojo = mojo();
        mojo.setRepository(null);
        assertThat(catchThrowable(mojo::execute)).isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("Cannot tell which repository to check. Set incident.repository");
    }

    @Test
    void repositoryComesFromTheScmConnection() throws Exception {
        enqueueRecordedListing();
        MavenProject project = TestMaven.project(dir);
        org.apache.maven.model.Scm scm = new org.apache.maven.model.Scm();
        scm.setConnection("scm:git:git@github.com:betagouv/vigie.git");
        project.getModel().setScm(scm);
        CheckMojo mojo = mojo(TestMaven.session(dir), project);
        mojo.setRepository(null);
        mojo.setFailBuild(false);
        mojo.execute();
        assertThat(log.text()).contains("Checking GitGuardian incidents of betagouv/vigie (repository from "
                + "project.scm.connection");
    }

    @Test
    void runsOnceInAReactorAndTheApiIsCalledOnce() throws Exception {
        enqueueRecordedListing();
        MavenProject root = TestMaven.project(dir);
        MavenProject child = TestMaven.project(dir.resolve("child"));
        child.setArtifactId("child");
        child.setExecutionRoot(false);
        MavenSession session = TestMaven.session(dir);
        org.mockito.Mockito.when(session.getProjects()).thenReturn(List.of(root, child));

        CheckMojo atRoot = mojo(session, root);
        atRoot.setFailBuild(false);
        atRoot.execute();
        CheckMojo again = mojo(session, root);
        again.setFailBuild(false);
        again.execute();
        mojo(session, child).execute();

        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(log.text()).contains("Using the incidents already read in this build")
                .contains("nothing to do in child");
    }

    @Test
    void skipDoesNothing() throws Exception {
        CheckMojo mojo = mojo();
        mojo.setSkip(true);
        mojo.execute();
        assertThat(log.lines).containsExactly("INFO Skipping (incident.skip=true)");
        assertThat(server.getRequestCount()).isZero();
    }

    private void assertNoKey(Throwable error) {
        StringBuilder all = new StringBuilder(log.text());
        for (Throwable t = error; t != null; t = t.getCause()) {
            all.append(t).append(t.getMessage());
        }
        assertThat(all.toString()).doesNotContain(KEY);
    }
}
