package dev.vigie.gitguardian.errors;

/** 400 or 422: the API refused a parameter or body. Not retried. */
public class BadRequestException extends GitGuardianApiException {

    private static final long serialVersionUID = 1L;

    public BadRequestException(ErrorContext context) {
        super(context, "GitGuardian refused the request: " + context.summary()
                + ". Check the parameters sent (values, enum spellings, body).");
    }
}
