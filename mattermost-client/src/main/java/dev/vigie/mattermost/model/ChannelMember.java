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

    String channelId();

    String userId();

    /** Space-separated roles, e.g. {@code channel_user}. */
    @Value.Default
    default String roles() {
        return "";
    }

    @Value.Default
    default long msgCount() {
        return 0;
    }

    @Value.Default
    default long mentionCount() {
        return 0;
    }

    /** Notification settings, all strings (e.g. {@code ignore_channel_mentions}). */
    Map<String, String> notifyProps();

    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ChannelMember}. */
    final class Builder extends ImmutableChannelMember.Builder {}
}
