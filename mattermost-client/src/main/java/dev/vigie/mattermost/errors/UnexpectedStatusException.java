package dev.vigie.mattermost.errors;

import dev.vigie.mattermost.model.AppError;
import java.util.List;
import java.util.Map;

/** an error status this client does not map to a more precise type. */
public class UnexpectedStatusException extends MattermostApiException {

    private static final long serialVersionUID = 1L;

    /** See {@link MattermostApiException#MattermostApiException}. */
    public UnexpectedStatusException(int statusCode, AppError error, String requestId, String method, String path,
            Map<String, List<String>> headers) {
        super(statusCode, error, requestId, method, path, headers);
    }
}
