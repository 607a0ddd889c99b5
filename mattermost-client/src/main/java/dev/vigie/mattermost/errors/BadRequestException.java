package dev.vigie.mattermost.errors;

import dev.vigie.mattermost.model.AppError;
import java.util.List;
import java.util.Map;

/** 400 or 422: the request was invalid (e.g. a reply to a reply, a message too long). */
public class BadRequestException extends MattermostApiException {

    private static final long serialVersionUID = 1L;

    /** See {@link MattermostApiException#MattermostApiException}. */
    public BadRequestException(int statusCode, AppError error, String requestId, String method, String path,
            Map<String, List<String>> headers) {
        super(statusCode, error, requestId, method, path, headers);
    }
}
