package dev.vigie.mattermost;

import static org.assertj.core.api.Assertions.assertThat;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Credentials;
import org.junit.jupiter.api.Test;

/** A per-client proxy with authentication: the 407 challenge is answered, the bearer token still goes through. */
class ProxyTest {

    @Test
    void proxyChallengeIsAnswered() throws Exception {
        try (MockWebServer proxy = new MockWebServer()) {
            proxy.start();
            proxy.enqueue(new MockResponse.Builder().code(407)
                    .addHeader("Proxy-Authenticate", "Basic realm=\"corp\"").build());
            proxy.enqueue(Fixtures.fixture(200, "user_me_bot.json"));
            MattermostClient client = MattermostClient.builder().siteUrl("http://localhost:8065")
                    .token(TestSupport.TOKEN).proxy(proxy.getProxyAddress())
                    .proxyAuthenticator((route, response) -> response.request().newBuilder()
                            .header("Proxy-Authorization", Credentials.basic("ops", "proxy-pass")).build())
                    .build();
            assertThat(client.getMe().username()).isEqualTo("notify");
            RecordedRequest first = proxy.takeRequest();
            RecordedRequest second = proxy.takeRequest();
            assertThat(first.getHeaders().get("Proxy-Authorization")).isNull();
            assertThat(second.getHeaders().get("Proxy-Authorization")).isEqualTo(Credentials.basic("ops", "proxy-pass"));
            assertThat(second.getHeaders().get("Authorization")).isEqualTo("Bearer " + TestSupport.TOKEN);
            assertThat(second.getUrl().toString()).isEqualTo("http://localhost:8065/api/v4/users/me");
        }
    }
}
