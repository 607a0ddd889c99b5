package dev.vigie.gitguardian.errors;

/** A status the client has no specific meaning for (e.g. 409, 3xx without redirect). */
public class UnexpectedStatusException extends GitGuardianApiException {

    private static final long serialVersionUID = 1L;

    public UnexpectedStatusException(ErrorContext context) {
        super(context, "Unexpected answer from GitGuardian: " + context.summary()
                + ". Check the API URL (a proxy may be answering in its place).");
    }
}
