package dev.vigie.mattermost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.mattermost.model.Post;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostReadingTest extends MockServerTest {

    private static final long T0 = Instant.parse("2026-06-01T00:00:00Z").toEpochMilli();

    @Test
    void sinceReadUnderTheCapIsUsedAsIs() {
        FakeChannel channel = new FakeChannel(300, T0);
        server.setDispatcher(channel);
        List<Post> posts = support.client(server).getAllPostsSince("ch", Instant.ofEpochMilli(channel.createAt(100)));
        assertThat(posts).hasSize(200);
        assertThat(posts.get(0).id()).isEqualTo("p00100");
        assertThat(posts.get(199).id()).isEqualTo("p00299");
        assertThat(channel.targets).containsExactly("/api/v4/channels/ch/posts?since=" + channel.createAt(100));
    }

    @Test
    void fullSinceReadFallsBackToPagingBackwardsAndIsComplete() {
        FakeChannel channel = new FakeChannel(3000, T0);
        server.setDispatcher(channel);
        Instant since = Instant.ofEpochMilli(channel.createAt(450));
        List<Post> posts = support.client(server).getAllPostsSince("ch", since);

        assertThat(posts).hasSize(2550);
        assertThat(posts).extracting(Post::createAt).isSorted();
        assertThat(posts.get(0).id()).isEqualTo("p00450");
        assertThat(posts.get(posts.size() - 1).id()).isEqualTo("p02999");
        assertThat(posts).extracting(Post::id).doesNotContain("extra").doesNotHaveDuplicates();
        assertThat(channel.targets.get(0)).isEqualTo("/api/v4/channels/ch/posts?since=" + since.toEpochMilli());
        assertThat(channel.targets.get(1)).isEqualTo("/api/v4/channels/ch/posts?page=0&per_page=200");
        assertThat(channel.targets.get(2)).isEqualTo("/api/v4/channels/ch/posts?before=p02800&page=0&per_page=200");
        // 2,550 posts need 13 pages of 200; the 13th reaches posts older than `since` and stops the walk
        assertThat(channel.targets).hasSize(1 + 13);
    }

    @Test
    void aWalkBeyondThePageLimitFailsLoudly() {
        FakeChannel channel = new FakeChannel(3000, T0);
        server.setDispatcher(channel);
        MattermostClient limited = MattermostClient.builder().siteUrl(server.url("/").toString())
                .token(TestSupport.TOKEN).maxPages(3).build();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> limited.getAllPostsSince("ch", Instant.ofEpochMilli(T0)))
                .isInstanceOf(dev.vigie.incident.http.PageLimitExceededException.class)
                .hasMessageContaining("3 pages of posts");
    }

    @Test
    void backwardsIterationStopsAtTheInstantAndIsLazy() {
        FakeChannel channel = new FakeChannel(1000, T0);
        server.setDispatcher(channel);
        MattermostClient client = support.client(server);
        var pager = client.iteratePostsUntil("ch", Instant.ofEpochMilli(channel.createAt(990)));
        assertThat(channel.targets).isEmpty();
        assertThat(pager.stream().map(Post::id).toList()).hasSize(10).startsWith("p00999").endsWith("p00990");
        assertThat(channel.targets).hasSize(1);

        channel.targets.clear();
        assertThat(client.iteratePostsUntil("ch", Instant.ofEpochMilli(0)).stream().count()).isEqualTo(1000);
        // five full pages, then an empty one ends the walk
        assertThat(channel.targets).hasSize(6);
    }
}
