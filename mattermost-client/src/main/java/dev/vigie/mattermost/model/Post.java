package dev.vigie.mattermost.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A post (message) as the server stores it. Timestamps are epoch milliseconds. */
@Value.Immutable
@JsonSerialize(as = ImmutablePost.class)
@JsonDeserialize(as = ImmutablePost.class)
public interface Post {

    /** {@code ""}: an ordinary post. */
    String TYPE_NORMAL = "";
    /** A post carrying message attachments. */
    String TYPE_SLACK_ATTACHMENT = "slack_attachment";
    /** Prefix of the server-generated types (joins, header changes…), which clients cannot create. */
    String TYPE_SYSTEM_PREFIX = "system_";

    /** The 26-character post id. */
    String id();

    /** The {@code create_at} field. {@code 0} when absent. */
    @Value.Default
    default long createAt() {
        return 0;
    }

    /** The {@code update_at} field. {@code 0} when absent. */
    @Value.Default
    default long updateAt() {
        return 0;
    }

    /** {@code 0} unless edited. */
    @Value.Default
    default long editAt() {
        return 0;
    }

    /** {@code > 0} for a deleted post. */
    @Value.Default
    default long deleteAt() {
        return 0;
    }

    /** The {@code user_id} field. {@code ""} when absent. */
    @Value.Default
    default String userId() {
        return "";
    }

    /** The {@code channel_id} field. {@code ""} when absent. */
    @Value.Default
    default String channelId() {
        return "";
    }

    /** {@code ""} for a root post; the thread root's id for a reply. */
    @Value.Default
    default String rootId() {
        return "";
    }

    /** Markdown text. */
    @Value.Default
    default String message() {
        return "";
    }

    /** {@code ""} for a normal post, else e.g. {@code slack_attachment} or a {@code system_*} type; kept as sent. */
    @Value.Default
    default String type() {
        return TYPE_NORMAL;
    }

    /** Free-form properties; values are often strings ({@code "from_bot":"true"}). {@code null} values are dropped. */
    Map<String, Object> props();

    /** Space-separated hashtags the server parsed from {@link #message()}. */
    @Value.Default
    default String hashtags() {
        return "";
    }

    /** The {@code file_ids} field. Empty when absent. */
    List<String> fileIds();

    /** The {@code reply_count} field. {@code 0} when absent. */
    @Value.Default
    default long replyCount() {
        return 0;
    }

    /** The creation time as an instant. */
    default Instant createdAt() {
        return Instant.ofEpochMilli(createAt());
    }

    /** Whether the post is deleted. */
    default boolean isDeleted() {
        return deleteAt() > 0;
    }

    /** A string property, when present and a string. */
    default Optional<String> stringProp(String key) {
        Object value = props().get(key);
        return value instanceof String s ? Optional.of(s) : Optional.empty();
    }

    /** The id to use as {@code root_id} to reply in this post's thread: its root, or itself for a root post. */
    default String threadRootId() {
        return rootId().isEmpty() ? id() : rootId();
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Post}. */
    final class Builder extends ImmutablePost.Builder {}
}
