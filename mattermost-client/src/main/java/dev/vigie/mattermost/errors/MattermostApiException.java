package dev.vigie.mattermost.errors;

import dev.vigie.mattermost.model.AppError;
import java.util.List;
import java.util.Map;

/**
 * Mattermost (or a proxy in front of it) answered with an error status. Carries the status, the AppError fields
 * (for a body that is not JSON: id {@value AppError#NOT_JSON_ID} and the truncated raw text as
 * {@link #detailedError()}), the request id, and the method and path of the call (no query, no token).
 */
public class MattermostApiException extends MattermostException {

    private static final long serialVersionUID = 1L;

    private final int statusCode;
    private final String errorId;
    private final String errorMessage;
    private final String detailedError;
    private final String requestId;
    private final String method;
    private final String path;
    private final Map<String, List<String>> headers;

    /**
     * @param statusCode the HTTP status
     * @param error the parsed (or synthesised) AppError
     * @param requestId {@code X-Request-ID}, else the body's {@code request_id}, else {@code ""}
     * @param method the HTTP method
     * @param path the URL path, with any credential already masked
     * @param headers the response headers (names lower-case), without {@code Set-Cookie}
     */
    public MattermostApiException(
            int statusCode, AppError error, String requestId, String method, String path,
            Map<String, List<String>> headers) {
        super(describe(statusCode, error, requestId, method, path));
        this.statusCode = statusCode;
        this.errorId = error.id();
        this.errorMessage = error.message();
        this.detailedError = error.detailedError();
        this.requestId = requestId;
        this.method = method;
        this.path = path;
        this.headers = Map.copyOf(headers);
    }

    private static String describe(int status, AppError error, String requestId, String method, String path) {
        StringBuilder s = new StringBuilder("Mattermost answered ").append(status).append(" to ").append(method)
                .append(' ').append(path);
        if (!error.id().isEmpty()) {
            s.append(": ").append(error.id());
        }
        if (!error.message().isEmpty()) {
            s.append(" (").append(error.message()).append(')');
        }
        if (!error.detailedError().isEmpty() && AppError.NOT_JSON_ID.equals(error.id())) {
            s.append(" body: ").append(error.detailedError());
        }
        if (!requestId.isEmpty()) {
            s.append(" [request id ").append(requestId).append(']');
        }
        return s.toString();
    }

    /** The HTTP status. */
    public int statusCode() {
        return statusCode;
    }

    /** The AppError {@code id}, e.g. {@code api.context.session_expired.app_error}; {@code ""} when none. */
    public String errorId() {
        return errorId;
    }

    /** The AppError {@code message}; {@code ""} when none. */
    public String errorMessage() {
        return errorMessage;
    }

    /** The AppError {@code detailed_error}, or the truncated raw body when it was not JSON. */
    public String detailedError() {
        return detailedError;
    }

    /** {@code X-Request-ID} or the body's {@code request_id}; {@code ""} when none. */
    public String requestId() {
        return requestId;
    }

    /** The HTTP method of the failed call. */
    public String method() {
        return method;
    }

    /** The response headers, names lower-case ({@code set-cookie} left out: it may carry a session). */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** The URL path of the failed call (no query string, credentials masked). */
    public String path() {
        return path;
    }
}
