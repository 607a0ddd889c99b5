package dev.vigie.incident.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RetryAndHeadersTest {

    private final RetryPolicy policy = RetryPolicy.defaults();

    @Test
    void backoffDoublesIsCappedAndJitteredDownByAtMostAQuarter() {
        Random random = new Random(42);
        for (int retry = 1; retry <= 8; retry++) {
            long nominal = Math.min(500L << (retry - 1), 8000L);
            long delay = policy.backoff(retry, random).toMillis();
            assertThat(delay).as("retry %d", retry).isBetween(Math.round(nominal * 0.75), nominal);
        }
    }

    @Test
    void serverHintWinsOverBackoffAndAttemptsAndTotalWaitAreBounded() {
        Random random = new Random(1);
        assertThat(policy.nextDelay(1, Optional.of(Duration.ofSeconds(7)), Duration.ZERO, random))
                .contains(Duration.ofSeconds(7));
        assertThat(policy.nextDelay(4, Optional.empty(), Duration.ZERO, random)).isEmpty();
        assertThat(policy.nextDelay(2, Optional.of(Duration.ofSeconds(30)), Duration.ofSeconds(31), random)).isEmpty();
        assertThat(policy.nextDelay(2, Optional.of(Duration.ofSeconds(30)), Duration.ofSeconds(30), random))
                .contains(Duration.ofSeconds(30));
        assertThat(RetryPolicy.none().nextDelay(1, Optional.empty(), Duration.ZERO, random)).isEmpty();
        assertThat(policy.isRetryableStatus(503)).isTrue();
        assertThat(policy.isRetryableStatus(404)).isFalse();
        assertThatThrownBy(() -> RetryPolicy.builder().maxRetries(-1).build())
                .hasMessageContaining("maxRetries");
    }

    @Test
    void retryAfterInSecondsOrAsAnHttpDateAgainstTheServersDate() {
        Instant localNow = Instant.parse("2026-11-26T12:00:00Z");
        assertThat(RetryAfter.parse("12", null, localNow)).contains(Duration.ofSeconds(12));
        // the server's clock is 1 h behind ours: the wait is measured against its Date header
        assertThat(RetryAfter.parse("Thu, 26 Nov 2026 11:00:30 GMT", "Thu, 26 Nov 2026 11:00:00 GMT", localNow))
                .contains(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse("Thu, 26 Nov 2026 12:00:20 GMT", null, localNow))
                .contains(Duration.ofSeconds(20));
        assertThat(RetryAfter.parse("Thu, 26 Nov 2026 11:00:00 GMT", null, localNow)).contains(Duration.ofSeconds(1));
        assertThat(RetryAfter.parse("Tue, 26 Nov 2026 12:00:20 GMT", null, localNow)) // wrong weekday
                .contains(Duration.ofSeconds(20));
        assertThat(RetryAfter.parse("soon", null, localNow)).isEmpty();
        assertThat(RetryAfter.parse("-3", null, localNow)).isEmpty();
        assertThat(RetryAfter.parse(null, null, localNow)).isEmpty();
        assertThat(RetryAfter.seconds("5")).contains(Duration.ofSeconds(5));
        assertThat(RetryAfter.seconds("x")).isEmpty();
    }

    @Test
    void linkHeaderNextAndCursor() {
        String header = "<https://api.gitguardian.com/v1/incidents/secrets?cursor=cD0yMTQ2NA%3D%3D&per_page=5>; "
                + "rel=\"next\", <https://api.gitguardian.com/v1/incidents/secrets?cursor=abc&per_page=5>; rel=\"prev\"";
        Optional<URI> next = LinkHeader.next(List.of(header));
        assertThat(next).map(URI::toString)
                .contains("https://api.gitguardian.com/v1/incidents/secrets?cursor=cD0yMTQ2NA%3D%3D&per_page=5");
        assertThat(LinkHeader.queryParameter(next.orElseThrow(), "cursor")).contains("cD0yMTQ2NA==");
        assertThat(LinkHeader.next(List.of(""))).isEmpty();
        assertThat(LinkHeader.next(List.of())).isEmpty();
        assertThat(LinkHeader.next(List.of("<https://x/y?cursor=a>; rel=\"prev\""))).isEmpty();
    }

    @Test
    void httpsRequiredExceptForLoopback() {
        assertThat(SecureUrls.requireHttpsUnlessLoopback(URI.create("http://127.0.0.1:8080/api"), "URL")).isNotNull();
        assertThat(SecureUrls.requireHttpsUnlessLoopback(URI.create("http://localhost/api"), "URL")).isNotNull();
        assertThat(SecureUrls.requireHttpsUnlessLoopback(URI.create("http://[::1]:80/"), "URL")).isNotNull();
        assertThat(SecureUrls.requireHttpsUnlessLoopback(URI.create("https://api.gitguardian.com"), "URL")).isNotNull();
        assertThatThrownBy(() -> SecureUrls.requireHttpsUnlessLoopback(
                URI.create("http://api.gitguardian.com"), "GitGuardian API URL"))
                .hasMessageContaining("GitGuardian API URL").hasMessageContaining("https");
        assertThatThrownBy(() -> SecureUrls.requireHttpsUnlessLoopback(
                URI.create("http://chat.example.org/hooks/abcdef123456"), "Webhook URL"))
                .hasMessageNotContaining("abcdef123456");
        assertThatThrownBy(() -> SecureUrls.requireHttpsUnlessLoopback(URI.create("ftp://x/"), "URL"))
                .hasMessageContaining("absolute http(s)");
    }

    @Test
    void redactionMasksSecretsShareLinksAndWebhooks() {
        String text = "key=abcd1234 link https://dashboard.gitguardian.com/share/incidents/1f2e-77 hook "
                + "https://chat.example.org/hooks/xyz123abc end";
        assertThat(Redaction.redact(text, "abcd1234"))
                .isEqualTo("key=**** link **** hook https://chat.example.org/hooks/**** end");
        assertThat(Redaction.redact("ftp://chat.example.org/hooks/xyz123abc")).isEqualTo("ftp://chat.example.org/hooks/****");
        assertThat(Redaction.truncate("abcdef", 3)).isEqualTo("abc… (3 more chars)");
    }
}
