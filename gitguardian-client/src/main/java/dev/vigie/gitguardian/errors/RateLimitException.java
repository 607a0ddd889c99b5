package dev.vigie.gitguardian.errors;

import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** 429 after the retries the policy allows (or a wait longer than its cap). */
public class RateLimitException extends GitGuardianApiException {

    private static final long serialVersionUID = 1L;

    private final @Nullable Duration retryAfter;

    public RateLimitException(ErrorContext context, @Nullable Duration retryAfter) {
        super(context, "GitGuardian rate limit hit: " + context.summary()
                + (retryAfter == null ? "" : "; the server asks to wait " + retryAfter.toSeconds() + " s")
                + ". Retry later, or use a token with a higher limit.");
        this.retryAfter = retryAfter;
    }

    /** The delay the server advised ({@code Retry-After}), when it gave one. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
