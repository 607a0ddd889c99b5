package dev.vigie.gitguardian;

import static dev.vigie.gitguardian.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.vigie.gitguardian.TestClients.RecordingSleeper;
import dev.vigie.gitguardian.errors.BadRequestException;
import dev.vigie.gitguardian.errors.ForbiddenException;
import dev.vigie.gitguardian.errors.GitGuardianApiException;
import dev.vigie.gitguardian.errors.GitGuardianDecodeException;
import dev.vigie.gitguardian.errors.GitGuardianIoException;
import dev.vigie.gitguardian.errors.NotFoundException;
import dev.vigie.gitguardian.errors.RateLimitException;
import dev.vigie.gitguardian.errors.ServerException;
import dev.vigie.gitguardian.errors.UnauthorizedException;
import dev.vigie.gitguardian.errors.UnexpectedStatusException;
import dev.vigie.incident.http.RetryPolicy;
import java.time.Duration;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Status → exception mapping, retries and their bounds, non-JSON bodies. No test sleeps. */
class ErrorsAndRetriesTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final RecordingSleeper sleeper = new RecordingSleeper();

    private GitGuardianClient client() {
        return TestClients.client(server, sleeper);
    }

    @Test
    void unauthorizedSaysWhatToDoAndIsNotRetried() {
        server.enqueue(Fixtures.response("test_content_not_ok.yaml", 0));
        UnauthorizedException e = catchThrowableOfType(UnauthorizedException.class, () -> client().health());
        assertThat(e.statusCode()).isEqualTo(401);
        assertThat(e.detail()).isEqualTo("Invalid API key.");
        assertThat(e.method()).isEqualTo("GET");
        assertThat(e.path()).isEqualTo("/v1/health");
        assertThat(e.getMessage()).isEqualTo("GitGuardian rejected the API key (401 Invalid API key.) on GET "
                + "/v1/health. Check the key or create a new token with scopes incidents:read, sources:read.");
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(sleeper.delays).isEmpty();
    }

    @Test
    void forbiddenNamesTheMissingScope() {
        server.enqueue(json(403, "{\"detail\": \"You do not have permission to perform this action.\"}"));
        ForbiddenException e = catchThrowableOfType(ForbiddenException.class,
                () -> client().shareIncident(5, ShareOptions.withFeedback()));
        assertThat(e.missingScope()).contains("incidents:share");
        assertThat(e.getMessage()).contains("incidents:share").contains("POST /v1/incidents/secrets/5/share");
        server.enqueue(json(403, "{\"detail\": \"denied\"}"));
        assertThat(catchThrowableOfType(ForbiddenException.class,
                () -> client().listSourcesPage(ListSourcesParams.all(), Optional.empty())).missingScope())
                .contains("sources:read");
    }

    @Test
    void notFoundCarriesTheDetailAndTheRequestIdButNoQueryString() {
        server.enqueue(new MockResponse.Builder(Fixtures.response("test_get_public_incident_unknown_id.yaml", 0))
                .addHeader("X-Request-ID", "req-123").build());
        NotFoundException e = catchThrowableOfType(NotFoundException.class, () -> client().getIncident(999999999, 5));
        assertThat(e.detail()).isEqualTo("Not found.");
        assertThat(e.requestId()).contains("req-123");
        assertThat(e.path()).isEqualTo("/v1/incidents/secrets/999999999");
        assertThat(e.getMessage()).doesNotContain("with_occurrences").contains("req-123");
    }

    @Test
    void badRequestAndOtherStatuses() {
        server.enqueue(json(400, "{\"error\": \"per_page: bad\"}"));
        assertThat(catchThrowableOfType(BadRequestException.class, () -> client().health()).detail())
                .isEqualTo("per_page: bad");
        server.enqueue(json(422, "{}"));
        assertThat(catchThrowableOfType(BadRequestException.class, () -> client().health()).statusCode())
                .isEqualTo(422);
        server.enqueue(json(409, "{\"detail\": \"conflict\"}"));
        assertThatThrownBy(() -> client().health()).isInstanceOf(UnexpectedStatusException.class);
    }

    @Test
    void retries429HonouringRetryAfterSecondsThenSucceeds() {
        server.enqueue(json(429, "{\"detail\": \"Request was throttled.\"}").newBuilder()
                .addHeader("Retry-After", "1").build());
        server.enqueue(Fixtures.response("test_health_check.yaml", 0));
        assertThat(client().health()).isEqualTo("Valid API key.");
        assertThat(sleeper.delays).containsExactly(Duration.ofSeconds(1));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void retryAfterAsHttpDateIsMeasuredAgainstTheResponseDate() {
        // The local clock (2026-06-23T10:00Z) is hours off: only the server's Date header counts.
        server.enqueue(json(429, "{}").newBuilder()
                .addHeader("Date", "Wed, 21 Oct 2026 07:28:00 GMT")
                .addHeader("Retry-After", "Wed, 21 Oct 2026 07:28:05 GMT").build());
        server.enqueue(Fixtures.response("test_health_check.yaml", 0));
        client().health();
        assertThat(sleeper.delays).containsExactly(Duration.ofSeconds(5));
    }

    @Test
    void retryAfterAsHttpDateWithoutADateHeaderUsesTheInjectedClock() {
        // TestClients' clock reads 2026-06-23T10:00:00Z.
        server.enqueue(json(503, "{}").newBuilder().addHeader("Retry-After", "Tue, 23 Jun 2026 10:00:07 GMT").build());
        server.enqueue(Fixtures.response("test_health_check.yaml", 0));
        client().health();
        assertThat(sleeper.delays).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void retriesAreLoggedWithMethodPathAndStatusButNoHeaders() {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(
                "dev.vigie.gitguardian.internal.HttpTransport");
        java.util.List<java.util.logging.LogRecord> records = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        java.util.logging.Level before = logger.getLevel();
        logger.setLevel(java.util.logging.Level.ALL);
        logger.addHandler(handler);
        try {
            server.enqueue(json(429, "{}").newBuilder().addHeader("Retry-After", "1").build());
            server.enqueue(json(502, "{}"));
            server.enqueue(Fixtures.response("test_health_check.yaml", 0));
            client().health();
        } finally {
            logger.removeHandler(handler);
            logger.setLevel(before);
        }
        assertThat(records).hasSize(2);
        assertThat(records.get(0).getLevel()).isEqualTo(java.util.logging.Level.WARNING);
        assertThat(records.get(0).getMessage()).contains("GET /v1/health returned 429");
        assertThat(records.get(1).getLevel()).isEqualTo(java.util.logging.Level.FINE);
        assertThat(records.get(1).getMessage()).contains("GET /v1/health returned 502");
        assertThat(records).allSatisfy(r -> assertThat(r.getMessage()).doesNotContain(TestClients.KEY)
                .doesNotContain("Authorization"));
    }

    @Test
    void aRetryAfterBeyondTheTotalWaitCapFailsAtOnceWithTheAdvisedDelay() {
        server.enqueue(json(429, "{\"detail\": \"throttled\"}").newBuilder().addHeader("Retry-After", "120").build());
        RateLimitException e = catchThrowableOfType(RateLimitException.class, () -> client().health());
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
        assertThat(e.getMessage()).contains("120 s");
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(sleeper.delays).isEmpty();
    }

    @Test
    void rateLimitRetriesAreBoundedByTheTotalWait() {
        for (int i = 0; i < 5; i++) {
            server.enqueue(json(429, "{}").newBuilder().addHeader("Retry-After", "25").build());
        }
        assertThatThrownBy(() -> client().health()).isInstanceOf(RateLimitException.class);
        // 25 + 25 = 50 s fits in the 60 s cap, a third 25 s would not.
        assertThat(sleeper.delays).containsExactly(Duration.ofSeconds(25), Duration.ofSeconds(25));
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void serverErrorsAreRetriedWithJitteredExponentialBackoffThenFail() {
        for (int i = 0; i < 5; i++) {
            server.enqueue(json(503, "{\"detail\": \"maintenance\"}"));
        }
        ServerException e = catchThrowableOfType(ServerException.class,
                () -> client().listIncidentsPage(ListIncidentsParams.all(), Optional.empty()));
        assertThat(e.statusCode()).isEqualTo(503);
        assertThat(e.getMessage()).contains("retry later");
        assertThat(server.getRequestCount()).as("1 attempt + 3 retries").isEqualTo(4);
        assertThat(sleeper.delays).hasSize(3);
        assertThat(sleeper.delays.get(0).toMillis()).isBetween(375L, 500L);
        assertThat(sleeper.delays.get(1).toMillis()).isBetween(750L, 1000L);
        assertThat(sleeper.delays.get(2).toMillis()).isBetween(1500L, 2000L);
    }

    @Test
    void eachRetryableStatusIsRetriedOnGet() {
        for (int code : new int[] {408, 500, 502, 504}) {
            server.enqueue(json(code, "{}"));
        }
        server.enqueue(Fixtures.response("test_health_check.yaml", 0));
        GitGuardianClient client = TestClients.builder(server, sleeper)
                .retryPolicy(RetryPolicy.builder().maxRetries(4).build()).build();
        assertThat(client.health()).isEqualTo("Valid API key.");
        assertThat(server.getRequestCount()).isEqualTo(5);
    }

    @Test
    void nonIdempotentPostsAreNotRetriedOn503ButAreOn429() {
        server.enqueue(json(503, "{}"));
        assertThatThrownBy(() -> client().createNote(3, "note")).isInstanceOf(ServerException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
        server.enqueue(json(502, "{}"));
        assertThatThrownBy(() -> client().shareIncident(3, ShareOptions.withFeedback()))
                .isInstanceOf(ServerException.class);
        assertThat(server.getRequestCount()).isEqualTo(2);
        server.enqueue(json(429, "{}").newBuilder().addHeader("Retry-After", "2").build());
        server.enqueue(json(201, "{\"id\": 1, \"comment\": \"note\"}"));
        assertThat(client().createNote(3, "note").id()).isEqualTo(1);
        assertThat(server.getRequestCount()).isEqualTo(4);
        assertThat(sleeper.delays).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void idempotentPostsAreRetriedOn503() {
        server.enqueue(json(503, "{}"));
        server.enqueue(json("{\"id\": 7, \"detector\": {\"name\": \"x\"}, \"date\": \"2026-01-01T00:00:00Z\"}"));
        assertThat(client().assignIncident(7, "a@example.org").id()).isEqualTo(7);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aBrokenConnectionAfterSendingIsRetriedForGetButNotForANotePost() {
        MockResponse drop = new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
                .build();
        server.enqueue(drop);
        server.enqueue(Fixtures.response("test_health_check.yaml", 0));
        assertThat(client().health()).isEqualTo("Valid API key.");
        assertThat(server.getRequestCount()).isEqualTo(2);

        server.enqueue(drop);
        assertThatThrownBy(() -> client().createNote(1, "x")).isInstanceOf(GitGuardianIoException.class)
                .hasMessageContaining("POST /v1/incidents/secrets/1/notes");
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void connectionRefusedIsRetriedEvenForAPostThenFails() throws Exception {
        MockWebServer closed = new MockWebServer();
        closed.start();
        GitGuardianClient client = TestClients.client(closed, sleeper);
        closed.close();
        assertThatThrownBy(() -> client.createNote(1, "x"))
                .isInstanceOf(GitGuardianIoException.class)
                .hasMessageContaining("Could not reach GitGuardian for POST /v1/incidents/secrets/1/notes");
        assertThat(sleeper.delays).hasSize(3);
    }

    @Test
    void malformedJsonOn200IsADecodeError() {
        server.enqueue(json("[{\"id\": 1, \"detector\": "));
        assertThatThrownBy(() -> client().listIncidentsPage(ListIncidentsParams.all(), Optional.empty()))
                .isInstanceOf(GitGuardianDecodeException.class)
                .hasMessageContaining("GET /v1/incidents/secrets")
                .hasMessageContaining("line 1");
        server.enqueue(json("{\"id\": \"not a number\", \"detector\": {\"name\": \"x\"}, \"date\": \"2026-01-01T00:00:00Z\"}"));
        assertThatThrownBy(() -> client().getIncident(1, 0)).isInstanceOf(GitGuardianDecodeException.class);
        server.enqueue(json("[null]"));
        assertThatThrownBy(() -> client().listIncidentsPage(ListIncidentsParams.all(), Optional.empty()))
                .isInstanceOf(GitGuardianDecodeException.class).hasMessageContaining("null element");
    }

    @Test
    void anHtmlPageAnswering200IsAnErrorNotAnEmptyList() {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "text/html; charset=utf-8")
                .body("<html><head><title>Corporate proxy login</title></head><body>Sign in</body></html>").build());
        assertThatThrownBy(() -> client().listIncidentsPage(ListIncidentsParams.all(), Optional.empty()))
                .isInstanceOf(GitGuardianDecodeException.class)
                .hasMessageContaining("non-JSON body (text/html)")
                .hasMessageContaining("Corporate proxy login")
                .hasMessageContaining("proxy");
    }

    @Test
    void anHtmlErrorPageStillGivesAClearMessage() {
        GitGuardianClient client = TestClients.builder(server, sleeper).retryPolicy(RetryPolicy.none()).build();
        server.enqueue(new MockResponse.Builder().code(502).addHeader("Content-Type", "text/html")
                .addHeader("CF-RAY", "8a1b2c3d4e-CDG")
                .body("<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>")
                .build());
        ServerException e = catchThrowableOfType(ServerException.class, client::health);
        assertThat(e.detail()).startsWith("non-JSON body (text/html): 502 Bad Gateway");
        assertThat(e.requestId()).contains("8a1b2c3d4e-CDG");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void everyApiExceptionIsAGitGuardianException() {
        server.enqueue(json(500, "{}"));
        GitGuardianClient client = TestClients.builder(server, sleeper).retryPolicy(RetryPolicy.none()).build();
        assertThatThrownBy(client::health).isInstanceOf(GitGuardianApiException.class)
                .isInstanceOf(dev.vigie.gitguardian.errors.GitGuardianException.class);
    }
}
