package dev.vigie.gitguardian.errors;

/**
 * A successful status whose body is not what the API sends: JSON that does not parse into the expected model, or a
 * non-JSON page (a proxy's or captive portal's HTML) answering 200.
 */
public class GitGuardianDecodeException extends GitGuardianException {

    private static final long serialVersionUID = 1L;

    public GitGuardianDecodeException(String message, Throwable cause) {
        super(message, cause);
    }

    public GitGuardianDecodeException(String message) {
        super(message);
    }
}
