package dev.vigie.maven.support;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import okhttp3.Authenticator;
import okhttp3.Credentials;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * The HTTP proxy of one client, taken from the Maven settings (conventions.md 2.8): the proxy chosen by id, else
 * the active proxy, unless the target host matches its {@code nonProxyHosts}; its password decrypted with
 * {@link SettingsDecrypter}. The result is applied to one OkHttp client only (its {@code proxy} and
 * {@code proxyAuthenticator}); nothing is ever set as a JVM system property. With no Maven proxy, OkHttp's default
 * {@code ProxySelector} applies, which honours {@code -Dhttps.proxyHost}.
 *
 * @param proxy the proxy to use
 * @param authenticator answers a 407 with the proxy credentials; empty without a user name
 * @param description {@code host:port} and the settings id, for logs (never the password)
 */
public record ProxySettings(Proxy proxy, Optional<Authenticator> authenticator, String description) {

    /**
     * The proxy to use to reach {@code targetHost}, if the settings define one.
     *
     * @param proxyId the id of the settings.xml proxy to use; blank: the active proxy for the target's protocol
     * @throws MojoExecutionException when {@code proxyId} names no proxy, or the proxy password cannot be decrypted
     */
    public static Optional<ProxySettings> fromSettings(MavenSession session, SettingsDecrypter decrypter,
            String proxyId, String targetProtocol, String targetHost, Log log) throws MojoExecutionException {
        if (session.getSettings() == null) {
            return Optional.empty();
        }
        org.apache.maven.settings.Proxy chosen = null;
        if (proxyId != null && !proxyId.isBlank()) {
            chosen = session.getSettings().getProxies().stream().filter(p -> proxyId.trim().equals(p.getId()))
                    .findFirst().orElseThrow(() -> new MojoExecutionException("No <proxy> with id '" + proxyId.trim()
                            + "' in settings.xml (incident.proxyId). Fix the id, or remove incident.proxyId to use the"
                            + " active proxy."));
        } else {
            for (org.apache.maven.settings.Proxy p : session.getSettings().getProxies()) {
                if (p.isActive() && (p.getProtocol() == null || p.getProtocol().isBlank()
                        || p.getProtocol().equalsIgnoreCase(targetProtocol))) {
                    chosen = p;
                    break;
                }
            }
            if (chosen == null) {
                chosen = session.getSettings().getActiveProxy();
            }
        }
        if (chosen == null || chosen.getHost() == null || chosen.getHost().isBlank()) {
            return Optional.empty();
        }
        if (isNonProxyHost(targetHost, chosen.getNonProxyHosts())) {
            log.debug("Host " + targetHost + " matches nonProxyHosts of proxy '" + chosen.getId() + "': direct");
            return Optional.empty();
        }
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(chosen));
        for (SettingsProblem problem : result.getProblems()) {
            if (problem.getSeverity() == SettingsProblem.Severity.FATAL
                    || problem.getSeverity() == SettingsProblem.Severity.ERROR) {
                throw new MojoExecutionException("Could not decrypt the password of settings.xml proxy '"
                        + chosen.getId() + "': " + problem.getMessage()
                        + ". Check ~/.m2/settings-security.xml and the encrypted password.");
            }
            log.warn("settings.xml proxy '" + chosen.getId() + "': " + problem.getMessage());
        }
        org.apache.maven.settings.Proxy decrypted = result.getProxy() == null ? chosen : result.getProxy();
        Proxy proxy = new Proxy(Proxy.Type.HTTP,
                InetSocketAddress.createUnresolved(decrypted.getHost(), decrypted.getPort()));
        Optional<Authenticator> authenticator = Optional.empty();
        String user = decrypted.getUsername();
        if (user != null && !user.isBlank()) {
            String credential = Credentials.basic(user, Objects.requireNonNullElse(decrypted.getPassword(), ""));
            authenticator = Optional.of((route, response) -> {
                if (response.request().header("Proxy-Authorization") != null) {
                    return null; // the credentials were refused: give up rather than loop
                }
                return response.request().newBuilder().header("Proxy-Authorization", credential).build();
            });
        }
        String description = decrypted.getHost() + ":" + decrypted.getPort() + " (settings.xml proxy '"
                + chosen.getId() + "'" + (authenticator.isPresent() ? ", with credentials" : "") + ")";
        return Optional.of(new ProxySettings(proxy, authenticator, description));
    }

    /** Whether {@code host} matches one of the {@code |}- or {@code ,}-separated patterns ({@code *} wildcards). */
    static boolean isNonProxyHost(String host, String nonProxyHosts) {
        if (host == null || nonProxyHosts == null || nonProxyHosts.isBlank()) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        for (String raw : nonProxyHosts.split("[|,]")) {
            String pattern = raw.trim().toLowerCase(Locale.ROOT);
            if (pattern.isEmpty()) {
                continue;
            }
            String regex = ("\\Q" + pattern + "\\E").replace("*", "\\E.*\\Q");
            if (Pattern.matches(regex, h)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "ProxySettings{" + description + "}";
    }
}
