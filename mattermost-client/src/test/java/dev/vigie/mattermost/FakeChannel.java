package dev.vigie.mattermost;

import dev.vigie.mattermost.internal.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * A channel of {@code count} posts, one per minute from {@code firstMillis}, served like the server does for
 * {@code GET /channels/{id}/posts}: {@code since} capped at 1,000 (ordered by create time), pages newest first,
 * {@code before} cursors, {@code per_page} capped at 200. Post ids are {@code p00042}.
 */
public final class FakeChannel extends Dispatcher {

    public final List<String> targets = java.util.Collections.synchronizedList(new ArrayList<>());
    private final int count;
    private final long firstMillis;

    public FakeChannel(int count, long firstMillis) {
        this.count = count;
        this.firstMillis = firstMillis;
    }

    public long createAt(int index) {
        return firstMillis + index * 60_000L;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        targets.add(request.getTarget());
        HttpUrl url = request.getUrl();
        List<Integer> newestFirst = new ArrayList<>();
        String since = url.queryParameter("since");
        if (since != null) {
            for (int i = 0; i < count && newestFirst.size() < 1000; i++) {
                if (createAt(i) >= Long.parseLong(since)) {
                    newestFirst.add(0, i);
                }
            }
        } else {
            int perPage = Math.min(200, Integer.parseInt(url.queryParameter("per_page")));
            int page = Integer.parseInt(url.queryParameter("page"));
            String before = url.queryParameter("before");
            int start = before == null ? count - 1 : Integer.parseInt(before.substring(1)) - 1;
            for (int i = start - page * perPage; i >= 0 && newestFirst.size() < perPage; i--) {
                newestFirst.add(i);
            }
        }
        return Fixtures.json(200, list(newestFirst));
    }

    private String list(List<Integer> newestFirst) {
        Map<String, Object> posts = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        for (int i : newestFirst) {
            String id = String.format("p%05d", i);
            order.add(id);
            posts.put(id, Map.of("id", id, "create_at", createAt(i), "channel_id", "ch", "message", "post " + i,
                    "props", Map.of("from_bot", "true")));
        }
        posts.put("extra", Map.of("id", "extra", "create_at", 0, "message", "a thread root from long ago"));
        try {
            return Json.mapper().writeValueAsString(Map.of("order", order, "posts", posts, "next_post_id", "",
                    "prev_post_id", "", "first_inaccessible_post_time", 0));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
