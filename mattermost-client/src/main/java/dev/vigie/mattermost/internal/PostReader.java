package dev.vigie.mattermost.internal;

import dev.vigie.incident.http.AutoPager;
import dev.vigie.incident.http.Page;
import dev.vigie.mattermost.model.Post;
import dev.vigie.mattermost.model.PostList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reading a channel's history completely (mattermost-api.md §6). The {@code since} read returns at most
 * {@value #SINCE_CAP} posts, unpaged; when it comes back full, the history is read instead by paging backwards with
 * {@code before=<oldest id seen>} and {@code per_page=}{@value #PAGE_SIZE} until posts are older than the instant.
 */
public final class PostReader {

    /** The server's cap on a {@code since} read. */
    public static final int SINCE_CAP = 1000;

    /** The largest {@code per_page} the server honours. */
    public static final int PAGE_SIZE = 200;

    /** Fetches one page: (before post id or empty for the newest page) to the page, newest first. */
    public interface PageFetcher {
        PostList fetch(Optional<String> beforeId, int perPage);
    }

    private final Function<Instant, PostList> since;
    private final PageFetcher pages;
    private final int maxPages;

    /**
     * @param since the single, capped {@code since} read
     * @param pages the cursor read
     * @param maxPages the most pages one backwards walk may request
     */
    public PostReader(Function<Instant, PostList> since, PageFetcher pages, int maxPages) {
        this.since = since;
        this.pages = pages;
        this.maxPages = maxPages;
    }

    /** Every live post created at or after {@code from}, oldest first, complete however many there are. */
    public List<Post> allSince(Instant from) {
        PostList list = since.apply(from);
        List<Post> posts;
        if (list.order().size() >= SINCE_CAP) {
            posts = new ArrayList<>();
            backwardsUntil(from).forEach(posts::add);
        } else {
            posts = list.orderedPosts();
        }
        Map<String, Post> unique = new LinkedHashMap<>();
        for (Post post : posts) {
            if (!post.isDeleted() && post.createAt() >= from.toEpochMilli()) {
                unique.putIfAbsent(post.id(), post);
            }
        }
        List<Post> out = new ArrayList<>(unique.values());
        out.sort(Comparator.comparingLong(Post::createAt).thenComparing(Post::id));
        return List.copyOf(out);
    }

    /**
     * The channel's posts, newest first, from the newest down to (and including) the first created at or after
     * {@code until}; pages are requested lazily.
     *
     * @throws dev.vigie.incident.http.PageLimitExceededException when the walk needs more than the page limit
     */
    public AutoPager<Post> backwardsUntil(Instant until) {
        long limit = until.toEpochMilli();
        return new AutoPager<>("posts", cursor -> {
            List<Post> page = pages.fetch(cursor, PAGE_SIZE).orderedPosts();
            List<Post> kept = new ArrayList<>(page.size());
            boolean reachedOlder = false;
            for (Post post : page) {
                if (post.createAt() < limit) {
                    reachedOlder = true;
                } else {
                    kept.add(post);
                }
            }
            Optional<String> next = page.size() < PAGE_SIZE || reachedOlder
                    ? Optional.empty()
                    : Optional.of(page.get(page.size() - 1).id());
            return new Page<>(kept, next);
        }, maxPages);
    }
}
