package dev.vigie.mattermost.errors;

import dev.vigie.mattermost.model.AppError;
import java.util.List;
import java.util.Map;

/** 403: the token's account lacks a permission (e.g. joining a private channel). */
public class ForbiddenException extends MattermostApiException {

    private static final long serialVersionUID = 1L;

    /** See {@link MattermostApiException#MattermostApiException}. */
    public ForbiddenException(int statusCode, AppError error, String requestId, String method, String path,
            Map<String, List<String>> headers) {
        super(statusCode, error, requestId, method, path, headers);
    }
}
