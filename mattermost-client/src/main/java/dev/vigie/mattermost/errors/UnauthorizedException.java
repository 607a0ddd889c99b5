package dev.vigie.mattermost.errors;

import dev.vigie.mattermost.model.AppError;
import java.util.List;
import java.util.Map;

/** 401: the token is missing, wrong, expired or revoked. */
public class UnauthorizedException extends MattermostApiException {

    private static final long serialVersionUID = 1L;

    /** See {@link MattermostApiException#MattermostApiException}. */
    public UnauthorizedException(int statusCode, AppError error, String requestId, String method, String path,
            Map<String, List<String>> headers) {
        super(statusCode, error, requestId, method, path, headers);
    }
}
