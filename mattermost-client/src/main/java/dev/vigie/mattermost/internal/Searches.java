package dev.vigie.mattermost.internal;

import dev.vigie.mattermost.model.Post;
import dev.vigie.mattermost.model.PostSearch;
import dev.vigie.mattermost.model.PostSearchResults;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Search request body and client-side filtering. Mattermost's date flags are exclusive and day-granular in the
 * request's {@code time_zone_offset}: {@code after:D} starts at D+1, {@code before:D} ends with D-1. So for
 * {@code since = T} the client sends {@code after:(day of T - 1)}, for {@code until = U} {@code before:(day of U + 1)},
 * and keeps only posts with {@code T <= create_at < U}.
 */
public final class Searches {

    private Searches() {}

    /** The JSON body of {@code POST /teams/{id}/posts/search}. */
    public record Body(
            String terms, boolean isOrSearch, int timeZoneOffset, boolean includeDeletedChannels, int page, int perPage) {}

    /** The body for a search, with date flags appended to the terms. */
    public static Body body(PostSearch search) {
        StringBuilder terms = new StringBuilder(search.terms().trim());
        search.since().ifPresent(t -> append(terms, "after:" + day(search, t).minusDays(1)));
        search.until().ifPresent(t -> append(terms, "before:" + day(search, t).plusDays(1)));
        return new Body(terms.toString(), search.orSearch(), search.timeZoneOffset().getTotalSeconds(),
                search.includeDeletedChannels(), 0, 200);
    }

    /** The results restricted to the search's time range, other fields kept; order and map stay consistent. */
    public static PostSearchResults filter(PostSearchResults results, PostSearch search) {
        if (search.since().isEmpty() && search.until().isEmpty()) {
            return results;
        }
        long from = search.since().map(t -> t.toEpochMilli()).orElse(Long.MIN_VALUE);
        long to = search.until().map(t -> t.toEpochMilli()).orElse(Long.MAX_VALUE);
        List<String> order = new ArrayList<>();
        Map<String, Post> posts = new LinkedHashMap<>();
        for (String id : results.order()) {
            Post post = results.posts().get(id);
            if (post != null && post.createAt() >= from && post.createAt() < to) {
                order.add(id);
                posts.put(id, post);
            }
        }
        Map<String, List<String>> matches = new LinkedHashMap<>();
        results.matches().forEach((id, terms) -> {
            if (posts.containsKey(id)) {
                matches.put(id, terms);
            }
        });
        return PostSearchResults.builder().from(results).order(order).posts(posts).matches(matches).build();
    }

    private static LocalDate day(PostSearch search, java.time.Instant t) {
        return LocalDate.ofInstant(t, search.timeZoneOffset());
    }

    private static void append(StringBuilder terms, String flag) {
        if (terms.length() > 0) {
            terms.append(' ');
        }
        terms.append(flag);
    }
}
