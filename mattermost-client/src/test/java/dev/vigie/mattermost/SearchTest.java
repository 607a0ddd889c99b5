package dev.vigie.mattermost;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigie.mattermost.internal.Json;
import dev.vigie.mattermost.model.Post;
import dev.vigie.mattermost.model.PostSearch;
import dev.vigie.mattermost.model.PostSearchResults;
import java.time.Instant;
import java.time.ZoneOffset;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class SearchTest extends MockServerTest {

    private static String results(long... createAts) {
        StringBuilder order = new StringBuilder();
        StringBuilder posts = new StringBuilder();
        for (int i = 0; i < createAts.length; i++) {
            String id = "s" + i;
            order.append(i == 0 ? "" : ",").append('"').append(id).append('"');
            posts.append(i == 0 ? "" : ",").append('"').append(id).append("\":{\"id\":\"").append(id)
                    .append("\",\"create_at\":").append(createAts[i]).append(",\"hashtags\":\"#vigie_gg21460\"}");
        }
        return "{\"order\":[" + order + "],\"posts\":{" + posts + "},\"next_post_id\":\"\",\"prev_post_id\":\"\","
                + "\"first_inaccessible_post_time\":0,\"matches\":{\"s0\":[\"#vigie_gg21460\"]}}";
    }

    @Test
    void hashtagSearchMatchesTheDocumentedRequest() throws Exception {
        server.enqueue(Fixtures.fixture(200, "constructed_search_result.json"));
        PostSearchResults found = support.client(server).searchPosts("team1",
                PostSearch.of("#leak_inc2024_0042 in:notify-test-channel after:2024-05-31"));
        assertThat(found.orderedPosts()).hasSize(1);
        RecordedRequest r = server.takeRequest();
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getTarget()).isEqualTo("/api/v4/teams/team1/posts/search");
        JsonNode body = Json.mapper().readTree(r.getBody().utf8());
        JsonNode documented = Json.mapper().readTree(Fixtures.read("constructed_search_request.json"));
        for (String field : new String[] {"terms", "is_or_search", "time_zone_offset", "include_deleted_channels",
            "page"}) {
            assertThat(body.get(field)).as(field).isEqualTo(documented.get(field));
        }
    }

    @Test
    void instantsBecomeWidenedExclusiveDayFlagsAndAreFilteredExactly() throws Exception {
        Instant since = Instant.parse("2026-06-01T09:30:00Z");
        Instant until = Instant.parse("2026-06-03T18:00:00Z");
        long before = since.toEpochMilli() - 1;
        long inside = since.toEpochMilli() + 1000;
        long after = until.toEpochMilli();
        server.enqueue(Fixtures.json(200, results(after, inside, before)));
        PostSearchResults found = support.client(server).searchPosts("team1", PostSearch.builder()
                .terms("#vigie_gg21460 in:domaine-secu").since(since).until(until).build());

        assertThat(found.orderedPosts()).extracting(Post::createAt).containsExactly(inside);
        assertThat(found.order()).containsExactly("s1");
        assertThat(found.posts()).containsOnlyKeys("s1");
        assertThat(found.matches()).isEmpty();
        JsonNode body = Json.mapper().readTree(server.takeRequest().getBody().utf8());
        assertThat(body.get("terms").asText())
                .isEqualTo("#vigie_gg21460 in:domaine-secu after:2026-05-31 before:2026-06-04");
        assertThat(body.get("time_zone_offset").asInt()).isZero();
        assertThat(body.get("is_or_search").asBoolean()).isFalse();
    }

    @Test
    void daysAreComputedInTheGivenOffset() throws Exception {
        server.enqueue(Fixtures.json(200, results()));
        support.client(server).searchPosts("t", PostSearch.builder().terms("leak").orSearch(true)
                .since(Instant.parse("2026-06-01T23:30:00Z")).timeZoneOffset(ZoneOffset.ofHours(2)).build());
        JsonNode body = Json.mapper().readTree(server.takeRequest().getBody().utf8());
        // 23:30 UTC is 01:30 on June 2nd at +02:00: after:June 1st starts the search on June 2nd, local time
        assertThat(body.get("terms").asText()).isEqualTo("leak after:2026-06-01");
        assertThat(body.get("time_zone_offset").asInt()).isEqualTo(7200);
        assertThat(body.get("is_or_search").asBoolean()).isTrue();
    }

    @Test
    void matchesAreKeptWhenThereIsNoRange() throws Exception {
        server.enqueue(Fixtures.json(200, results(5, 4)));
        PostSearchResults found = support.client(server).searchPosts("t", PostSearch.of("#vigie_gg21460"));
        assertThat(found.orderedPosts()).extracting(Post::id).containsExactly("s0", "s1");
        assertThat(found.matchesOf("s0")).contains(java.util.List.of("#vigie_gg21460"));
    }
}
