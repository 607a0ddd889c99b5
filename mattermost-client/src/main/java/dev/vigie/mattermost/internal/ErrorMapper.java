package dev.vigie.mattermost.internal;

import dev.vigie.incident.http.Redaction;
import dev.vigie.mattermost.errors.BadRequestException;
import dev.vigie.mattermost.errors.ForbiddenException;
import dev.vigie.mattermost.errors.MattermostApiException;
import dev.vigie.mattermost.errors.NotFoundException;
import dev.vigie.mattermost.errors.RateLimitException;
import dev.vigie.mattermost.errors.ServerException;
import dev.vigie.mattermost.errors.UnauthorizedException;
import dev.vigie.mattermost.errors.UnexpectedStatusException;
import dev.vigie.mattermost.model.AppError;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns an error response into the matching {@link MattermostApiException}: the AppError when the body is one,
 * otherwise (the rate limiter's plain-text {@code limit exceeded}, a proxy's HTML page) an AppError with id
 * {@value AppError#NOT_JSON_ID} holding the raw text, whitespace-collapsed, truncated and redacted.
 */
final class ErrorMapper {

    /** Longest raw body kept in an exception. */
    static final int MAX_RAW_BODY = 300;

    private ErrorMapper() {}

    static MattermostApiException map(
            int status,
            String body,
            Map<String, List<String>> headers,
            @Nullable String requestIdHeader,
            String method,
            String path,
            @Nullable Duration retryAfter,
            String... secrets) {
        AppError error = parse(body, secrets);
        String requestId = requestIdHeader != null && !requestIdHeader.isBlank() ? requestIdHeader : error.requestId();
        switch (status) {
            case 400:
            case 422:
                return new BadRequestException(status, error, requestId, method, path, headers);
            case 401:
                return new UnauthorizedException(status, error, requestId, method, path, headers);
            case 403:
                return new ForbiddenException(status, error, requestId, method, path, headers);
            case 404:
                return new NotFoundException(status, error, requestId, method, path, headers);
            case 429:
                return new RateLimitException(status, error, requestId, method, path, headers, retryAfter);
            default:
                if (status >= 500 && status < 600) {
                    return new ServerException(status, error, requestId, method, path, headers);
                }
                return new UnexpectedStatusException(status, error, requestId, method, path, headers);
        }
    }

    static AppError parse(String body, String... secrets) {
        String trimmed = body.trim();
        if (trimmed.startsWith("{")) {
            try {
                AppError parsed = Json.mapper().readValue(trimmed, AppError.class);
                if (!parsed.id().isEmpty() || !parsed.message().isEmpty()) {
                    return AppError.builder()
                            .from(parsed)
                            .message(Redaction.redact(parsed.message(), secrets))
                            .detailedError(Redaction.truncate(
                                    Redaction.redact(parsed.detailedError(), secrets), MAX_RAW_BODY))
                            .build();
                }
            } catch (java.io.IOException | RuntimeException notAnAppError) {
                // fall through: keep the raw text
            }
        }
        String raw = Redaction.truncate(Redaction.redact(trimmed.replaceAll("\\s+", " "), secrets), MAX_RAW_BODY);
        return AppError.builder().id(AppError.NOT_JSON_ID).detailedError(raw).build();
    }
}
