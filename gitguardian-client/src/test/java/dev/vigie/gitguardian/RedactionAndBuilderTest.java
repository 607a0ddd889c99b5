package dev.vigie.gitguardian;

import static dev.vigie.gitguardian.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigie.gitguardian.TestClients.RecordingSleeper;
import dev.vigie.incident.http.RetryPolicy;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** The key appears in no toString and no exception; the builder validates and reads the environment. */
class RedactionAndBuilderTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @Test
    void theKeyIsInNoToString() {
        GitGuardianClient.Builder builder = TestClients.builder(server, new RecordingSleeper());
        assertThat(builder.toString()).doesNotContain(TestClients.KEY).contains("****");
        assertThat(builder.build().toString()).doesNotContain(TestClients.KEY).contains("****");
    }

    @Test
    void theKeyIsInNoExceptionEvenWhenTheServerEchoesIt() {
        GitGuardianClient client = TestClients.builder(server, new RecordingSleeper())
                .retryPolicy(RetryPolicy.none()).build();
        String echo = "{\"detail\": \"bad token " + TestClients.KEY + "\"}";
        List<Throwable> thrown = new ArrayList<>();
        for (int code : new int[] {400, 401, 403, 404, 429, 500, 503, 409}) {
            server.enqueue(json(code, echo));
            thrown.add(catchAny(client::health));
        }
        server.enqueue(new MockResponse.Builder().code(401).addHeader("Content-Type", "text/html")
                .body("<p>Token " + TestClients.KEY + "</p>").build());
        thrown.add(catchAny(client::health));
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "text/html")
                .body("<p>Token " + TestClients.KEY + "</p>").build());
        thrown.add(catchAny(client::health));
        server.enqueue(json("{\"detail\": " + TestClients.KEY + "}"));
        thrown.add(catchAny(client::health));
        thrown.add(catchAny(() -> GitGuardianClient.builder().apiKey(TestClients.KEY + "\u00e9").build()));

        assertThat(thrown).hasSize(12).allSatisfy(t -> {
            assertThat(t).isNotNull();
            StringWriter trace = new StringWriter();
            t.printStackTrace(new PrintWriter(trace));
            assertThat(trace.toString()).doesNotContain(TestClients.KEY);
            assertThat(String.valueOf(t)).doesNotContain(TestClients.KEY);
        });
    }

    private static Throwable catchAny(Runnable call) {
        try {
            call.run();
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    @Test
    void theKeyIsTrimmedAndAnEmptyOneRejected() throws Exception {
        server.enqueue(Fixtures.response("test_health_check.yaml", 0));
        TestClients.client(server).health();
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Token " + TestClients.KEY);
        assertThatThrownBy(() -> GitGuardianClient.builder().apiKey(" \n\t")).hasMessageContaining("empty");
        assertThatThrownBy(() -> GitGuardianClient.builder().build()).hasMessageContaining("No GitGuardian API key");
    }

    @Test
    void fromEnvReadsTheKeyAndUrlVariables() {
        GitGuardianClient viaApiUrl = GitGuardianClient.builder().fromEnv(Map.of("GITGUARDIAN_API_KEY", " k-123 \n",
                "GITGUARDIAN_API_URL", "https://api.eu1.gitguardian.com/v1/",
                "GITGUARDIAN_INSTANCE", "https://dashboard.gitguardian.com")).build();
        assertThat(viaApiUrl.apiUrl()).hasToString("https://api.eu1.gitguardian.com");
        GitGuardianClient viaInstance = GitGuardianClient.builder().fromEnv(Map.of("GITGUARDIAN_API_KEY", "k-123",
                "GITGUARDIAN_INSTANCE", "https://gg.example.org")).build();
        assertThat(viaInstance.apiUrl()).hasToString("https://gg.example.org/exposed");
        GitGuardianClient byDefault = GitGuardianClient.builder().fromEnv(Map.of("GITGUARDIAN_API_KEY", "k")).build();
        assertThat(byDefault.apiUrl()).hasToString("https://api.gitguardian.com");
        assertThatThrownBy(() -> GitGuardianClient.builder().fromEnv(Map.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("GITGUARDIAN_API_KEY");
    }

    @Test
    void aSharedOkHttpClientIsDerivedNotReconfigured() throws Exception {
        OkHttpClient shared = new OkHttpClient.Builder().retryOnConnectionFailure(true)
                .readTimeout(Duration.ofSeconds(3)).build();
        server.enqueue(Fixtures.response("test_health_check.yaml", 0));
        GitGuardianClient client = TestClients.builder(server, new RecordingSleeper()).httpClient(shared)
                .connectTimeout(Duration.ofSeconds(2)).build();
        assertThat(client.health()).isEqualTo("Valid API key.");
        assertThat(shared.retryOnConnectionFailure()).as("the shared client is left as it was").isTrue();
    }
}
