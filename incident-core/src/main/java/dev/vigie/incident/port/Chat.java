package dev.vigie.incident.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A team chat (Mattermost today, Matrix later): find channels, join them, read them, post in them. Implementations
 * throw their own unchecked exceptions for transport or permission problems.
 */
public interface Chat {

    /** Finds a channel by team and channel name; empty when there is none (or Vigie cannot see it). Read-only. */
    Optional<ChatChannel> channel(String team, String name);

    /** Makes Vigie's account a member of the channel. Idempotent. */
    void join(ChatChannel channel);

    /**
     * Every message posted in the channel at or after {@code since}, oldest first, complete however many there are
     * (implementations page as needed). Read-only.
     */
    List<ChatMessage> messagesSince(ChatChannel channel, Instant since);

    /**
     * Posts a message and returns it as stored. A retry with the same {@link OutgoingMessage#idempotencyKey()} within
     * the chat's dedupe window returns the first post instead of a second one; beyond it, callers rely on the journal
     * and on reading the channel for the marker.
     */
    ChatMessage post(ChatChannel channel, OutgoingMessage message);
}
