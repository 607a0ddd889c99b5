package dev.vigie.gitguardian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigie.gitguardian.model.SecretIncident;
import dev.vigie.incident.http.AutoPager;
import dev.vigie.incident.http.PageLimitExceededException;
import java.util.Iterator;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Auto-paging over Link headers: lazy, cursor re-applied to the configured base URL, empty Link = last page. */
class PagingTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    static String incidents(long... ids) {
        StringBuilder body = new StringBuilder("[");
        for (long id : ids) {
            if (body.length() > 1) {
                body.append(',');
            }
            body.append("{\"id\":").append(id).append(",\"detector\":{\"name\":\"aws_iam\"},\"date\":")
                    .append("\"2026-06-22T15:14:57Z\",\"status\":\"TRIGGERED\",\"severity\":\"high\"}");
        }
        return body.append(']').toString();
    }

    static MockResponse page(String body, String link, String linkHeaderName) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .addHeaderLenient(linkHeaderName, link).body(body).build();
    }

    @Test
    void iteratesThreePagesLazilyAndNeverFollowsTheLinkHost() throws Exception {
        // The next links name another host and scheme: only their cursor may be used.
        server.enqueue(page(incidents(1, 2), "<https://internal.example:8443/v1/incidents/secrets?cursor=cD0y&"
                + "per_page=2&ordering=-date>; rel=\"next\"", "link"));
        server.enqueue(page(incidents(3, 4), "<http://other.example/v1/incidents/secrets?cursor=cD00%3D&per_page=2>; "
                + "rel=\"prev\", <http://other.example/v1/incidents/secrets?cursor=cD02%3D&per_page=2>; rel=\"next\"",
                "Link"));
        server.enqueue(page(incidents(5), "", "Link"));
        GitGuardianClient client = TestClients.client(server);

        AutoPager<SecretIncident> pager = client.listIncidents(ListIncidentsParams.builder()
                .ordering(IncidentOrdering.DATE_DESC).perPage(2).build());
        assertThat(server.getRequestCount()).as("nothing requested before iteration").isZero();
        Iterator<SecretIncident> it = pager.iterator();
        assertThat(it.next().id()).isEqualTo(1);
        assertThat(it.next().id()).isEqualTo(2);
        assertThat(server.getRequestCount()).as("2nd page only when needed").isEqualTo(1);
        assertThat(it.next().id()).isEqualTo(3);
        assertThat(server.getRequestCount()).isEqualTo(2);
        List<Long> rest = new java.util.ArrayList<>();
        it.forEachRemaining(i -> rest.add(i.id()));
        assertThat(rest).containsExactly(4L, 5L);
        assertThat(server.getRequestCount()).isEqualTo(3);

        RecordedRequest first = server.takeRequest();
        RecordedRequest second = server.takeRequest();
        RecordedRequest third = server.takeRequest();
        assertThat(first.getTarget()).isEqualTo("/exposed/v1/incidents/secrets?ordering=-date&per_page=2");
        assertThat(second.getTarget()).isEqualTo("/exposed/v1/incidents/secrets?ordering=-date&per_page=2&cursor=cD0y");
        assertThat(third.getTarget())
                .isEqualTo("/exposed/v1/incidents/secrets?ordering=-date&per_page=2&cursor=cD02%3D");
        assertThat(third.getHeaders().get("Authorization")).isEqualTo("Token " + TestClients.KEY);
    }

    @Test
    void aMissingLinkHeaderEndsTheListAndStreamsWork() {
        server.enqueue(Fixtures.json(incidents(8, 9)));
        List<Long> ids = TestClients.client(server).listIncidents(ListIncidentsParams.all()).stream()
                .map(SecretIncident::id).toList();
        assertThat(ids).containsExactly(8L, 9L);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void stopsLoudlyAtThePageCap() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(page(incidents(i), "<https://api.gitguardian.com/v1/incidents/secrets?cursor=c" + i
                    + ">; rel=\"next\"", "Link"));
        }
        GitGuardianClient client = TestClients.builder(server, new TestClients.RecordingSleeper()).maxPages(2).build();
        assertThatThrownBy(() -> client.listIncidents(ListIncidentsParams.all()).stream().count())
                .isInstanceOf(PageLimitExceededException.class)
                .hasMessageContaining("2 pages");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void recordedFirstPageAnnouncesTheRecordedCursor() {
        server.enqueue(Fixtures.response("test_list_incidents_with_ordering.yaml", 0));
        var page = TestClients.client(server).listIncidentsPage(ListIncidentsParams.builder()
                .ordering(IncidentOrdering.DATE_DESC).perPage(5).build(), java.util.Optional.empty());
        assertThat(page.items()).hasSize(5);
        assertThat(page.nextCursor()).isPresent();
    }
}
