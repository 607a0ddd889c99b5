package dev.vigie.incident.port;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A message read from, or just posted to, a chat channel. */
@Value.Immutable
public interface ChatMessage {

    /** The chat's id for the message. */
    String id();

    String channelId();

    /** The message text as stored (Markdown). */
    String text();

    Instant createdAt();

    /** The message this one replies to, when it is in a thread. */
    Optional<String> rootId();

    /** Vigie's marker, when Vigie posted it. */
    Optional<Marker> marker();

    static Builder builder() {
        return new Builder();
    }

    final class Builder extends ImmutableChatMessage.Builder {}
}
