package dev.vigie.mattermost.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** A Mattermost channel: public, private, direct or group. */
@Value.Immutable
@JsonSerialize(as = ImmutableChannel.class)
@JsonDeserialize(as = ImmutableChannel.class)
public interface Channel {

    /** {@code O}: public channel. */
    String TYPE_OPEN = "O";
    /** {@code P}: private channel. */
    String TYPE_PRIVATE = "P";
    /** {@code D}: direct conversation between two users. */
    String TYPE_DIRECT = "D";
    /** {@code G}: group conversation. */
    String TYPE_GROUP = "G";

    /** The 26-character channel id. */
    String id();

    /** {@code ""} for direct and group channels. */
    @Value.Default
    default String teamId() {
        return "";
    }

    /** One of the {@code TYPE_*} constants, or a value a newer server added; kept as sent. */
    @Value.Default
    default String type() {
        return "";
    }

    /** The URL name ({@code town-square}). */
    @Value.Default
    default String name() {
        return "";
    }

    /** The {@code display_name} field. {@code ""} when absent. */
    @Value.Default
    default String displayName() {
        return "";
    }

    /** The {@code header} field. {@code ""} when absent. */
    @Value.Default
    default String header() {
        return "";
    }

    /** The {@code purpose} field. {@code ""} when absent. */
    @Value.Default
    default String purpose() {
        return "";
    }

    /** Epoch milliseconds; {@code > 0} for an archived channel. */
    @Value.Default
    default long deleteAt() {
        return 0;
    }

    /** The {@code last_post_at} field. {@code 0} when absent. */
    @Value.Default
    default long lastPostAt() {
        return 0;
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Channel}. */
    final class Builder extends ImmutableChannel.Builder {}
}
