package dev.vigie.incident.port;

import java.util.Optional;
import org.immutables.value.Value;

/** A message Vigie is about to post. */
@Value.Immutable
public interface OutgoingMessage {

    /** Markdown text, already escaped where it quotes outside text. */
    String text();

    /** Stored with the message so later runs can recognise it. */
    Marker marker();

    /** Post as a reply in this message's thread. */
    Optional<String> rootId();

    /**
     * A key that is the same for every retry of this one logical message, so that a chat with server-side dedupe
     * (Mattermost's {@code pending_post_id}) never shows it twice.
     */
    String idempotencyKey();

    static Builder builder() {
        return new Builder();
    }

    final class Builder extends ImmutableOutgoingMessage.Builder {}
}
