package dev.vigie.gitguardian.errors;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** 403: the key lacks the scope (or role) the call needs. Not retried. */
public class ForbiddenException extends GitGuardianApiException {

    private static final long serialVersionUID = 1L;

    private final @Nullable String missingScope;

    public ForbiddenException(ErrorContext context, @Nullable String missingScope) {
        super(context, "GitGuardian denied " + context.method() + " " + context.path() + " (403 " + context.detail()
                + ")" + (missingScope == null
                        ? ". Check the token's scopes and the member's role."
                        : ". The token probably lacks the scope " + missingScope
                                + ": create a token with it (or ask a workspace manager)."));
        this.missingScope = missingScope;
    }

    /** The scope the endpoint needs (gitguardian-api.md 2), when known. */
    public Optional<String> missingScope() {
        return Optional.ofNullable(missingScope);
    }
}
