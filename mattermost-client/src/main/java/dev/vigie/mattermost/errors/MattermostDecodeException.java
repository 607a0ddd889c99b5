package dev.vigie.mattermost.errors;

import org.jspecify.annotations.Nullable;

/** A successful response whose body could not be read as the expected JSON. */
public class MattermostDecodeException extends MattermostException {

    private static final long serialVersionUID = 1L;

    /** @param message names the method, path and expected type */
    public MattermostDecodeException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
