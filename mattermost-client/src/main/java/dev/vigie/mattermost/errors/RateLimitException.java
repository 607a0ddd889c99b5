package dev.vigie.mattermost.errors;

import dev.vigie.mattermost.model.AppError;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * 429: the server's (or a proxy's) rate limiter refused the call, and the retries the policy allowed did not get
 * through. {@link #retryAfter()} is the server's wait hint: {@code Retry-After}, else {@code X-RateLimit-Reset}.
 */
public class RateLimitException extends MattermostApiException {

    private static final long serialVersionUID = 1L;

    private final @Nullable Duration retryAfter;

    /** See {@link MattermostApiException#MattermostApiException}; {@code retryAfter} may be {@code null}. */
    public RateLimitException(
            int statusCode, AppError error, String requestId, String method, String path,
            Map<String, List<String>> headers, @Nullable Duration retryAfter) {
        super(statusCode, error, requestId, method, path, headers);
        this.retryAfter = retryAfter;
    }

    /** How long the server asked to wait, when it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
