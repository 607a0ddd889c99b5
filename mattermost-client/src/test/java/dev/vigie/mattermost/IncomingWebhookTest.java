package dev.vigie.mattermost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigie.mattermost.errors.ForbiddenException;
import dev.vigie.mattermost.errors.ServerException;
import dev.vigie.mattermost.internal.Json;
import dev.vigie.mattermost.model.WebhookMessage;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IncomingWebhookTest {

    private static final String HOOK_ID = "xq8dbk4ffpbw7jsn7cwwk3ydhw";

    private final MockWebServer server = new MockWebServer();
    private final TestSupport support = new TestSupport();
    private IncomingWebhook hook;

    @BeforeEach
    void start() throws Exception {
        server.start();
        hook = IncomingWebhook.builder().url(server.url("/hooks/" + HOOK_ID).toString())
                .sleeper(support.sleeps::add).clock(support.clock).build();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void postsTheDocumentedBodyWithoutAuthorization() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "text/plain").body("ok").build());
        hook.send(WebhookMessage.builder().text("Possible secret leak in `example-repo` (INC2024-0042)")
                .channel("notify-test-channel").username("leak-bot").iconUrl("https://example.invalid/icon.png")
                .putProps("leak_incident_id", "inc2024-0042").build());
        RecordedRequest r = server.takeRequest();
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getTarget()).isEqualTo("/hooks/" + HOOK_ID);
        assertThat(r.getHeaders().get("Authorization")).isNull();
        var expected = (com.fasterxml.jackson.databind.node.ObjectNode) Json.mapper()
                .readTree(Fixtures.read("constructed_incoming_webhook_request.json"));
        expected.remove("attachments");
        assertThat(Json.mapper().readTree(r.getBody().utf8())).isEqualTo(expected);
    }

    @Test
    void theUrlIsACredentialAndNeverShown() {
        server.enqueue(Fixtures.fixture(403, "app_error_403_webhook_channel_locked.json"));
        assertThatThrownBy(() -> hook.send("hello")).isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("/hooks/****").hasMessageNotContaining(HOOK_ID);
        assertThat(hook.toString()).doesNotContain(HOOK_ID);
        assertThatThrownBy(() -> IncomingWebhook.builder().url("http://chat.example.org/hooks/" + HOOK_ID).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining(HOOK_ID);
        assertThatThrownBy(() -> IncomingWebhook.builder().url("https://chat.example.org/api/v4/posts").build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSendIsNotRetriedAfterA5xx() {
        server.enqueue(new MockResponse.Builder().code(502).body("<html>bad gateway</html>").build());
        assertThatThrownBy(() -> hook.send("hello")).isInstanceOf(ServerException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(support.sleeps).isEmpty();
    }
}
