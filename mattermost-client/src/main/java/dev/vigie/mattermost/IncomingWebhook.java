package dev.vigie.mattermost;

import dev.vigie.mattermost.internal.Api;
import dev.vigie.mattermost.internal.HttpClients;
import dev.vigie.mattermost.internal.HttpSettings;
import dev.vigie.mattermost.internal.RetryMode;
import dev.vigie.mattermost.model.WebhookMessage;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;

/**
 * Posts through a Mattermost incoming webhook ({@code POST {site}/hooks/{id}}): notify-only, for teams that allow
 * only webhooks. No post id comes back, so no threads, no journal of post ids, no reads. The webhook URL is a
 * credential: it never appears in {@link #toString()}, logs or exceptions (shown as {@code /hooks/****}).
 * Not idempotent: a send is retried only when the request never left, or after a 429.
 */
public final class IncomingWebhook {

    private static final String DISPLAY_PATH = "/hooks/****";

    private final HttpUrl url;
    private final String userAgent;
    private final dev.vigie.mattermost.internal.Transport transport;

    private IncomingWebhook(HttpUrl url, String userAgent, dev.vigie.mattermost.internal.Transport transport) {
        this.url = url;
        this.userAgent = userAgent;
        this.transport = transport;
    }

    /** A builder; {@link Builder#url} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Sends a message.
     *
     * @throws dev.vigie.mattermost.errors.MessageTooLongException before sending, for more than 16,383 code points
     * @throws dev.vigie.mattermost.errors.ForbiddenException when the hook is locked to another channel
     * @throws dev.vigie.mattermost.errors.MattermostException for other failures
     */
    public void send(WebhookMessage message) {
        MattermostText.requireFits(message.text());
        Request request = new Request.Builder().url(url).header("User-Agent", userAgent)
                .post(Api.jsonBody(message)).build();
        transport.send(request, RetryMode.UNSAFE, DISPLAY_PATH);
    }

    /** Sends a text-only message to the hook's channel. */
    public void send(String text) {
        send(WebhookMessage.builder().text(text).build());
    }

    /** Never the webhook URL. */
    @Override
    public String toString() {
        return "IncomingWebhook[" + url.scheme() + "://" + url.host() + DISPLAY_PATH + "]";
    }

    /** Configures an {@link IncomingWebhook}; HTTP settings and defaults as {@link HttpSettings}. */
    public static final class Builder extends HttpSettings<Builder> {
        private @Nullable String url;

        private Builder() {}

        @Override
        protected Builder self() {
            return this;
        }

        /** The full webhook URL ({@code https://chat.example.org/hooks/xxx}); https unless loopback. */
        public Builder url(String url) {
            this.url = url;
            return this;
        }

        /**
         * Builds the sender.
         *
         * @throws IllegalArgumentException when the URL is missing, not https (except loopback) or not a
         *     {@code /hooks/{id}} URL; the message never shows the hook id
         */
        public IncomingWebhook build() {
            HttpUrl parsed = HttpClients.siteUrl(url, "Mattermost webhook URL");
            List<String> segments = parsed.pathSegments();
            if (segments.size() < 2 || !segments.get(segments.size() - 2).equals("hooks")
                    || !segments.get(segments.size() - 1).matches("[A-Za-z0-9]+")) {
                throw new IllegalArgumentException("Mattermost webhook URL must end with /hooks/<id>");
            }
            String hookId = segments.get(segments.size() - 1);
            return new IncomingWebhook(parsed, userAgentValue(), transport(parsed, hookId, parsed.toString()));
        }

        @Override
        public String toString() {
            return "IncomingWebhook.Builder[url=" + (url == null ? "unset" : "****") + "]";
        }
    }
}
