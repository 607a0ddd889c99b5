package dev.vigie.gitguardian.errors;

/** 5xx after the retries the policy allows (or a POST that must not be repeated). */
public class ServerException extends GitGuardianApiException {

    private static final long serialVersionUID = 1L;

    public ServerException(ErrorContext context) {
        super(context, "GitGuardian server error: " + context.summary()
                + ". The service may be down or in maintenance: retry later (https://status.gitguardian.com).");
    }
}
