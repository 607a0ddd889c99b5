package dev.vigie.mattermost.incident;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigie.incident.port.ChannelVisibility;
import dev.vigie.incident.port.ChatChannel;
import dev.vigie.incident.port.ChatMessage;
import dev.vigie.incident.port.Marker;
import dev.vigie.incident.port.OutgoingMessage;
import dev.vigie.mattermost.FakeChannel;
import dev.vigie.mattermost.Fixtures;
import dev.vigie.mattermost.TestSupport;
import dev.vigie.mattermost.internal.Json;
import java.time.Instant;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MattermostChatTest {

    private static final ChatChannel SECU = ChatChannel.builder().id("yuko5hzu7jdcineenpafttbbzw").team("botfest")
            .name("domaine-secu").visibility(ChannelVisibility.PRIVATE).build();

    private final MockWebServer server = new MockWebServer();
    private final TestSupport support = new TestSupport();
    private MattermostChat chat;

    @BeforeEach
    void start() throws Exception {
        server.start();
        chat = new MattermostChat(support.client(server));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static MockResponse channelOfType(String type) {
        return Fixtures.json(200, Fixtures.read("channel_open.json").replace("\"type\":\"O\"", "\"type\":\"" + type
                + "\""));
    }

    @Test
    void channelResolvesAndMapsVisibility() throws Exception {
        for (String type : List.of("O", "P", "D", "G", "X", "")) {
            server.enqueue(channelOfType(type));
        }
        List<ChannelVisibility> seen = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            seen.add(chat.channel("botfest", "town-square").orElseThrow().visibility());
        }
        assertThat(seen).containsExactly(ChannelVisibility.PUBLIC, ChannelVisibility.PRIVATE,
                ChannelVisibility.DIRECT, ChannelVisibility.GROUP, ChannelVisibility.UNKNOWN,
                ChannelVisibility.UNKNOWN);
        assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v4/teams/name/botfest/channels/name/town-square");
        // the team id came with the channel: no extra call to look it up
        assertThat(chat.teamId("botfest")).isEqualTo("qkne79cexidqdc7taf5ompajma");
        assertThat(server.getRequestCount()).isEqualTo(6);
    }

    @Test
    void unknownOrHiddenChannelIsEmpty() {
        server.enqueue(Fixtures.json(404, "{\"id\":\"app.channel.get_by_name.missing.app_error\",\"message\":\"m\"}"));
        server.enqueue(Fixtures.json(403, "{\"id\":\"api.context.permissions.app_error\",\"message\":\"m\"}"));
        assertThat(chat.channel("botfest", "nope")).isEmpty();
        assertThat(chat.channel("botfest", "private")).isEmpty();
    }

    @Test
    void joinAddsTheCurrentUserAndCachesItsId() throws Exception {
        server.enqueue(Fixtures.fixture(200, "user_me_bot.json"));
        server.enqueue(Fixtures.fixture(201, "constructed_channel_member.json"));
        server.enqueue(Fixtures.fixture(201, "constructed_channel_member.json"));
        chat.join(SECU);
        chat.join(SECU);
        assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v4/users/me");
        for (int i = 0; i < 2; i++) {
            RecordedRequest join = server.takeRequest();
            assertThat(join.getTarget()).isEqualTo("/api/v4/channels/yuko5hzu7jdcineenpafttbbzw/members");
            assertThat(Json.mapper().readTree(join.getBody().utf8()))
                    .isEqualTo(Json.mapper().readTree(Fixtures.read("constructed_add_channel_member_request.json")));
        }
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void postSendsMarkerHashtagsRootAndAStablePendingPostId() throws Exception {
        Marker marker = Marker.of(Marker.Kind.TEAM_NOTICE, List.of(21461L, 21460L));
        OutgoingMessage message = OutgoingMessage.builder().text("Fuite possible dans `example-repo`.")
                .marker(marker).rootId("u1teeaduyinbjf3n5brjbfoiyw").idempotencyKey("bot:team-notice:21460:run1")
                .build();
        String created = Fixtures.read("post_created_by_bot.json")
                .replace("\"props\":{\"from_bot\":\"true\"}", "\"props\":{\"from_bot\":\"true\",\"vigie_marker\":\""
                        + marker.encode() + "\"}")
                .replace("\"root_id\":\"\"", "\"root_id\":\"u1teeaduyinbjf3n5brjbfoiyw\"");
        server.enqueue(new MockResponse.Builder().code(503).body("").build());
        server.enqueue(Fixtures.json(201, created));
        server.enqueue(Fixtures.json(201, created));

        ChatMessage posted = chat.post(SECU, message);
        chat.post(SECU, message);

        assertThat(posted.id()).isEqualTo("u1teeaduyinbjf3n5brjbfoiyw");
        assertThat(posted.marker()).contains(marker);
        assertThat(posted.rootId()).contains("u1teeaduyinbjf3n5brjbfoiyw");
        JsonNode first = body();
        assertThat(first.get("message").asText())
                .isEqualTo("Fuite possible dans `example-repo`.\n#vigie_gg21460 #vigie_gg21461");
        assertThat(first.get("props").get("vigie_marker").asText()).isEqualTo("team-notice:21460,21461");
        assertThat(first.get("root_id").asText()).isEqualTo("u1teeaduyinbjf3n5brjbfoiyw");
        assertThat(first.get("channel_id").asText()).isEqualTo(SECU.id());
        String pending = first.get("pending_post_id").asText();
        assertThat(pending).matches("[a-z0-9]{26}");
        assertThat(body().get("pending_post_id").asText()).as("retry after 503").isEqualTo(pending);
        assertThat(body().get("pending_post_id").asText()).as("same key, new call").isEqualTo(pending);
    }

    @Test
    void messagesSinceIsCompleteOldestFirstAndReadsMarkersBack() {
        FakeChannel channel = new FakeChannel(1500, Instant.parse("2026-06-01T00:00:00Z").toEpochMilli());
        server.setDispatcher(channel);
        List<ChatMessage> messages = chat.messagesSince(SECU, Instant.ofEpochMilli(channel.createAt(100)));
        assertThat(messages).hasSize(1400);
        assertThat(messages.get(0).text()).isEqualTo("post 100");
        assertThat(messages).extracting(ChatMessage::createdAt).isSorted();
        assertThat(messages).allSatisfy(m -> assertThat(m.marker()).isEmpty());
    }

    @Test
    void markerPropAndThreadAreReadBackFromVigiesOwnPostsOnly() {
        String list = "{\"order\":[\"c\",\"b\",\"a\"],\"posts\":{"
                + "\"a\":{\"id\":\"a\",\"user_id\":\"vigiebot\",\"create_at\":2000,\"channel_id\":\"c\","
                + "\"message\":\"root\",\"props\":{\"vigie_marker\":\"security-log:21460\"}},"
                + "\"b\":{\"id\":\"b\",\"user_id\":\"vigiebot\",\"create_at\":3000,\"channel_id\":\"c\","
                + "\"root_id\":\"a\",\"message\":\"reply\",\"props\":{\"vigie_marker\":\"not a marker\"}},"
                + "\"c\":{\"id\":\"c\",\"user_id\":\"someoneelse\",\"create_at\":4000,\"channel_id\":\"c\","
                + "\"message\":\"forged\",\"props\":{\"vigie_marker\":\"team-notice:21461\"}},"
                + "\"old\":{\"id\":\"old\",\"create_at\":10,\"message\":\"edited later\"}}}";
        server.enqueue(Fixtures.json(200, list));
        server.enqueue(Fixtures.json(200, "{\"id\":\"vigiebot\",\"username\":\"vigie\"}"));
        List<ChatMessage> messages = chat.messagesSince(SECU, Instant.ofEpochMilli(1000));
        assertThat(messages).extracting(ChatMessage::id).containsExactly("a", "b", "c");
        assertThat(messages.get(0).marker()).contains(Marker.of(Marker.Kind.SECURITY_LOG, List.of(21460L)));
        assertThat(messages.get(0).rootId()).isEmpty();
        assertThat(messages.get(1).marker()).isEmpty();
        assertThat(messages.get(1).rootId()).contains("a");
        assertThat(messages.get(2).marker()).as("a marker prop set by another account is not Vigie's").isEmpty();
    }

    private JsonNode body() throws Exception {
        return Json.mapper().readTree(server.takeRequest().getBody().utf8());
    }
}
