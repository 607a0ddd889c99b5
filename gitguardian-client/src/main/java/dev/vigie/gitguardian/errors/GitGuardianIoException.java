package dev.vigie.gitguardian.errors;

import java.io.IOException;

/** The API could not be reached or the connection broke, after the retries the policy allows. */
public class GitGuardianIoException extends GitGuardianException {

    private static final long serialVersionUID = 1L;

    public GitGuardianIoException(String method, String path, IOException cause) {
        super("Could not reach GitGuardian for " + method + " " + path + ": " + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")")
                + ". Check the API URL, the network and the proxy settings.", cause);
    }
}
