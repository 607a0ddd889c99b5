package dev.vigie.mattermost.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The local Mattermost stand-in both clients talk to: {@code GET /users/me}, {@code POST /posts} (201 with a Post)
 * and {@code GET /channels/{id}/posts?page&per_page} (a 200-post page). Bodies are built once, so the server's own
 * cost is the same for both clients.
 */
final class BenchServer extends Dispatcher {

    static final String CHANNEL = "yuko5hzu7jdcineenpafttbbzw";

    final AtomicInteger posts = new AtomicInteger();
    final AtomicInteger reads = new AtomicInteger();
    private final String me;
    private final String created;
    private final String page;

    BenchServer() throws Exception {
        ObjectMapper json = new ObjectMapper();
        me = "{\"id\":\"3u5h894awpn1mm8yw3w5hdrjqe\",\"create_at\":1649869906885,\"update_at\":1649956415437,"
                + "\"delete_at\":0,\"username\":\"notify\",\"roles\":\"system_user system_post_all_public\","
                + "\"locale\":\"en\",\"is_bot\":true,\"bot_description\":\"A notification bot\"}";
        created = post("u1teeaduyinbjf3n5brjbfoiyw", 1649958336651L, "Hi, there!");
        List<String> order = new ArrayList<>();
        Map<String, Object> byId = new LinkedHashMap<>();
        for (int i = 0; i < 200; i++) {
            String id = String.format("p%025d", i);
            order.add(id);
            byId.put(id, json.readTree(post(id, 1_780_000_000_000L - i * 60_000L,
                    "Notification " + i + ": possible secret leak in `example-repo`, see #vigie_gg" + (21460 + i))));
        }
        page = json.writeValueAsString(Map.of("order", order, "posts", byId, "next_post_id", "",
                "prev_post_id", "", "first_inaccessible_post_time", 0));
    }

    private static String post(String id, long at, String message) {
        return "{\"id\":\"" + id + "\",\"create_at\":" + at + ",\"update_at\":" + at + ",\"edit_at\":0,\"delete_at\":0,"
                + "\"is_pinned\":false,\"user_id\":\"3u5h894awpn1mm8yw3w5hdrjqe\",\"channel_id\":\"" + CHANNEL + "\","
                + "\"root_id\":\"\",\"original_id\":\"\",\"message\":\"" + message + "\",\"type\":\"\","
                + "\"props\":{\"from_bot\":\"true\",\"vigie_marker\":\"team-notice:21460\"},\"hashtags\":\"\","
                + "\"pending_post_id\":\"\",\"reply_count\":0,\"last_reply_at\":0,\"participants\":null,"
                + "\"metadata\":{}}";
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        if (request.getMethod().equals("POST") && path.equals("/api/v4/posts")) {
            posts.incrementAndGet();
            return json(201, created);
        }
        if (request.getMethod().equals("GET") && path.equals("/api/v4/channels/" + CHANNEL + "/posts")) {
            reads.incrementAndGet();
            return json(200, page);
        }
        if (path.equals("/api/v4/users/me")) {
            return json(200, me);
        }
        return json(404, "{\"id\":\"api.context.404.app_error\",\"message\":\"not found\"}");
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }
}
