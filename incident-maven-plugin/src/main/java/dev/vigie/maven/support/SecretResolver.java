package dev.vigie.maven.support;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * Finds a secret the way conventions.md 2.4 says (maven-gpg-plugin's pattern): first the environment variable whose
 * <em>name</em> is a plugin parameter, else the password of a {@code settings.xml} {@code <server>} decrypted with
 * {@link SettingsDecrypter}. A secret is never a plain plugin parameter and is never logged or put in a message.
 *
 * <p>Reused by every goal that needs a credential: {@code check}/{@code stub} (GitGuardian key) and the triage
 * goals (GitGuardian key and Mattermost token).
 */
public final class SecretResolver {

    private final MavenSession session;
    private final SettingsDecrypter decrypter;
    private final Function<String, String> env;
    private final Log log;

    /**
     * @param env reads an environment variable ({@code System::getenv} in production; a map in tests)
     */
    public SecretResolver(MavenSession session, SettingsDecrypter decrypter, Function<String, String> env, Log log) {
        this.session = Objects.requireNonNull(session, "session");
        this.decrypter = Objects.requireNonNull(decrypter, "decrypter");
        this.env = Objects.requireNonNull(env, "env");
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * Resolves a secret.
     *
     * @param what what the secret is, for messages (e.g. {@code GitGuardian API key})
     * @param envName name of the environment variable to read first ({@code incident.gitguardian.apiKeyEnv})
     * @param envProperty the user property that sets {@code envName}, for messages
     * @param serverId id of the {@code settings.xml} server to use when the variable is unset or blank
     * @param serverProperty the user property that sets {@code serverId}, for messages
     * @param hint how to create such a secret (e.g. the scopes needed), appended to the "missing" message
     * @throws MojoExecutionException when the server's password cannot be decrypted (a FATAL or ERROR problem), or
     *     when neither way provides a secret; the message names both ways and never a value
     */
    public Secret resolve(String what, String envName, String envProperty, String serverId, String serverProperty,
            String hint) throws MojoExecutionException {
        if (envName != null && !envName.isBlank()) {
            String value = env.apply(envName.trim());
            if (value != null && !value.isBlank()) {
                log.debug(what + ": read from environment variable " + envName.trim());
                return new Secret(value.trim(), "env " + envName.trim());
            }
        }
        if (serverId != null && !serverId.isBlank() && session.getSettings() != null) {
            Server server = session.getSettings().getServer(serverId.trim());
            if (server != null) {
                SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
                List<SettingsProblem> blocking = result.getProblems().stream()
                        .filter(p -> p.getSeverity() == SettingsProblem.Severity.FATAL
                                || p.getSeverity() == SettingsProblem.Severity.ERROR)
                        .collect(Collectors.toList());
                for (SettingsProblem problem : result.getProblems()) {
                    // A problem's message names the server and the cause (e.g. a missing settings-security.xml),
                    // never the password.
                    log.warn("settings.xml server '" + serverId.trim() + "': " + problem.getMessage());
                }
                if (!blocking.isEmpty()) {
                    throw new MojoExecutionException("Could not decrypt the password of settings.xml server '"
                            + serverId.trim() + "' (" + what + "): "
                            + blocking.stream().map(SettingsProblem::getMessage).collect(Collectors.joining("; "))
                            + ". Check ~/.m2/settings-security.xml and the encrypted password (mvn --encrypt-password),"
                            + " or set the environment variable " + envName + " instead.");
                }
                Server decrypted = result.getServer();
                String password = decrypted == null ? null : decrypted.getPassword();
                if (password != null && !password.isBlank()) {
                    log.debug(what + ": read from settings.xml server '" + serverId.trim() + "'");
                    return new Secret(password.trim(), "settings.xml server '" + serverId.trim() + "'");
                }
                log.debug("settings.xml server '" + serverId.trim() + "' has no password");
            }
        }
        throw new MojoExecutionException("No " + what + " found. Provide it either in the environment variable "
                + envName + " (the variable's name is set by -D" + envProperty + "), or as the <password> of the "
                + "settings.xml <server> with id '" + serverId + "' (id set by -D" + serverProperty
                + "; encrypt it with mvn --encrypt-password). " + hint);
    }
}
