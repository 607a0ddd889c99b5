package dev.vigie.incident.port;

import org.immutables.value.Value;

/** A chat channel as the workflows see it. */
@Value.Immutable
public interface ChatChannel {

    /** The chat's own id for the channel. */
    String id();

    /** The team or space the channel belongs to ({@code ""} for direct conversations). */
    String team();

    /** The channel's name as people type it ({@code domaine-secu}). */
    String name();

    ChannelVisibility visibility();

    static Builder builder() {
        return new Builder();
    }

    final class Builder extends ImmutableChatChannel.Builder {}
}
