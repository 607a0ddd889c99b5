package dev.vigie.gitguardian;

import static org.assertj.core.api.Assertions.assertThat;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.Credentials;
import org.junit.jupiter.api.Test;

/** Calls go through a configured proxy, which may ask for credentials (corporate networks). */
class ProxyTest {

    @StartStop
    private final MockWebServer proxy = new MockWebServer();

    @Test
    void authenticatesToTheProxyAndSendsTheKeyOnlyToTheApi() throws Exception {
        proxy.enqueue(new MockResponse.Builder().code(407).addHeader("Proxy-Authenticate", "Basic realm=\"corp\"")
                .build());
        proxy.enqueue(Fixtures.response("test_health_check.yaml", 0));
        GitGuardianClient client = GitGuardianClient.builder()
                .baseUrl("http://localhost:9/")
                .apiKey(TestClients.KEY)
                .proxy(proxy.getProxyAddress())
                .proxyAuthenticator((route, response) -> response.request().newBuilder()
                        .header("Proxy-Authorization", Credentials.basic("me", "pw")).build())
                .build();

        assertThat(client.health()).isEqualTo("Valid API key.");
        RecordedRequest first = proxy.takeRequest();
        RecordedRequest second = proxy.takeRequest();
        assertThat(first.getRequestLine()).isEqualTo("GET http://localhost:9/exposed/v1/health HTTP/1.1");
        assertThat(first.getHeaders().get("Proxy-Authorization")).isNull();
        assertThat(second.getHeaders().get("Proxy-Authorization")).isEqualTo(Credentials.basic("me", "pw"));
        assertThat(second.getHeaders().get("Authorization")).isEqualTo("Token " + TestClients.KEY);
    }
}
