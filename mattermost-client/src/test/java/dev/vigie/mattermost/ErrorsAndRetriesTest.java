package dev.vigie.mattermost;

import static dev.vigie.mattermost.Fixtures.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.vigie.incident.http.RetryPolicy;
import dev.vigie.mattermost.errors.ForbiddenException;
import dev.vigie.mattermost.errors.MattermostApiException;
import dev.vigie.mattermost.errors.MattermostDecodeException;
import dev.vigie.mattermost.errors.MattermostIoException;
import dev.vigie.mattermost.errors.NotFoundException;
import dev.vigie.mattermost.errors.RateLimitException;
import dev.vigie.mattermost.errors.ServerException;
import dev.vigie.mattermost.errors.UnauthorizedException;
import dev.vigie.mattermost.errors.UnexpectedStatusException;
import dev.vigie.mattermost.internal.Json;
import dev.vigie.mattermost.model.AppError;
import dev.vigie.mattermost.model.CreatePost;
import java.time.Duration;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ErrorsAndRetriesTest extends MockServerTest {

    private MattermostClient client;

    @BeforeEach
    void connect() {
        client = support.client(server);
    }

    private static MockResponse rateLimited() {
        // rate_limited_429.http: plain-text body and X-RateLimit-* headers, no Retry-After
        return new MockResponse.Builder().code(429).addHeader("Content-Type", "text/plain; charset=utf-8")
                .addHeader("X-RateLimit-Limit", "10").addHeader("X-RateLimit-Remaining", "0")
                .addHeader("X-RateLimit-Reset", "1").body("limit exceeded").build();
    }

    @Test
    void unauthorizedCarriesTheAppErrorAndNeverTheToken() {
        server.enqueue(new MockResponse.Builder(fixture(401, "app_error_401_login.json"))
                .addHeader("X-Request-ID", "n69gxwj1spyapey6h4mnxshtgc").build());
        UnauthorizedException e = catchThrowableOfType(UnauthorizedException.class, client::getMe);
        assertThat(e.statusCode()).isEqualTo(401);
        assertThat(e.errorId()).isEqualTo("api.user.login.invalid_credentials_email_username");
        assertThat(e.errorMessage()).isEqualTo("Enter a valid email or username and/or password.");
        assertThat(e.requestId()).isEqualTo("n69gxwj1spyapey6h4mnxshtgc");
        assertThat(e.method()).isEqualTo("GET");
        assertThat(e.path()).isEqualTo("/api/v4/users/me");
        assertThat(e.getMessage()).contains("401", "GET /api/v4/users/me", "invalid_credentials")
                .doesNotContain(TestSupport.TOKEN);
        assertThat(support.sleeps).isEmpty();
    }

    @Test
    void forbiddenWithRequestIdFromTheBody() {
        server.enqueue(fixture(403, "app_error_403_webhook_channel_locked.json"));
        ForbiddenException e = catchThrowableOfType(ForbiddenException.class, () -> client.getTeamByName("x"));
        assertThat(e.errorId()).isEqualTo("web.incoming_webhook.channel_locked.app_error");
        assertThat(e.requestId()).isEqualTo("qe3eyht563d1b8xani3g93dgfh");
    }

    @Test
    void notFoundAndUnexpectedStatuses() {
        server.enqueue(Fixtures.json(404, "{\"id\":\"app.channel.get_by_name.missing.app_error\",\"message\":\"m\"}"));
        assertThatThrownBy(() -> client.getChannelByNameForTeamName("t", "c")).isInstanceOf(NotFoundException.class);
        server.enqueue(fixture(501, "app_error_501_not_enabled.json"));
        assertThatThrownBy(client::getMe).isInstanceOf(ServerException.class)
                .hasMessageContaining("not_enabled");
        server.enqueue(Fixtures.json(409, "{}"));
        assertThatThrownBy(client::getMe).isInstanceOf(UnexpectedStatusException.class);
    }

    @Test
    void plainText429ThenSuccessWaitsTheRateLimitReset() {
        server.enqueue(rateLimited());
        server.enqueue(fixture(200, "user_me_bot.json"));
        assertThat(client.getMe().username()).isEqualTo("notify");
        assertThat(support.sleeps).containsExactly(Duration.ofSeconds(1));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void retryAfterWinsOverRateLimitReset() {
        server.enqueue(new MockResponse.Builder(rateLimited()).addHeader("Retry-After", "3").build());
        server.enqueue(fixture(200, "user_me_bot.json"));
        client.getMe();
        assertThat(support.sleeps).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void persistent429BecomesRateLimitExceptionWithTheHint() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(rateLimited());
        }
        RateLimitException e = catchThrowableOfType(RateLimitException.class, client::getMe);
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(1));
        assertThat(e.errorId()).isEqualTo(AppError.NOT_JSON_ID);
        assertThat(e.detailedError()).isEqualTo("limit exceeded");
        assertThat(e.headers()).containsEntry("x-ratelimit-remaining", java.util.List.of("0"));
        assertThat(support.sleeps).hasSize(3);
    }

    @Test
    void retryAfterAsAnHttpDateIsMeasuredAgainstTheServersDate() {
        server.enqueue(new MockResponse.Builder().code(503).addHeader("Date", "Thu, 10 Sep 2015 11:20:28 GMT")
                .addHeader("Retry-After", "Thu, 10 Sep 2015 11:20:33 GMT").addHeader("Set-Cookie", "MMAUTHTOKEN=s")
                .body("").build());
        server.enqueue(fixture(200, "user_me_bot.json"));
        client.getMe();
        assertThat(support.sleeps).containsExactly(Duration.ofSeconds(5));
    }

    @Test
    void sessionCookiesAreNotKeptInExceptions() {
        server.enqueue(new MockResponse.Builder(fixture(401, "app_error_401_login.json"))
                .addHeader("Set-Cookie", "MMAUTHTOKEN=secret-session").build());
        UnauthorizedException e = catchThrowableOfType(UnauthorizedException.class, client::getMe);
        assertThat(e.headers()).doesNotContainKey("set-cookie").containsKey("content-type");
    }

    @Test
    void htmlBadGatewayIsReadAsTruncatedText() {
        String html = "<html>\n<head><title>502 Bad Gateway</title></head>\n<body>\n<center><h1>502 Bad Gateway"
                + "</h1></center>\n<hr><center>nginx</center>\n" + "x".repeat(2000) + "</body>\n</html>";
        MockResponse page = new MockResponse.Builder().code(502).addHeader("Content-Type", "text/html")
                .body(html).build();
        MattermostClient noRetry = support.client(server, RetryPolicy.none());
        server.enqueue(page);
        ServerException e = catchThrowableOfType(ServerException.class, noRetry::getMe);
        assertThat(e.statusCode()).isEqualTo(502);
        assertThat(e.errorId()).isEqualTo(AppError.NOT_JSON_ID);
        assertThat(e.detailedError()).startsWith("<html> <head><title>502 Bad Gateway</title>").contains("more chars");
        assertThat(e.getMessage().length()).isLessThan(600);
    }

    @Test
    void badGatewayOnAReadIsRetriedWithBackoff() {
        server.enqueue(new MockResponse.Builder().code(502).body("<html>bad gateway</html>").build());
        server.enqueue(fixture(200, "user_me_bot.json"));
        client.getMe();
        assertThat(support.sleeps).singleElement()
                .satisfies(d -> assertThat(d).isBetween(Duration.ofMillis(375), Duration.ofMillis(500)));
    }

    @Test
    void createPostIsRetriedWithTheSamePendingPostId() throws Exception {
        server.enqueue(Fixtures.json(500, "{\"id\":\"api.post.deduplicate_create_post.pending\",\"message\":\"m\"}"));
        server.enqueue(new MockResponse.Builder().code(503).body("").build());
        server.enqueue(fixture(201, "post_created_by_bot.json"));
        client.createPost(CreatePost.builder().channelId("c").message("m").build());
        String first = pendingId();
        assertThat(pendingId()).isEqualTo(first);
        assertThat(pendingId()).isEqualTo(first);
    }

    @Test
    void createPostIsNotRetriedOutsideTheDedupeWindow() {
        server.enqueue(new MockResponse.Builder().code(503).body("").addHeader("Retry-After", "30").build());
        assertThatThrownBy(() -> client.createPost(CreatePost.builder().channelId("c").message("m").build()))
                .isInstanceOf(ServerException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(support.sleeps).isEmpty();
    }

    @Test
    void joinIsNotRetriedOn5xxButIsOn429() {
        server.enqueue(new MockResponse.Builder().code(500).body("").build());
        assertThatThrownBy(() -> client.addChannelMember("c", "u")).isInstanceOf(ServerException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);

        server.enqueue(rateLimited());
        server.enqueue(fixture(201, "constructed_channel_member.json"));
        client.addChannelMember("c", "u");
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void refusedConnectionsAreRetriedThenReported() throws Exception {
        int port = server.getPort();
        server.close();
        MattermostClient closed = MattermostClient.builder().siteUrl("http://127.0.0.1:" + port)
                .token(TestSupport.TOKEN).sleeper(support.sleeps::add).build();
        assertThatThrownBy(() -> closed.addChannelMember("c", "u")).isInstanceOf(MattermostIoException.class)
                .hasMessageContaining("POST /api/v4/channels/c/members").hasMessageNotContaining(TestSupport.TOKEN);
        assertThat(support.sleeps).hasSize(3);
    }

    @Test
    void nonJsonSuccessIsADecodeError() {
        server.enqueue(new MockResponse.Builder().code(200).body("<html>captive portal</html>").build());
        assertThatThrownBy(client::getMe).isInstanceOf(MattermostDecodeException.class)
                .hasMessageContaining("GET /api/v4/users/me");
    }

    @Test
    void aBodyEchoingTheTokenIsRedacted() {
        server.enqueue(new MockResponse.Builder().code(400).body("bad header Bearer " + TestSupport.TOKEN).build());
        MattermostApiException e = catchThrowableOfType(MattermostApiException.class, client::getMe);
        assertThat(e.getMessage()).doesNotContain(TestSupport.TOKEN).contains("****");
        assertThat(e.detailedError()).doesNotContain(TestSupport.TOKEN);
    }

    private String pendingId() throws Exception {
        return Json.mapper().readTree(server.takeRequest().getBody().utf8()).get("pending_post_id").asText();
    }
}
