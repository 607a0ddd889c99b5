package dev.vigie.mattermost.bench;

import net.bis5.mattermost.client4.ApiResponse;
import net.bis5.mattermost.client4.MattermostClient;
import net.bis5.mattermost.client4.Pager;
import net.bis5.mattermost.model.Post;
import net.bis5.mattermost.model.PostList;

/**
 * Runs the {@link Workload} with mattermost4j 0.25.0 (Jersey 3 runtime), with {@code ignoreUnknownProperties()} as
 * its users must set for current servers. Args: site URL. Token from {@code MATTERMOST_TOKEN}.
 */
public final class Mattermost4jRun extends Workload {

    private final MattermostClient client;

    private Mattermost4jRun(String url) {
        client = MattermostClient.builder().url(url).ignoreUnknownProperties().build();
        client.setAccessToken(System.getenv("MATTERMOST_TOKEN"));
    }

    @Override
    boolean post(String message) {
        Post post = new Post();
        post.setChannelId(BenchServer.CHANNEL);
        post.setMessage(message);
        ApiResponse<Post> response = client.createPost(post);
        // Not hasError(): with ignoreUnknownProperties() it reads any JSON body, a created Post included, as an
        // ApiError and answers true. Check the status as its users must.
        return isSuccess(response) && response.readEntity().getId() != null;
    }

    @Override
    int readPage(int page) {
        ApiResponse<PostList> response = client.getPostsForChannel(BenchServer.CHANNEL, Pager.of(page, PER_PAGE), null);
        if (!isSuccess(response)) {
            return 0;
        }
        PostList list = response.readEntity();
        int n = 0;
        for (String id : list.getOrder()) {
            if (list.getPosts().get(id) != null) {
                n++;
            }
        }
        return n;
    }

    private static boolean isSuccess(ApiResponse<?> response) {
        int status = response.getRawResponse().getStatus();
        return status >= 200 && status < 300;
    }

    public static void main(String[] args) {
        new Mattermost4jRun(args[0]).run();
    }
}
