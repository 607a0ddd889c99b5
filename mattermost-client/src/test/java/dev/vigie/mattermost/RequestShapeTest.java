package dev.vigie.mattermost;

import static dev.vigie.mattermost.Fixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigie.mattermost.internal.Json;
import dev.vigie.mattermost.model.Channel;
import dev.vigie.mattermost.model.ChannelMember;
import dev.vigie.mattermost.model.CreatePost;
import dev.vigie.mattermost.model.Post;
import dev.vigie.mattermost.model.User;
import java.time.Instant;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Method, path, query, headers and JSON body of every call. */
class RequestShapeTest extends MockServerTest {

    private MattermostClient client;

    @BeforeEach
    void connect() {
        client = support.client(server);
    }

    private RecordedRequest take() throws Exception {
        RecordedRequest r = server.takeRequest();
        assertThat(r.getHeaders().get("Authorization")).isEqualTo("Bearer " + TestSupport.TOKEN);
        assertThat(r.getHeaders().get("Accept")).isEqualTo("application/json");
        assertThat(r.getHeaders().get("User-Agent")).startsWith("vigie-mattermost-client/");
        return r;
    }

    private static JsonNode body(RecordedRequest r) throws Exception {
        assertThat(r.getHeaders().get("Content-Type")).startsWith("application/json");
        return Json.mapper().readTree(r.getBody().utf8());
    }

    private static JsonNode json(String text) throws Exception {
        return Json.mapper().readTree(text);
    }

    @Test
    void getMe() throws Exception {
        server.enqueue(fixture(200, "user_me_bot.json"));
        User me = client.getMe();
        assertThat(me.isBot()).isTrue();
        RecordedRequest r = take();
        assertThat(r.getMethod()).isEqualTo("GET");
        assertThat(r.getTarget()).isEqualTo("/api/v4/users/me");
    }

    @Test
    void teamAndChannelByNameEscapeSegments() throws Exception {
        server.enqueue(fixture(200, "team.json"));
        server.enqueue(fixture(200, "channel_open.json"));
        assertThat(client.getTeamByName("botfest").id()).isEqualTo("xh956esr83bhpkom35zekfzxdy");
        Channel channel = client.getChannelByNameForTeamName("bot fest", "town/square");
        assertThat(channel.type()).isEqualTo("O");
        assertThat(take().getTarget()).isEqualTo("/api/v4/teams/name/botfest");
        assertThat(take().getTarget()).isEqualTo("/api/v4/teams/name/bot%20fest/channels/name/town%2Fsquare");
    }

