package dev.vigie.incident.http;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.immutables.value.Value;

/**
 * When to retry an HTTP call and how long to wait (conventions.md 3.3): connection failures and 408, 429, 500, 502,
 * 503, 504; the server's {@code Retry-After} when it gives one, else exponential backoff from
 * {@link #initialBackoff()} doubled per attempt, capped at {@link #maxBackoff()}, times a jitter factor in
 * [0.75, 1.0]; at most {@link #maxRetries()} retries and {@link #maxTotalWait()} of waiting in all.
 */
@Value.Immutable
public interface RetryPolicy {

    /** Statuses worth retrying. */
    Set<Integer> RETRYABLE_STATUSES = Set.of(408, 429, 500, 502, 503, 504);

    /** Three retries, 0.5 s doubling to 8 s, at most 60 s of waiting in all. */
    static RetryPolicy defaults() {
        return builder().build();
    }

    /** No retry at all. */
    static RetryPolicy none() {
        return builder().maxRetries(0).build();
    }

    @Value.Default
    default int maxRetries() {
        return 3;
    }

    @Value.Default
    default Duration initialBackoff() {
        return Duration.ofMillis(500);
    }

    @Value.Default
    default Duration maxBackoff() {
        return Duration.ofSeconds(8);
    }

    /** Cap on the sum of all waits of one call; a server asking for more makes the call fail now. */
    @Value.Default
    default Duration maxTotalWait() {
        return Duration.ofSeconds(60);
    }

    @Value.Check
    default void check() {
        if (maxRetries() < 0) {
            throw new IllegalArgumentException("maxRetries must be >= 0, was " + maxRetries());
        }
        if (initialBackoff().isNegative() || maxBackoff().isNegative() || maxTotalWait().isNegative()) {
            throw new IllegalArgumentException("retry durations must not be negative");
        }
    }

    /**
     * Whether a transport failure happened before the request could reach the server (refused or unreachable
     * host, unknown name, connect timeout): then even a non-idempotent call may be sent again.
     */
    static boolean neverSent(Throwable failure) {
        return failure instanceof java.net.ConnectException || failure instanceof java.net.UnknownHostException
                || failure instanceof java.net.NoRouteToHostException
                || (failure instanceof java.io.InterruptedIOException
                        && String.valueOf(failure.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("connect"));
    }

    /** Whether a response with this status may be retried at all (the caller still checks idempotency). */
    default boolean isRetryableStatus(int status) {
        return RETRYABLE_STATUSES.contains(status);
    }

    /**
     * The backoff before retry number {@code retry} (1 for the first retry) when the server gave no hint.
     *
     * @param random source of jitter; tests pass a seeded one
     */
    default Duration backoff(int retry, RandomGenerator random) {
        long base = initialBackoff().toMillis();
        long exp = base << Math.min(Math.max(retry - 1, 0), 30);
        long capped = Math.min(exp <= 0 ? Long.MAX_VALUE : exp, maxBackoff().toMillis());
        double jitter = 0.75 + 0.25 * random.nextDouble();
        return Duration.ofMillis(Math.round(capped * jitter));
    }

    /**
     * The wait before retry number {@code retry}: the server's hint when there is one, else the backoff.
     * Empty when no retry must happen: attempts used up, or the wait would go past {@link #maxTotalWait()} given
     * {@code waitedSoFar}.
     */
    default Optional<Duration> nextDelay(
            int retry, Optional<Duration> serverHint, Duration waitedSoFar, RandomGenerator random) {
        if (retry > maxRetries()) {
            return Optional.empty();
        }
        Duration delay = serverHint.filter(d -> !d.isNegative()).orElseGet(() -> backoff(retry, random));
        if (waitedSoFar.plus(delay).compareTo(maxTotalWait()) > 0) {
            return Optional.empty();
        }
        return Optional.of(delay);
    }

    static Builder builder() {
        return new Builder();
    }

    final class Builder extends ImmutableRetryPolicy.Builder {}
}
