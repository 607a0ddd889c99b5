package dev.vigie.gitguardian.errors;

/** 404: unknown id, or an id of another workspace. Not retried. */
public class NotFoundException extends GitGuardianApiException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(ErrorContext context) {
        super(context, "GitGuardian found nothing at " + context.summary()
                + ". Check the id and that the key belongs to the right workspace.");
    }
}
