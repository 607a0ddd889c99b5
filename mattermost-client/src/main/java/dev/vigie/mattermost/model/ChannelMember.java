package dev.vigie.mattermost.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import org.immutables.value.Value;

/** A user's membership of a channel, as returned when joining. */
@Value.Immutable
@JsonSerialize(as = ImmutableChannelMember.class)
@JsonDeserialize(as = ImmutableChannelMember.class)
public interface ChannelMember {

    /** The {@code channel_id} field. */
    String channelId();

    /** The {@code user_id} field. */
    String userId();

    /** Space-separated roles, e.g. {@code channel_user}. */
    @Value.Default
    default String roles() {
        return "";
    }

    /** The {@code msg_count} field. {@code 0} when absent. */
    @Value.Default
    default long msgCount() {
        return 0;
    }

    /** The {@code mention_count} field. {@code 0} when absent. */
    @Value.Default
    default long mentionCount() {
        return 0;
    }

    /** Notification settings, all strings (e.g. {@code ignore_channel_mentions}). */
    Map<String, String> notifyProps();

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ChannelMember}. */
    final class Builder extends ImmutableChannelMember.Builder {}
}
