package dev.vigie.mattermost.errors;

import java.io.IOException;

/** The server could not be reached or the connection broke, after the retries the policy allowed. */
public class MattermostIoException extends MattermostException {

    private static final long serialVersionUID = 1L;

    /** @param message names the method and path, never the token */
    public MattermostIoException(String message, IOException cause) {
        super(message, cause);
    }
}
