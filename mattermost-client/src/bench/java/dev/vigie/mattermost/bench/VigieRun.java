package dev.vigie.mattermost.bench;

import dev.vigie.mattermost.MattermostClient;
import dev.vigie.mattermost.model.CreatePost;

/** Runs the {@link Workload} with Vigie's client. Args: site URL. Token from {@code MATTERMOST_TOKEN}. */
public final class VigieRun extends Workload {

    private final MattermostClient client;

    private VigieRun(String url) {
        client = MattermostClient.builder().siteUrl(url).token(System.getenv("MATTERMOST_TOKEN")).build();
    }

    @Override
    boolean post(String message) {
        return !client.createPost(CreatePost.builder().channelId(BenchServer.CHANNEL).message(message).build())
                .id().isEmpty();
    }

    @Override
    int readPage(int page) {
        return client.getPostsForChannel(BenchServer.CHANNEL, page, PER_PAGE).orderedPosts().size();
    }

    public static void main(String[] args) {
        new VigieRun(args[0]).run();
    }
}
