package dev.vigie.gitguardian.internal;

import dev.vigie.gitguardian.errors.BadRequestException;
import dev.vigie.gitguardian.errors.ErrorContext;
import dev.vigie.gitguardian.errors.ForbiddenException;
import dev.vigie.gitguardian.errors.GitGuardianApiException;
import dev.vigie.gitguardian.errors.NotFoundException;
import dev.vigie.gitguardian.errors.RateLimitException;
import dev.vigie.gitguardian.errors.ServerException;
import dev.vigie.gitguardian.errors.UnauthorizedException;
import dev.vigie.gitguardian.errors.UnexpectedStatusException;
import java.time.Duration;
import java.util.Optional;
import okhttp3.Response;

/** Maps an error response to the exception hierarchy (conventions 3.4). */
final class ErrorMapper {

    private ErrorMapper() {}

    static GitGuardianApiException toException(
            ApiRequest request, Response response, Optional<Duration> retryAfter, String apiKey) {
        String requestId = response.header("X-Request-ID");
        if (requestId == null) {
            requestId = response.header("CF-RAY");
        }
        int code = response.code();
        ErrorContext context = new ErrorContext(
                code, ErrorBodies.detail(response, apiKey), requestId, request.method(), "/v1/" + request.path());
        switch (code) {
            case 400:
            case 422:
                return new BadRequestException(context);
            case 401:
                return new UnauthorizedException(context);
            case 403:
                return new ForbiddenException(context, request.scope());
            case 404:
                return new NotFoundException(context);
            case 429:
                return new RateLimitException(context, retryAfter.orElse(null));
            default:
                return code >= 500 && code < 600 ? new ServerException(context) : new UnexpectedStatusException(context);
        }
    }
}
