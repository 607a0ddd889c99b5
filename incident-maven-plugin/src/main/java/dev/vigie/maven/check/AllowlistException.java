package dev.vigie.maven.check;

/** The allowlist file is missing or malformed; the message names the file and the line. */
public class AllowlistException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AllowlistException(String message, Throwable cause) {
        super(message, cause);
    }
}
