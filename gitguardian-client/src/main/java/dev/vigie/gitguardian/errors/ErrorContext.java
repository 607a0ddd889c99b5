package dev.vigie.gitguardian.errors;

import org.jspecify.annotations.Nullable;

/**
 * What an error response said, gathered by the transport to build an exception.
 *
 * @param statusCode HTTP status
 * @param detail the API's {@code detail}, or a shortened, redacted non-JSON body
 * @param requestId {@code X-Request-ID} or {@code CF-RAY}, when present
 * @param method HTTP method
 * @param path request path without query string
 */
public record ErrorContext(int statusCode, String detail, @Nullable String requestId, String method, String path) {

    /** {@code "GET /v1/health returned 401 (Invalid API key.) [request id abc]"}. */
    String summary() {
        return method + " " + path + " returned " + statusCode + " (" + detail + ")"
                + (requestId == null || requestId.isEmpty() ? "" : " [request id " + requestId + "]");
    }
}
