package dev.vigie.mattermost.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of an incoming-webhook call ({@code POST {site}/hooks/{id}}). {@code username} and {@code icon_url} are
 * honoured only when the server allows overrides.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableWebhookMessage.class)
@JsonDeserialize(as = ImmutableWebhookMessage.class)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public interface WebhookMessage {

    /** Markdown; at most 16,383 code points. */
    String text();

    /** A channel name (or {@code @username}) other than the hook's default. */
    Optional<String> channel();

    /** The {@code username} field. Empty when absent. */
    Optional<String> username();

    /** The {@code icon_url} field. Empty when absent. */
    Optional<String> iconUrl();

    /** The {@code props} field. Empty when absent. */
    Map<String, Object> props();

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link WebhookMessage}. */
    final class Builder extends ImmutableWebhookMessage.Builder {}
}
