package dev.vigie.mattermost.errors;

import org.jspecify.annotations.Nullable;

/** Root of the Mattermost client's exceptions. Unchecked. Messages never contain the token or a webhook URL. */
public class MattermostException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what happened, without credentials */
    public MattermostException(String message) {
        super(message);
    }

    /** @param message what happened, without credentials */
    public MattermostException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
