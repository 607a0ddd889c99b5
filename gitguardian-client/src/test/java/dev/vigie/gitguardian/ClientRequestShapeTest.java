package dev.vigie.gitguardian;

import static dev.vigie.gitguardian.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.gitguardian.model.AccessLevel;
import dev.vigie.gitguardian.model.ApiToken;
import dev.vigie.gitguardian.model.IgnoreReason;
import dev.vigie.gitguardian.model.IncidentToken;
import dev.vigie.gitguardian.model.Member;
import dev.vigie.gitguardian.model.Note;
import dev.vigie.gitguardian.model.Quota;
import dev.vigie.gitguardian.model.SecretSeverity;
import dev.vigie.gitguardian.model.SecretStatus;
import dev.vigie.gitguardian.model.SecretValidity;
import dev.vigie.gitguardian.model.SourceVisibility;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** The exact requests the client sends: path, every query name, headers and JSON bodies. */
class ClientRequestShapeTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private static final String INCIDENT = "{\"id\": 7, \"detector\": {\"name\": \"aws_iam\"}, \"date\": "
            + "\"2026-06-22T15:14:57Z\", \"status\": \"ASSIGNED\"}";

    @Test
    void listIncidentsSendsEveryFilterUnderItsApiNameAndTheHeaders() throws Exception {
        server.enqueue(Fixtures.response("test_list_incidents_basic.yaml", 0));
        GitGuardianClient client = TestClients.client(server);

        ListIncidentsParams params = ListIncidentsParams.builder()
                .status(SecretStatus.TRIGGERED)
                .severity(SecretSeverity.CRITICAL)
                .validity(SecretValidity.FAILED_TO_CHECK)
                .dateBefore(Instant.parse("2026-12-31T00:00:00Z"))
                .dateAfter(Instant.parse("2026-01-31T00:00:00Z"))
                .assigneeEmail("a@example.org")
                .assigneeId(12L)
                .addTags("PUBLIC", "DEFAULT_BRANCH")
                .ordering(IncidentOrdering.DATE_DESC)
                .detectorGroupName("aws_iam")
                .ignorerId(3L)
                .resolverId(4L)
                .ignorerApiTokenId("u-1")
                .resolverApiTokenId("u-2")
                .perPage(50)
                .build();
        var page = client.listIncidentsPage(params, Optional.empty());

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/exposed/v1/incidents/secrets");
        assertThat(request.getUrl().query()).isEqualTo("status=TRIGGERED&severity=critical&validity=failed_to_check"
                + "&date_before=2026-12-31T00:00:00Z&date_after=2026-01-31T00:00:00Z&assignee_email=a@example.org"
                + "&assignee_id=12&tags=PUBLIC,DEFAULT_BRANCH&ordering=-date&detector_group_name=aws_iam"
                + "&ignorer_id=3&resolver_id=4&ignorer_api_token_id=u-1&resolver_api_token_id=u-2&per_page=50");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Token " + TestClients.KEY);
        assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
        assertThat(request.getHeaders().get("User-Agent")).startsWith("vigie/").contains("gitguardian-client");
        assertThat(page.items()).extracting(i -> i.id()).containsExactly(21460L, 21461L, 21462L, 21463L, 21464L);
        assertThat(page.nextCursor()).contains("cD0yMTQ2NA==");
    }

    @Test
    void paramsRefuseValuesTheApiWouldIgnore() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ListIncidentsParams.builder().perPage(101).build())
                .hasMessageContaining("per_page");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ListIncidentsParams.builder()
                .status(SecretStatus.UNKNOWN).build()).hasMessageContaining("status UNKNOWN");
        assertThat(ListIncidentsParams.builder().severity(SecretSeverity.UNKNOWN).build().toQuery())
                .containsEntry("severity", "unknown");
    }

    @Test
    void perSourceListingUsesTheSourceRouteAndTheCursor() throws Exception {
        server.enqueue(json("[]"));
        TestClients.client(server).listSourceIncidentsPage(42, ListIncidentsParams.builder()
                .status(SecretStatus.ASSIGNED).build(), Optional.of("a b/+="));
        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/exposed/v1/sources/42/incidents/secrets");
        assertThat(request.getUrl().encodedQuery()).isEqualTo("status=ASSIGNED&per_page=100&cursor=a%20b%2F%2B%3D");
    }

    @Test
    void getIncidentAsksForOccurrences() throws Exception {
        server.enqueue(Fixtures.response("test_get_incident.yaml", 1));
        var incident = TestClients.client(server).getIncident(21460, 100);
        RecordedRequest request = server.takeRequest();
        assertThat(request.getTarget()).isEqualTo("/exposed/v1/incidents/secrets/21460?with_occurrences=100");
        assertThat(incident.occurrences()).hasSize(2);
        assertThat(incident.feedbackList()).hasSize(1);
        assertThat(incident.feedbackList().get(0).answers()).hasSize(4);
        assertThat(incident.feedbackList().get(0).answers().get(0).booleanAnswer()).contains(true);
        assertThat(incident.occurrences().get(0).source()).isPresent();
    }

    @Test
    void actionsPostTheDocumentedBodies() throws Exception {
        GitGuardianClient client = TestClients.client(server);
        server.enqueue(json("{\"share_url\": \"https://dashboard.gitguardian.com/share/incidents/u-u-i-d\", "
                + "\"incident_id\": 7, \"feedback_collection\": true, \"auto_healing\": false, \"token\": \"tok\"}"));
        server.enqueue(new MockResponse.Builder().code(204).build());
        for (int i = 0; i < 6; i++) {
            server.enqueue(json(INCIDENT));
        }
        server.enqueue(json(201, "{\"id\": 5, \"comment\": \"hello\", \"created_at\": \"2026-06-22T15:14:57Z\"}"));

        IncidentToken token = client.shareIncident(7, ShareOptions.builder().lifespan(24).build());
        client.unshareIncident(7);
        client.assignIncident(7, "dev@example.org");
        client.assignIncidentToMember(7, 99);
        client.unassignIncident(7);
        client.resolveIncident(7, true);
        client.ignoreIncident(7, IgnoreReason.FALSE_POSITIVE);
        client.reopenIncident(7);
        Note note = client.createNote(7, "hello");

        assertThat(token.shareUrl()).endsWith("/share/incidents/u-u-i-d");
        assertThat(token.toString()).doesNotContain("u-u-i-d").doesNotContain("tok\"");
        assertThat(note.comment()).isEqualTo("hello");
        List<String[]> expected = List.of(
                new String[] {"/share", "{\"feedback_collection\":true,\"auto_healing\":false,\"lifespan\":24}"},
                new String[] {"/unshare", "{}"},
                new String[] {"/assign", "{\"email\":\"dev@example.org\"}"},
                new String[] {"/assign", "{\"member_id\":99}"},
                new String[] {"/unassign", "{}"},
                new String[] {"/resolve", "{\"secret_revoked\":true}"},
                new String[] {"/ignore", "{\"ignore_reason\":\"false_positive\"}"},
                new String[] {"/reopen", "{}"},
                new String[] {"/notes", "{\"comment\":\"hello\"}"});
        for (String[] e : expected) {
            RecordedRequest request = server.takeRequest();
            assertThat(request.getMethod()).isEqualTo("POST");
            assertThat(request.getUrl().encodedPath()).isEqualTo("/exposed/v1/incidents/secrets/7" + e[0]);
            assertThat(request.getBody().utf8()).isEqualTo(e[1]);
            assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
            assertThat(request.getHeaders().get("Authorization")).isEqualTo("Token " + TestClients.KEY);
        }
    }

    @Test
    void sourcesMembersHealthTokenAndQuota() throws Exception {
        GitGuardianClient client = TestClients.client(server);
        server.enqueue(Fixtures.response("test_search_sources.yaml", 0));
        server.enqueue(json("[{\"id\": 1, \"name\": \"Ada\", \"email\": \"ada@example.org\", \"access_level\": "
                + "\"owner\", \"active\": true}, {\"id\": 2, \"access_level\": \"overlord\"}]"));
        server.enqueue(Fixtures.response("test_health_check.yaml", 0));
        server.enqueue(json("{\"id\": \"5ddaad0c-5a0c-4674-beb5-1cd198d13360\", \"name\": \"ci\", \"workspace_id\": 8,"
                + " \"type\": \"personal_access_token\", \"scopes\": [\"incidents:read\", \"sources:read\"]}"));
        server.enqueue(Fixtures.response("quota.yaml", 0));

        var sources = client.listSourcesPage(ListSourcesParams.builder().search("gg-test").type("azure_devops")
                .visibility(SourceVisibility.PRIVATE).monitored(true).perPage(20).build(), Optional.empty());
        List<Member> members = client.listMembers(ListMembersParams.builder().search("ada")
                .accessLevel(AccessLevel.OWNER).active(true).ordering("-created_at").build()).stream().toList();
        String health = client.health();
        ApiToken token = client.apiTokenSelf();
        Quota quota = client.quotas();

        assertThat(server.takeRequest().getTarget()).isEqualTo(
                "/exposed/v1/sources?search=gg-test&type=azure_devops&visibility=private&monitored=true&per_page=20");
        assertThat(server.takeRequest().getTarget()).isEqualTo(
                "/exposed/v1/members?search=ada&access_level=owner&active=true&ordering=-created_at&per_page=100");
        assertThat(server.takeRequest().getTarget()).isEqualTo("/exposed/v1/health");
        assertThat(server.takeRequest().getTarget()).isEqualTo("/exposed/v1/api_tokens/self");
        assertThat(server.takeRequest().getTarget()).isEqualTo("/exposed/v1/quotas");
        assertThat(sources.items()).hasSize(6);
        assertThat(sources.hasNext()).as("empty Link header = last page").isFalse();
        assertThat(sources.items().get(4).secretIncidentsBreakdown().get().openSecretIncidents().total())
                .isEqualTo(115);
        assertThat(members).extracting(Member::accessLevel).containsExactly(AccessLevel.OWNER, AccessLevel.UNKNOWN);
        assertThat(health).isEqualTo("Valid API key.");
        assertThat(token.hasScope("sources:read")).isTrue();
        assertThat(token.hasScope("incidents:write")).isFalse();
        server.enqueue(json("{\"scopes\": [\"incidents:read\"]}"));
        assertThat(client.missingScopes(List.of("incidents:read", "sources:read", "incidents:share")))
                .containsExactly("sources:read", "incidents:share");
        assertThat(quota.remaining()).isEqualTo(8908);
        assertThat(quota.since()).contains(LocalDate.of(2022, 5, 31));
    }
}
