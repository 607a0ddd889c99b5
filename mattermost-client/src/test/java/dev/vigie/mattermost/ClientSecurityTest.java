package dev.vigie.mattermost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

/** https rule, token hygiene, environment configuration. */
class ClientSecurityTest {

    @Test
    void plainHttpIsRefusedExceptForLoopback() {
        assertThatThrownBy(() -> MattermostClient.builder().siteUrl("http://chat.example.org").token("t0ken").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("https");
        assertThat(MattermostClient.builder().siteUrl("http://localhost:8065/").token("t0ken").build()).isNotNull();
        assertThat(MattermostClient.builder().siteUrl("http://127.0.0.1:8065").token("t0ken").build()).isNotNull();
        assertThat(MattermostClient.builder().siteUrl("https://chat.example.org").token("t0ken").build()).isNotNull();
        assertThatThrownBy(() -> MattermostClient.builder().siteUrl("ftp://chat.example.org").token("t").build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void missingOrMalformedTokenIsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> MattermostClient.builder().siteUrl("https://chat.example.org").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MATTERMOST_TOKEN");
        assertThatThrownBy(() -> MattermostClient.builder().siteUrl("https://chat.example.org")
                .token("secret part\r\nX-Evil: 1").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("secret part");
    }

    @Test
    void tokenNeverInToStringOrLogs() throws Exception {
        Logger logger = Logger.getLogger("dev.vigie.mattermost");
        StringBuilder logged = new StringBuilder();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.append(record.getMessage()).append(java.util.Arrays.toString(record.getParameters()));
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Level previous = logger.getLevel();
        logger.setLevel(Level.ALL);
        logger.addHandler(capture);
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            TestSupport support = new TestSupport();
            MattermostClient client = support.client(server);
            server.enqueue(new MockResponse.Builder().code(503).body("down").build());
            server.enqueue(Fixtures.fixture(200, "user_me_bot.json"));
            client.getMe();
            assertThat(client.toString()).doesNotContain(TestSupport.TOKEN).contains("****");
            assertThat(MattermostClient.builder().token(TestSupport.TOKEN).toString())
                    .doesNotContain(TestSupport.TOKEN);
            assertThat(logged.toString()).contains("/api/v4/users/me").doesNotContain(TestSupport.TOKEN);
        } finally {
            logger.removeHandler(capture);
            logger.setLevel(previous);
        }
    }

    @Test
    void fromEnvReadsUrlAndToken() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            MattermostClient client = MattermostClient.builder()
                    .fromEnv(Map.of("MATTERMOST_URL", server.url("/").toString(), "MATTERMOST_TOKEN", " env-token "))
                    .build();
            server.enqueue(Fixtures.fixture(200, "user_me_bot.json"));
            client.getMe();
            assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer env-token");
        }
        assertThatThrownBy(() -> MattermostClient.builder().fromEnv(Map.of()).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MATTERMOST_URL");
    }

    @Test
    void proxySettingsAreAccepted() {
        MattermostClient client = MattermostClient.builder().siteUrl("https://chat.example.org").token("t0ken")
                .proxy(new java.net.Proxy(java.net.Proxy.Type.HTTP, new java.net.InetSocketAddress("proxy", 3128)))
                .proxyAuthenticator((route, response) -> null)
                .connectTimeout(java.time.Duration.ofSeconds(1)).readTimeout(java.time.Duration.ofSeconds(2))
                .callTimeout(java.time.Duration.ofSeconds(3)).userAgent("ua").build();
        assertThat(client.toString()).isEqualTo("MattermostClient[https://chat.example.org/, token=****]");
    }
}
