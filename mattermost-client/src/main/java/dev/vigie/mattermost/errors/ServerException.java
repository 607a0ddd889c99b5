package dev.vigie.mattermost.errors;

import dev.vigie.mattermost.model.AppError;
import java.util.List;
import java.util.Map;

/** 5xx: a server or proxy failure, after the retries the policy allowed. */
public class ServerException extends MattermostApiException {

    private static final long serialVersionUID = 1L;

    /** See {@link MattermostApiException#MattermostApiException}. */
    public ServerException(int statusCode, AppError error, String requestId, String method, String path,
            Map<String, List<String>> headers) {
        super(statusCode, error, requestId, method, path, headers);
    }
}
