package dev.vigie.maven.triage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/** A stateful Mattermost for end-to-end tests: teams, channels, memberships and posts, in API v4 shapes. */
final class FakeMattermostServer extends Dispatcher {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BOT = "vigiebotxxxxxxxxxxxxxxxxxx";

    record StoredPost(String id, String channelId, String userId, String message, String rootId, String marker,
            long createAt) {}

    final Map<String, ObjectNode> channels = new LinkedHashMap<>();
    final List<StoredPost> posts = new ArrayList<>();
    final List<String> joined = new ArrayList<>();
    private final LongSupplier clock;

    FakeMattermostServer(LongSupplier clockMillis) {
        this.clock = clockMillis;
    }

    void channel(String team, String name, String type) {
        String id = ("ch" + name.replace("-", "") + "xxxxxxxxxxxxxxxxxxxxxxxxxx").substring(0, 26);
        channels.put(team + "/" + name, JSON.createObjectNode().put("id", id).put("team_id", "team" + team)
                .put("name", name).put("display_name", name).put("type", type));
    }

    void humanPost(String team, String channel, String message, long createAt) {
        posts.add(new StoredPost("human" + posts.size(), channels.get(team + "/" + channel).get("id").asText(),
                "someonexxxxxxxxxxxxxxxxxxx", message, "", null, createAt));
    }

    List<StoredPost> postsIn(String team, String channel) {
        String id = channels.get(team + "/" + channel).get("id").asText();
        return posts.stream().filter(p -> p.channelId().equals(id) && p.marker() != null).toList();
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        String method = request.getMethod();
        String path = request.getUrl().encodedPath();
        String[] p = path.split("/");
        if (path.equals("/api/v4/users/me")) {
            return json(JSON.createObjectNode().put("id", BOT).put("username", "vigie"));
        }
        if (path.matches("/api/v4/teams/name/[^/]+/channels/name/[^/]+")) {
            ObjectNode channel = channels.get(p[5] + "/" + p[8]);
            return channel == null ? error(404, "app.channel.get_by_name.missing.app_error") : json(channel);
        }
        if (method.equals("POST") && path.matches("/api/v4/channels/[^/]+/members")) {
            joined.add(p[4]);
            return json(JSON.createObjectNode().put("channel_id", p[4]).put("user_id", "vigiebotxxxxxxxxxxxxxxxxxx"))
                    .newBuilder().code(201).build();
        }
        if (method.equals("POST") && path.equals("/api/v4/posts")) {
            JsonNode body = FakeGitGuardianServer.read(request);
            StoredPost post = new StoredPost(("post" + posts.size() + "xxxxxxxxxxxxxxxxxxxxxxxxxx").substring(0, 26),
                    body.get("channel_id").asText(), BOT, body.get("message").asText(),
                    body.path("root_id").asText(""), body.path("props").path("vigie_marker").asText(null),
                    clock.getAsLong());
            posts.add(post);
            return json(toJson(post)).newBuilder().code(201).build();
        }
        if (method.equals("GET") && path.matches("/api/v4/channels/[^/]+/posts")) {
            String since = request.getUrl().queryParameter("since");
            ObjectNode list = JSON.createObjectNode();
            ArrayNode order = list.putArray("order");
            ObjectNode map = list.putObject("posts");
            for (int i = posts.size() - 1; i >= 0; i--) {
                StoredPost post = posts.get(i);
                if (post.channelId().equals(p[4]) && (since == null || post.createAt() >= Long.parseLong(since))) {
                    order.add(post.id());
                    map.set(post.id(), toJson(post));
                }
            }
            list.put("next_post_id", "").put("prev_post_id", "");
            return json(list);
        }
        return error(404, "api.context.404.app_error");
    }

    private static ObjectNode toJson(StoredPost post) {
        ObjectNode node = JSON.createObjectNode().put("id", post.id()).put("channel_id", post.channelId())
                .put("user_id", post.userId())
                .put("message", post.message()).put("root_id", post.rootId()).put("create_at", post.createAt())
                .put("update_at", post.createAt()).put("delete_at", 0).put("type", "");
        ObjectNode props = node.putObject("props");
        if (post.marker() != null) {
            props.put("vigie_marker", post.marker());
        }
        return node;
    }

    private static MockResponse json(JsonNode body) {
        return FakeGitGuardianServer.json(body);
    }

    private static MockResponse error(int status, String id) {
        return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json")
                .body("{\"id\":\"" + id + "\",\"message\":\"Not found\",\"status_code\":" + status + "}").build();
    }
}
