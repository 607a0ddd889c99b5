package dev.vigie.gitguardian.errors;

/**
 * Root of every exception the GitGuardian client throws. Unchecked by design. No message, field or
 * {@code toString()} of this hierarchy ever holds the API key.
 */
public class GitGuardianException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public GitGuardianException(String message) {
        super(message);
    }

    public GitGuardianException(String message, Throwable cause) {
        super(message, cause);
    }
}