    @Test
    void addChannelMember() throws Exception {
        server.enqueue(fixture(201, "constructed_channel_member.json"));
        ChannelMember member = client.addChannelMember("yuko5hzu7jdcineenpafttbbzw", "3u5h894awpn1mm8yw3w5hdrjqe");
        assertThat(member.userId()).isEqualTo("3u5h894awpn1mm8yw3w5hdrjqe");
        RecordedRequest r = take();
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getTarget()).isEqualTo("/api/v4/channels/yuko5hzu7jdcineenpafttbbzw/members");
        assertThat(body(r)).isEqualTo(json(Fixtures.read("constructed_add_channel_member_request.json")));
    }

    @Test
    void createPostAlwaysSendsAPendingPostId() throws Exception {
        server.enqueue(fixture(201, "post_created_by_bot.json"));
        Post post = client.createPost(CreatePost.builder().channelId("yuko5hzu7jdcineenpafttbbzw")
                .message("Hi, there!").rootId("u1teeaduyinbjf3n5brjbfoiyw").putProps("k", "v").build());
        assertThat(post.id()).isEqualTo("u1teeaduyinbjf3n5brjbfoiyw");
        RecordedRequest r = take();
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getTarget()).isEqualTo("/api/v4/posts?set_online=false");
        JsonNode body = body(r);
        assertThat(body.get("channel_id").asText()).isEqualTo("yuko5hzu7jdcineenpafttbbzw");
        assertThat(body.get("message").asText()).isEqualTo("Hi, there!");
        assertThat(body.get("root_id").asText()).isEqualTo("u1teeaduyinbjf3n5brjbfoiyw");
        assertThat(body.get("props")).isEqualTo(json("{\"k\":\"v\"}"));
        assertThat(body.get("pending_post_id").asText()).matches("[a-z0-9]{26}");
    }

    @Test
    void createPostKeepsTheCallersPendingPostIdAndLeavesOutEmptyFields() throws Exception {
        server.enqueue(fixture(201, "post_created_by_bot.json"));
        client.createPost(CreatePost.builder().channelId("c").message("m").pendingPostId("abc").build());
        assertThat(body(take())).isEqualTo(json("{\"channel_id\":\"c\",\"message\":\"m\",\"pending_post_id\":\"abc\"}"));
    }

    @Test
    void postReadsUseTheDocumentedQueries() throws Exception {
        for (int i = 0; i < 3; i++) {
            server.enqueue(fixture(200, "post_list_empty.json"));
        }
        client.getPostsSince("ch", Instant.ofEpochMilli(1_700_000_000_123L));
        client.getPostsForChannel("ch", 2, 50);
        client.getPostsBefore("ch", "p1", 0, 200);
        assertThat(take().getTarget()).isEqualTo("/api/v4/channels/ch/posts?since=1700000000123");
        assertThat(take().getTarget()).isEqualTo("/api/v4/channels/ch/posts?page=2&per_page=50");
        assertThat(take().getTarget()).isEqualTo("/api/v4/channels/ch/posts?before=p1&page=0&per_page=200");
    }

    @Test
    void usersByUsernamesAndByEmail() throws Exception {
        server.enqueue(fixture(200, "users_list_other_user.json"));
        server.enqueue(json(200, Fixtures.read("users_list_other_user.json").trim().replaceAll("^\\[|\\]$", "")));
        List<User> users = client.getUsersByUsernames(List.of("e.musk", "notify"));
        assertThat(users).extracting(User::username).containsExactly("e.musk");
        assertThat(client.getUserByEmail("e.musk+ops@mail").id()).isEqualTo("a6khpd5m77d3de46xw599mp8by");

        RecordedRequest byName = take();
        assertThat(byName.getMethod()).isEqualTo("POST");
        assertThat(byName.getTarget()).isEqualTo("/api/v4/users/usernames");
        assertThat(body(byName)).isEqualTo(json(Fixtures.read("constructed_get_users_by_usernames_request.json")));
        RecordedRequest byEmail = take();
        assertThat(byEmail.getMethod()).isEqualTo("GET");
        assertThat(byEmail.getUrl().pathSegments()).containsExactly("api", "v4", "users", "email", "e.musk+ops@mail");
    }

    @Test
    void createDirectChannel() throws Exception {
        server.enqueue(fixture(201, "constructed_direct_channel.json"));
        Channel dm = client.createDirectChannel("3u5h894awpn1mm8yw3w5hdrjqe", "a6khpd5m77d3de46xw599mp8by");
        assertThat(dm.type()).isEqualTo(Channel.TYPE_DIRECT);
        RecordedRequest r = take();
        assertThat(r.getTarget()).isEqualTo("/api/v4/channels/direct");
        assertThat(body(r)).isEqualTo(json(Fixtures.read("constructed_create_direct_channel_request.json")));
    }

    @Test
    void siteUrlWithAPathPrefixAndTrailingSlash() throws Exception {
        MattermostClient prefixed = MattermostClient.builder().siteUrl(server.url("/chat/").toString())
                .token(TestSupport.TOKEN).build();
        server.enqueue(fixture(200, "user_me_bot.json"));
        prefixed.getMe();
        assertThat(take().getTarget()).isEqualTo("/chat/api/v4/users/me");
    }

    private static mockwebserver3.MockResponse json(int code, String body) {
        return Fixtures.json(code, body);
    }
}
