package dev.vigie.gitguardian.errors;

import java.util.Optional;

/**
 * The API answered with an error status. Carries the status, the API's {@code detail}, the request id
 * ({@code X-Request-ID}, else Cloudflare's {@code CF-RAY}) and the method and path of the call (never its query
 * string, never the key).
 */
public abstract class GitGuardianApiException extends GitGuardianException {

    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final String detail;
    private final String requestId;
    private final String method;
    private final String path;

    protected GitGuardianApiException(ErrorContext context, String message) {
        super(message);
        this.statusCode = context.statusCode();
        this.detail = context.detail();
        this.requestId = context.requestId() == null ? "" : context.requestId();
        this.method = context.method();
        this.path = context.path();
    }

    /** The HTTP status. */
    public int statusCode() {
        return statusCode;
    }

    /** The API's {@code detail} (or a shortened non-JSON body), never empty-handed: "(no detail)" when none. */
    public String detail() {
        return detail;
    }

    /** The request id the server gave, to quote to GitGuardian support. */
    public Optional<String> requestId() {
        return requestId.isEmpty() ? Optional.empty() : Optional.of(requestId);
    }

    /** HTTP method of the failed call. */
    public String method() {
        return method;
    }

    /** Path of the failed call, without query string. */
    public String path() {
        return path;
    }
}
