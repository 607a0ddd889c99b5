package dev.vigie.gitguardian;

import dev.vigie.incident.http.SecureUrls;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Derives the API base URL from what a user configured (gitguardian-api.md 1.1, ggshield's rules): the API URL
 * itself, a SaaS dashboard URL (US or EU), or a self-hosted instance URL.
 *
 * <table>
 * <caption>Examples</caption>
 * <tr><td>{@code https://dashboard.gitguardian.com}</td><td>{@code https://api.gitguardian.com}</td></tr>
 * <tr><td>{@code https://dashboard.eu1.gitguardian.com/}</td><td>{@code https://api.eu1.gitguardian.com}</td></tr>
 * <tr><td>{@code https://api.gitguardian.com/v1}</td><td>{@code https://api.gitguardian.com}</td></tr>
 * <tr><td>{@code https://gg.example.org}</td><td>{@code https://gg.example.org/exposed}</td></tr>
 * <tr><td>{@code https://gg.example.org/exposed/v1/}</td><td>{@code https://gg.example.org/exposed}</td></tr>
 * </table>
 */
public final class GitGuardianUrls {

    /** The SaaS (US) API, used when nothing is configured. */
    public static final String DEFAULT_API_URL = "https://api.gitguardian.com";

    /**
     * The configured URL as GitGuardian's own tools read it: {@code explicit} when set, else env
     * {@code GITGUARDIAN_API_URL}, else env {@code GITGUARDIAN_INSTANCE}, else {@link #DEFAULT_API_URL}. Trimmed;
     * blank values count as unset.
     *
     * @param env reads an environment variable ({@code System::getenv} outside tests)
     */
    public static String configured(String explicit, java.util.function.Function<String, String> env) {
        for (String candidate : new String[] {explicit, env.apply("GITGUARDIAN_API_URL"),
            env.apply("GITGUARDIAN_INSTANCE")}) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.trim();
            }
        }
        return DEFAULT_API_URL;
    }

    private GitGuardianUrls() {}

    /**
     * The API base URL (without {@code /v1}) for a configured URL.
     *
     * @throws IllegalArgumentException for a URL that does not parse, plain {@code http} to a non-loopback host, or
     *     a SaaS URL with a path; the message says what to change
     */
    public static URI apiUrl(String configured) {
        String text = configured.trim();
        if (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.endsWith("/v1")) {
            text = text.substring(0, text.length() - 3);
        }
        if (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("GitGuardian URL '" + text + "' is not a valid URL: " + e.getReason());
        }
        SecureUrls.requireHttpsUnlessLoopback(uri, "GitGuardian URL");
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (isSaas(host)) {
            if (!path.isEmpty()) {
                throw new IllegalArgumentException("GitGuardian SaaS URL '" + SecureUrls.safe(uri) + "' must not have "
                        + "a path: use https://api.gitguardian.com or https://dashboard.gitguardian.com");
            }
            int dot = host.indexOf('.');
            String label = host.substring(0, dot);
            String apiHost = (label.startsWith("dashboard") ? "api" + label.substring("dashboard".length()) : label)
                    + host.substring(dot);
            return URI.create(uri.getScheme().toLowerCase(Locale.ROOT) + "://" + apiHost + port(uri));
        }
        String apiPath = path.startsWith("/exposed") ? path : path + "/exposed";
        return URI.create(uri.getScheme().toLowerCase(Locale.ROOT) + "://" + host + port(uri) + apiPath);
    }

    /** Whether a host is GitGuardian SaaS ({@code api}/{@code dashboard} host under gitguardian.com or .tech). */
    static boolean isSaas(String host) {
        if (!(host.endsWith(".gitguardian.com") || host.endsWith(".gitguardian.tech"))) {
            return false;
        }
        String label = host.substring(0, host.indexOf('.'));
        return label.equals("dashboard") || label.equals("api") || label.startsWith("dashboard-")
                || label.startsWith("api-");
    }

    private static String port(URI uri) {
        return uri.getPort() < 0 ? "" : ":" + uri.getPort();
    }
}
