package dev.vigie.mattermost.internal;

import com.fasterxml.jackson.databind.JavaType;
import dev.vigie.incident.http.Redaction;
import dev.vigie.incident.http.RetryAfter;
import dev.vigie.incident.http.RetryPolicy;
import dev.vigie.incident.http.Sleeper;
import dev.vigie.mattermost.errors.MattermostApiException;
import dev.vigie.mattermost.errors.MattermostDecodeException;
import dev.vigie.mattermost.errors.MattermostIoException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The OkHttp call loop: sends a request, applies incident-core's {@link RetryPolicy} under the call's
 * {@link RetryMode}, maps error statuses to exceptions and decodes JSON bodies with {@link Json}. Waits go through the
 * injected {@link Sleeper}; the dedupe window is measured with the injected {@link Clock}. Retries are logged at
 * DEBUG (WARN for a rate limit) with method, path and status only.
 */
public final class Transport {

    /** How long after the first attempt a {@link RetryMode#DEDUPED} call may still be sent: 30 s minus a margin. */
    public static final Duration DEDUPE_WINDOW = Duration.ofSeconds(25);

    private static final System.Logger LOG = System.getLogger("dev.vigie.mattermost");
    private static final int MAX_ERROR_BODY_BYTES = 64 * 1024;

    private final OkHttpClient http;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final Clock clock;
    private final String[] secrets;

    /**
     * @param secrets values masked in any text that reaches an exception (the token, the webhook id)
     */
    public Transport(OkHttpClient http, RetryPolicy policy, Sleeper sleeper, Clock clock, String... secrets) {
        this.http = http;
        this.policy = policy;
        this.sleeper = sleeper;
        this.clock = clock;
        this.secrets = secrets.clone();
    }

    /**
     * Sends the request and decodes a 2xx JSON body as {@code type}.
     *
     * @param displayPath the path shown in exceptions and logs, with any credential masked
     */
    public <T> T json(Request request, RetryMode mode, JavaType type, String displayPath) {
        byte[] body = send(request, mode, displayPath);
        try {
            return Json.mapper().readValue(body, type);
        } catch (IOException | RuntimeException e) {
            throw new MattermostDecodeException("Could not read the response to " + request.method() + " "
                    + displayPath + " as " + type.toCanonical() + ": " + Redaction.redact(
                            Redaction.truncate(String.valueOf(e.getMessage()), 300), secrets), e);
        }
    }

    /** Sends the request and returns the raw 2xx body. */
    public byte[] send(Request request, RetryMode mode, String displayPath) {
        Instant start = clock.instant();
        Duration waited = Duration.ZERO;
        for (int retry = 1; ; retry++) {
            Optional<Duration> delay;
            try (Response response = http.newCall(request).execute()) {
                int code = response.code();
                if (code >= 200 && code < 300) {
                    ResponseBody body = response.body();
                    return body.bytes();
                }
                Optional<Duration> hint = hint(response);
                MattermostApiException error = ErrorMapper.map(code, errorBody(response), headers(response),
                        response.header("X-Request-ID"), request.method(), displayPath, hint.orElse(null), secrets);
                delay = policy.isRetryableStatus(code)
                        ? policy.nextDelay(retry, hint, waited, ThreadLocalRandom.current()) : Optional.empty();
                delay = delay.filter(d -> mayResend(mode, code == 429, start, d));
                if (delay.isEmpty()) {
                    throw error;
                }
                LOG.log(code == 429 ? System.Logger.Level.WARNING : System.Logger.Level.DEBUG,
                        "{0} {1} answered {2}; retry {3} in {4} ms",
                        request.method(), displayPath, code, retry, delay.get().toMillis());
            } catch (IOException e) {
                boolean notSent = RetryPolicy.neverSent(e);
                delay = policy.nextDelay(retry, Optional.empty(), waited, ThreadLocalRandom.current())
                        .filter(d -> mayResend(mode, notSent, start, d));
                if (delay.isEmpty()) {
                    throw new MattermostIoException(request.method() + " " + displayPath + " failed: "
                            + e.getClass().getSimpleName() + ": "
                            + Redaction.redact(String.valueOf(e.getMessage()), secrets), e);
                }
                LOG.log(System.Logger.Level.DEBUG, "{0} {1} failed ({2}); retry {3} in {4} ms",
                        request.method(), displayPath, e.getClass().getSimpleName(), retry, delay.get().toMillis());
            }
            sleeper.sleep(delay.get());
            waited = waited.plus(delay.get());
        }
    }

    /**
     * Whether the call may be sent again after {@code delay}: {@code alwaysSafe} when the failure guarantees that the
     * server did nothing (a 429, a connection never made); a {@link RetryMode#DEDUPED} call only while the resend
     * still falls in the dedupe window.
     */
    private boolean mayResend(RetryMode mode, boolean alwaysSafe, Instant start, Duration delay) {
        return switch (mode) {
            case SAFE -> true;
            case DEDUPED -> alwaysSafe || inWindow(start, delay);
            case UNSAFE -> alwaysSafe;
        };
    }

    private boolean inWindow(Instant start, Duration delay) {
        return Duration.between(start, clock.instant()).plus(delay).compareTo(DEDUPE_WINDOW) < 0;
    }

    /** The server's wait hint: {@code Retry-After}, else (Mattermost's rate limiter) {@code X-RateLimit-Reset}. */
    private Optional<Duration> hint(Response response) {
        Optional<Duration> retryAfter =
                RetryAfter.parse(response.header("Retry-After"), response.header("Date"), clock.instant());
        if (retryAfter.isPresent() || response.code() != 429) {
            return retryAfter;
        }
        return RetryAfter.seconds(response.header("X-RateLimit-Reset"));
    }

    /** The headers, names lower-case (as OkHttp's multimap gives them), without {@code Set-Cookie}. */
    private static Map<String, List<String>> headers(Response response) {
        Map<String, List<String>> out = response.headers().toMultimap();
        out.remove("set-cookie");
        return out;
    }

    private static String errorBody(Response response) {
        try {
            return response.peekBody(MAX_ERROR_BODY_BYTES).string();
        } catch (IOException | RuntimeException unreadable) {
            return "";
        }
    }
}
