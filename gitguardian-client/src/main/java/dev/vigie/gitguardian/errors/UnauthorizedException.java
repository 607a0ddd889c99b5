package dev.vigie.gitguardian.errors;

/** 401: the API key is invalid, expired or revoked. Not retried. */
public class UnauthorizedException extends GitGuardianApiException {

    private static final long serialVersionUID = 1L;

    public UnauthorizedException(ErrorContext context) {
        super(context, "GitGuardian rejected the API key (" + context.statusCode() + " " + context.detail()
                + ") on " + context.method() + " " + context.path()
                + ". Check the key or create a new token with scopes incidents:read, sources:read.");
    }
}
