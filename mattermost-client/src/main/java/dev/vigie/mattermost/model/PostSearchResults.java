package dev.vigie.mattermost.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Search results: a {@link PostList} (use {@link #orderedPosts()}, newest first) plus the matched terms per post,
 * which only the Elasticsearch and Bleve engines fill.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePostSearchResults.class)
@JsonDeserialize(as = ImmutablePostSearchResults.class)
public interface PostSearchResults extends PostList {

    /** Post id to matched terms; empty with the database search engine (the server sends {@code null}). */
    Map<String, List<String>> matches();

    /** The matched terms of one post, when the engine reported them. */
    default Optional<List<String>> matchesOf(String postId) {
        return Optional.ofNullable(matches().get(postId));
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds {@link PostSearchResults}. */
    final class Builder extends ImmutablePostSearchResults.Builder {}
}
