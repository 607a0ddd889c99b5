package dev.vigie.maven.support;

import dev.vigie.gitguardian.errors.ForbiddenException;
import dev.vigie.gitguardian.errors.GitGuardianApiException;
import dev.vigie.gitguardian.errors.GitGuardianDecodeException;
import dev.vigie.gitguardian.errors.GitGuardianException;
import dev.vigie.gitguardian.errors.GitGuardianIoException;
import dev.vigie.gitguardian.errors.RateLimitException;
import dev.vigie.gitguardian.errors.ServerException;
import dev.vigie.gitguardian.errors.UnauthorizedException;
import dev.vigie.gitguardian.incident.MalformedExportException;
import dev.vigie.incident.http.Redaction;
import dev.vigie.incident.port.RepositoryNotFoundException;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Turns what the GitGuardian client and adapters throw into a {@link MojoExecutionException} (BUILD ERROR) whose
 * first sentence says what happened and the next what to do (conventions.md 2.5). Messages name where the key came
 * from, never the key; every message is also passed through {@link Redaction} with the key as a last guard.
 */
public final class GitGuardianErrors {

    /** The scopes every read-only goal needs. */
    public static final String READ_SCOPES = "incidents:read, sources:read";

    private GitGuardianErrors() {}

    /**
     * @param error what the client threw
     * @param apiUrl the API URL used, for messages
     * @param key the key used, if any: only to redact it from messages
     */
    public static MojoExecutionException toMojoException(RuntimeException error, String apiUrl, Optional<Secret> key) {
        String origin = key.map(Secret::origin).orElse("(no key)");
        String message;
        if (error instanceof UnauthorizedException) {
            message = "GitGuardian rejected the API key read from " + origin + " (401 Unauthorized at " + apiUrl
                    + "). The key is invalid, expired or revoked, or belongs to another GitGuardian instance "
                    + "(incident.gitguardian.url). Create a personal access token or service account token with "
                    + "scopes " + READ_SCOPES + " and provide it there.";
        } else if (error instanceof ForbiddenException forbidden) {
            message = "The GitGuardian API key read from " + origin + " lacks "
                    + forbidden.missingScope().map(s -> "the scope " + s).orElse("a permission") + " (403 Forbidden on "
                    + forbidden.method() + " " + forbidden.path() + "). Create a token with scopes " + READ_SCOPES
                    + " (and a role that can read this workspace's incidents).";
        } else if (error instanceof GitGuardianIoException) {
            message = "GitGuardian API at " + apiUrl + " is unreachable: " + causeOf(error) + ". Check the network, "
                    + "the proxy (settings.xml <proxy>) and incident.gitguardian.url; offline, point incident.export "
                    + "at an export of the repository's incidents.";
        } else if (error instanceof RateLimitException) {
            message = "GitGuardian API at " + apiUrl + " kept answering 429 Too Many Requests after retries. Try again"
                    + " in a few minutes, or raise the workspace's API quota.";
        } else if (error instanceof ServerException server) {
            message = "GitGuardian API at " + apiUrl + " failed with " + server.statusCode() + " after retries ("
                    + server.method() + " " + server.path() + "). Try again later; check https://status.gitguardian.com.";
        } else if (error instanceof GitGuardianApiException api) {
            message = "GitGuardian API at " + apiUrl + " answered " + api.statusCode() + " to " + api.method() + " "
                    + api.path() + ": " + api.detail() + ". Check incident.gitguardian.url.";
        } else if (error instanceof GitGuardianDecodeException) {
            message = "GitGuardian API at " + apiUrl + " sent a response that is not the expected JSON: "
                    + stripPeriod(error.getMessage()) + ". Check that incident.gitguardian.url is the API (or dashboard) URL.";
        } else if (error instanceof RepositoryNotFoundException || error instanceof MalformedExportException) {
            message = error.getMessage();
        } else if (error instanceof GitGuardianException) {
            message = "GitGuardian call failed: " + error.getMessage();
        } else {
            message = "Unexpected error while reading GitGuardian incidents: " + error;
        }
        String safe = key.map(k -> Redaction.redact(message, k.value())).orElse(message);
        return new MojoExecutionException(safe, sanitisedCause(error, key));
    }

    private static String stripPeriod(String text) {
        String t = text == null ? "" : text.strip();
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }

    private static String causeOf(Throwable error) {
        Throwable root = error.getCause() == null ? error : error.getCause();
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : " (" + root.getMessage() + ")");
    }

    /** The cause, unless its text could hold the key; then a plain copy without it. */
    private static Throwable sanitisedCause(RuntimeException error, Optional<Secret> key) {
        if (key.isEmpty()) {
            return error;
        }
        String text = String.valueOf(error);
        if (!text.contains(key.get().value())) {
            return error;
        }
        RuntimeException copy = new RuntimeException(Redaction.redact(text, key.get().value()));
        copy.setStackTrace(error.getStackTrace());
        return copy;
    }
}
