package dev.vigie.mattermost.internal;

import dev.vigie.incident.http.SecureUrls;
import java.net.URI;
import java.net.URISyntaxException;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/** Validation of the builders' site URL and token. */
public final class HttpClients {

    /** The default {@code User-Agent}. */
    public static final String DEFAULT_USER_AGENT = "vigie-mattermost-client/0.1";

    private HttpClients() {}

    /**
     * Parses and checks a site URL: absolute, https unless loopback; a trailing slash is dropped.
     *
     * @param what names the setting in error messages
     * @throws IllegalArgumentException when missing or invalid; the message shows the URL without query or user info
     */
    public static HttpUrl siteUrl(@Nullable String url, String what) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException(what + " is not set");
        }
        String trimmed = url.trim();
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            // not chained: the cause's message quotes the whole URL, which may hold a credential (a webhook id)
            throw new IllegalArgumentException(what + " is not a valid URL: " + e.getReason());
        }
        SecureUrls.requireHttpsUnlessLoopback(uri, what);
        HttpUrl parsed = HttpUrl.parse(trimmed);
        if (parsed == null) {
            throw new IllegalArgumentException(what + " '" + SecureUrls.safe(uri) + "' is not a valid http(s) URL");
        }
        return parsed;
    }

    /**
     * Trims and checks a token.
     *
     * @throws IllegalArgumentException when missing, empty or containing whitespace (never echoing it)
     */
    public static String token(@Nullable String token) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("Mattermost token is not set: pass token(...) or set MATTERMOST_TOKEN "
                    + "to a personal or bot access token");
        }
        String trimmed = token.trim();
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c <= ' ' || c >= 0x7f) {
                throw new IllegalArgumentException("Mattermost token contains whitespace or non-ASCII characters");
            }
        }
        return trimmed;
    }
}
