package dev.vigie.mattermost.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@code POST /api/v4/posts}. Leave {@link #pendingPostId()} empty to let the client generate one per
 * call; set it to reuse one dedupe key across calls for the same logical message.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCreatePost.class)
@JsonDeserialize(as = ImmutableCreatePost.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface CreatePost {

    /** The {@code channel_id} field. */
    String channelId();

    /** Markdown; at most 16,383 code points. */
    String message();

    /** The thread root to reply to (a root post in the same channel). */
    Optional<String> rootId();

    /** Free-form properties stored with the post (e.g. Vigie's marker). */
    Map<String, Object> props();

    /** The server-side dedupe key (30 s window); a 26-character id form. */
    Optional<String> pendingPostId();

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CreatePost}. */
    final class Builder extends ImmutableCreatePost.Builder {}
}
