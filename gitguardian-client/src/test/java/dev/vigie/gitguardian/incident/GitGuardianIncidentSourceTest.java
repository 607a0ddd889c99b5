package dev.vigie.gitguardian.incident;

import static dev.vigie.gitguardian.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.vigie.gitguardian.Fixtures;
import dev.vigie.gitguardian.TestClients;
import dev.vigie.gitguardian.errors.ServerException;
import dev.vigie.incident.Incident;
import dev.vigie.incident.IncidentStatus;
import dev.vigie.incident.RepositoryRef;
import dev.vigie.incident.Severity;
import dev.vigie.incident.port.IncidentQuery;
import dev.vigie.incident.port.RepositoryNotFoundException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** The adapter: repository lookup, request budget, mapping, share reuse, notes. */
class GitGuardianIncidentSourceTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final TestClients.RecordingSleeper sleeper = new TestClients.RecordingSleeper();

    private GitGuardianIncidentSource adapter() {
        return new GitGuardianIncidentSource(TestClients.client(server, sleeper));
    }

    static String source(long id, String fullName, String url, String visibility, int open, int closed,
            int openCritical) {
        return "{\"id\":" + id + ",\"type\":\"github\",\"full_name\":\"" + fullName + "\",\"url\":\"" + url
                + "\",\"visibility\":\"" + visibility + "\",\"open_incidents_count\":" + open
                + ",\"closed_incidents_count\":" + closed + ",\"secret_incidents_breakdown\":{\"open_secret_incidents\":"
                + "{\"total\":" + open + ",\"severity_breakdown\":{\"critical\":" + openCritical + ",\"high\":0,"
                + "\"medium\":0,\"low\":0,\"info\":0,\"unknown\":" + (open - openCritical) + "}}}}";
    }

    static String incident(long id, String status, String severity, String shareUrl) {
        return "{\"id\":" + id + ",\"detector\":{\"name\":\"aws_iam\",\"display_name\":\"AWS Keys\"},"
                + "\"date\":\"2026-06-2" + (id % 10) + "T10:00:00Z\",\"status\":\"" + status + "\",\"severity\":\""
                + severity + "\",\"validity\":\"valid\",\"share_url\":" + shareUrl + ",\"feedback_list\":[],"
                + "\"tags\":[\"PUBLICLY_EXPOSED\"],\"gitguardian_url\":\"https://dashboard.gitguardian.com/workspace/8/"
                + "incidents/" + id + "\",\"public_exposure\":{\"source_publicly_visible\":false}}";
    }

    @Test
    void aCleanRepositoryCostsOneRequest() throws Exception {
        server.enqueue(json("[" + source(11, "betagouv/other", "https://github.com/betagouv/other", "private", 3, 0, 0)
                + "," + source(12, "betagouv/vigie", "https://github.com/BetaGouv/Vigie", "private", 0, 40, 0) + "]"));
        List<Incident> found = adapter().incidents(IncidentQuery.unresolvedIn(RepositoryRef.of(
                "https://github.com/BetaGouv/Vigie.git"))).toList();
        assertThat(found).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(server.takeRequest().getTarget()).isEqualTo("/exposed/v1/sources?search=betagouv%2Fvigie&per_page=50");
    }

    @Test
    void aThresholdAboveEveryOpenSeverityAlsoCostsOneRequest() {
        server.enqueue(json("[" + source(12, "betagouv/vigie", "https://github.com/betagouv/vigie", "private", 4, 0, 0)
                + "]"));
        IncidentQuery query = IncidentQuery.builder().repository(RepositoryRef.of("betagouv/vigie"))
                .minimumSeverity(Severity.CRITICAL).build();
        assertThat(adapter().incidents(query)).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aRepositoryWithFewIncidentsCostsTwoRequestsAndStatusesAreRecheckedOnTheClient() throws Exception {
        server.enqueue(json("[" + source(12, "betagouv/vigie", "https://github.com/betagouv/vigie", "public", 2, 1, 1)
                + "]"));
        server.enqueue(json("[" + incident(1, "TRIGGERED", "critical", "null") + ","
                + incident(2, "RESOLVED", "high", "null") + "," + incident(3, "ASSIGNED", "low", "null") + "]"));
        List<Incident> found = adapter().incidents(IncidentQuery.unresolvedIn(RepositoryRef.of("betagouv/vigie")))
                .toList();

        assertThat(found).extracting(Incident::id).containsExactly(1L, 3L);
        assertThat(found).allSatisfy(i -> {
            assertThat(i.repository()).contains(RepositoryRef.of("betagouv/vigie"));
            assertThat(i.publiclyVisible()).as("source visibility public").isTrue();
            assertThat(i.detectorDisplayName()).isEqualTo("AWS Keys");
            assertThat(i.shareUrl()).isEmpty();
        });
        assertThat(found.get(0).severity()).isEqualTo(Severity.CRITICAL);
        assertThat(server.getRequestCount()).isEqualTo(2);
        server.takeRequest();
        assertThat(server.takeRequest().getTarget())
                .isEqualTo("/exposed/v1/sources/12/incidents/secrets?ordering=-date&per_page=100");
    }

    @Test
    void theRepositoryIsResolvedAtOnceButIncidentsAreListedOnlyWhenConsumed() {
        server.enqueue(json("[" + source(12, "betagouv/vigie", "https://github.com/betagouv/vigie", "private", 2, 0, 0)
                + "]"));
        var stream = adapter().incidents(IncidentQuery.unresolvedIn(RepositoryRef.of("betagouv/vigie")));
        assertThat(server.getRequestCount()).isEqualTo(1);
        stream.close();
    }

    @Test
    void aLeakDateFilterIsSentAsDateAfterAndRecheckedOnTheClient() throws Exception {
        server.enqueue(json("[" + source(12, "betagouv/vigie", "https://github.com/betagouv/vigie", "private", 2, 0, 0)
                + "]"));
        server.enqueue(json("[" + incident(7, "TRIGGERED", "high", "null") + "," + incident(1, "TRIGGERED", "high",
                "null") + "]"));
        IncidentQuery query = IncidentQuery.builder().repository(RepositoryRef.of("betagouv/vigie"))
                .leakedAfter(java.time.Instant.parse("2026-06-24T00:00:00Z")).build();
        assertThat(adapter().incidents(query)).extracting(Incident::id).containsExactly(7L);
        server.takeRequest();
        assertThat(server.takeRequest().getUrl().query())
                .isEqualTo("date_after=2026-06-24T00:00:00Z&ordering=-date&per_page=100");
    }

    @Test
    void aRepositoryWithManyClosedIncidentsIsListedOneStatusAtATime() throws Exception {
        server.enqueue(json("[" + source(12, "betagouv/vigie", "https://github.com/betagouv/vigie", "private", 2, 450,
                0) + "]"));
        server.enqueue(json("[" + incident(1, "TRIGGERED", "high", "null") + "]"));
        server.enqueue(json("[" + incident(3, "ASSIGNED", "low", "null") + "," + incident(4, "RESOLVED", "low", "null")
                + "]"));
        List<Incident> found = adapter().incidents(IncidentQuery.unresolvedIn(RepositoryRef.of("betagouv/vigie")))
                .toList();
        assertThat(found).extracting(Incident::id).containsExactly(1L, 3L);
        server.takeRequest();
        assertThat(server.takeRequest().getTarget())
                .isEqualTo("/exposed/v1/sources/12/incidents/secrets?status=TRIGGERED&ordering=-date&per_page=100");
        assertThat(server.takeRequest().getTarget())
                .isEqualTo("/exposed/v1/sources/12/incidents/secrets?status=ASSIGNED&ordering=-date&per_page=100");
    }

    @Test
    void anUnknownRepositoryNamesWhatWasSearchedAndTheCandidates() throws Exception {
        server.enqueue(json("[" + source(1, "betagouv/vigie-docs", "https://github.com/betagouv/vigie-docs", "public",
                0, 0, 0) + "]"));
        server.enqueue(json("[]"));
        RepositoryNotFoundException e = catchThrowableOfType(RepositoryNotFoundException.class,
                () -> adapter().incidents(IncidentQuery.unresolvedIn(RepositoryRef.of("betagouv/vigie"))));
        assertThat(e.getMessage()).contains("betagouv/vigie").contains("searched: betagouv/vigie, vigie");
        assertThat(e.candidates()).singleElement().asString().startsWith("betagouv/vigie-docs");
        assertThat(server.takeRequest().getTarget()).isEqualTo("/exposed/v1/sources?search=betagouv%2Fvigie&per_page=50");
        assertThat(server.takeRequest().getTarget()).isEqualTo("/exposed/v1/sources?search=vigie&per_page=50");
    }

    @Test
    void anAmbiguousRepositoryIsNeverPickedSilentlyButTheHostBreaksTies() {
        String both = "[" + source(1, "betagouv/vigie", "https://github.com/betagouv/vigie", "public", 0, 0, 0) + ","
                + source(2, "betagouv/vigie", "https://gitlab.com/betagouv/vigie", "public", 0, 0, 0) + "]";
        server.enqueue(json(both));
        assertThatThrownBy(() -> adapter().incidents(IncidentQuery.unresolvedIn(RepositoryRef.of("betagouv/vigie"))))
                .isInstanceOf(RepositoryNotFoundException.class)
                .hasMessageContaining("ambiguous")
                .hasMessageContaining("https://gitlab.com/betagouv/vigie");
        server.enqueue(json(both));
        var client = TestClients.client(server, sleeper);
        assertThat(client.findSource(RepositoryRef.of("https://gitlab.com/betagouv/vigie")).id()).isEqualTo(2);
    }

    @Test
    void anAzureSourceIsFoundByItsUrl() {
        server.enqueue(Fixtures.response("test_search_sources.yaml", 0));
        var client = TestClients.client(server, sleeper);
        assertThat(client.findSource(RepositoryRef.of("https://dev.azure.com/gg-integration-test/gg-test/_git/gg-test"))
                .id()).isEqualTo(125);
    }

    @Test
    void theBacklogListsOnlySourcesWithOpenIncidentsAndKnowsEachRepository() throws Exception {
        server.enqueue(json("[" + source(11, "betagouv/a", "https://github.com/betagouv/a", "private", 1, 0, 0) + ","
                + source(12, "betagouv/b", "https://github.com/betagouv/b", "private", 0, 9, 0) + ","
                + source(13, "betagouv/c", "https://github.com/betagouv/c", "public", 1, 0, 0) + "]"));
        server.enqueue(json("[" + incident(1, "TRIGGERED", "high", "null") + "]"));
        server.enqueue(json("[" + incident(2, "ASSIGNED", "high", "null") + "," + incident(3, "TRIGGERED", "info",
                "null") + "]"));
        List<Incident> backlog = adapter().incidents(IncidentQuery.backlog()).toList();
        assertThat(backlog).extracting(Incident::id).containsExactly(1L, 3L);
        assertThat(backlog).extracting(i -> i.repository().get().path()).containsExactly("betagouv/a", "betagouv/c");
        assertThat(server.takeRequest().getTarget()).isEqualTo("/exposed/v1/sources?per_page=100");
        assertThat(server.takeRequest().getTarget()).startsWith("/exposed/v1/sources/11/incidents/secrets?");
        assertThat(server.takeRequest().getTarget()).startsWith("/exposed/v1/sources/13/incidents/secrets?");
    }

    @Test
    void incidentReadsOccurrencesAndItsRepositoryFromTheirSource() throws Exception {
        server.enqueue(Fixtures.response("test_get_incident.yaml", 1));
        Incident incident = adapter().incident(21460).orElseThrow();
        assertThat(server.takeRequest().getTarget()).isEqualTo("/exposed/v1/incidents/secrets/21460?with_occurrences=100");
        assertThat(incident.repository()).isPresent();
        assertThat(incident.occurrences()).hasSize(2);
        assertThat(incident.occurrences().get(0).filePath()).isNotEmpty();
        assertThat(incident.occurrences().get(0).line()).isPresent();
        assertThat(incident.occurrences().get(0).commitSha()).isPresent();
        assertThat(incident.feedbackReceived()).isTrue();
        assertThat(incident.shareUrl()).as("[REDACTED] is not a link").isEmpty();
        assertThat(incident.status()).isEqualTo(IncidentStatus.RESOLVED);
    }

    @Test
    void anUnknownIncidentIsEmpty() {
        server.enqueue(Fixtures.response("test_get_public_incident_unknown_id.yaml", 0));
        assertThat(adapter().incident(999999999)).isEmpty();
    }

    @Test
    void shareReusesAnExistingLink() throws Exception {
        String link = "\"https://dashboard.gitguardian.com/share/incidents/11111111-2222\"";
        server.enqueue(json(incident(5, "TRIGGERED", "high", link)));
        assertThat(adapter().shareWithFeedback(5)).isEqualTo("https://dashboard.gitguardian.com/share/incidents/11111111-2222");
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(server.takeRequest().getMethod()).isEqualTo("GET");
    }

    @Test
    void shareCreatesALinkWithFeedbackWhenNoneExists() throws Exception {
        server.enqueue(json(incident(5, "TRIGGERED", "high", "\"[REDACTED]\"")));
        server.enqueue(json("{\"share_url\":\"https://dashboard.gitguardian.com/share/incidents/new\",\"incident_id\":5}"));
        assertThat(adapter().shareWithFeedback(5)).endsWith("/share/incidents/new");
        server.takeRequest();
        RecordedRequest post = server.takeRequest();
        assertThat(post.getTarget()).isEqualTo("/exposed/v1/incidents/secrets/5/share");
        assertThat(post.getBody().utf8()).isEqualTo("{\"feedback_collection\":true,\"auto_healing\":false}");
    }

    @Test
    void afterA5xxOnShareTheIncidentIsReReadNotRePosted() throws Exception {
        server.enqueue(json(incident(5, "TRIGGERED", "high", "null")));
        server.enqueue(json(503, "{}"));
        server.enqueue(json(incident(5, "TRIGGERED", "high", "\"https://dashboard.gitguardian.com/share/incidents/x\"")));
        assertThat(adapter().shareWithFeedback(5)).endsWith("/share/incidents/x");
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(List.of(server.takeRequest().getMethod(), server.takeRequest().getMethod(),
                server.takeRequest().getMethod())).containsExactly("GET", "POST", "GET");

        server.enqueue(json(incident(5, "TRIGGERED", "high", "null")));
        server.enqueue(json(503, "{}"));
        server.enqueue(json(incident(5, "TRIGGERED", "high", "null")));
        assertThatThrownBy(() -> adapter().shareWithFeedback(5)).isInstanceOf(ServerException.class);
    }

    @Test
    void afterABrokenConnectionOnShareTheIncidentIsReReadNotRePosted() throws Exception {
        server.enqueue(json(incident(5, "TRIGGERED", "high", "null")));
        server.enqueue(new MockResponse.Builder().onResponseStart(mockwebserver3.SocketEffect.ShutdownConnection.INSTANCE)
                .build());
        server.enqueue(json(incident(5, "TRIGGERED", "high", "\"https://dashboard.gitguardian.com/share/incidents/y\"")));
        assertThat(adapter().shareWithFeedback(5)).endsWith("/share/incidents/y");
        server.takeRequest();
        assertThat(server.takeRequest().getMethod()).isEqualTo("POST");
        assertThat(server.takeRequest().getMethod()).isEqualTo("GET");
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void notesAreReadOldestFirstOverEveryPageAndAddedOnce() throws Exception {
        server.enqueue(new MockResponse.Builder(json("[{\"id\":3,\"comment\":\"third\",\"created_at\":\"2026-06-03T00:00:00Z\"},"
                + "{\"id\":1,\"comment\":\"first\",\"created_at\":\"2026-06-01T00:00:00Z\"}]"))
                .addHeader("Link", "<https://api.gitguardian.com/v1/incidents/secrets/5/notes?cursor=n2>; rel=\"next\"")
                .build());
        server.enqueue(json("[{\"id\":2,\"comment\":\"second\",\"created_at\":\"2026-06-02T00:00:00Z\"}]"));
        assertThat(adapter().notes(5)).containsExactly("first", "second", "third");
        server.takeRequest();
        assertThat(server.takeRequest().getTarget())
                .isEqualTo("/exposed/v1/incidents/secrets/5/notes?per_page=100&cursor=n2");

        server.enqueue(json(500, "{}"));
        assertThatThrownBy(() -> adapter().addNote(5, "[vigie] alert sent")).isInstanceOf(ServerException.class);
        assertThat(server.getRequestCount()).as("never retried blindly").isEqualTo(3);
    }

    @Test
    void assignPostsTheEmail() throws Exception {
        server.enqueue(json(incident(5, "ASSIGNED", "high", "null")));
        adapter().assign(5, "lead@example.org");
        RecordedRequest request = server.takeRequest();
        assertThat(request.getTarget()).isEqualTo("/exposed/v1/incidents/secrets/5/assign");
        assertThat(request.getBody().utf8()).isEqualTo("{\"email\":\"lead@example.org\"}");
    }

    @Test
    void statusesOutsideTheOpenOnesAreListedToo() throws Exception {
        server.enqueue(json("[" + source(12, "betagouv/vigie", "https://github.com/betagouv/vigie", "private", 0, 3, 0)
                + "]"));
        server.enqueue(json("[" + incident(4, "RESOLVED", "low", "null") + "," + incident(5, "IGNORED", "low", "null")
                + "]"));
        IncidentQuery query = IncidentQuery.builder().repository(RepositoryRef.of("betagouv/vigie"))
                .statuses(Set.of(IncidentStatus.RESOLVED)).build();
        assertThat(adapter().incidents(query)).extracting(Incident::id).containsExactly(4L);
        assertThat(Optional.of(server.getRequestCount())).contains(2);
    }
}
