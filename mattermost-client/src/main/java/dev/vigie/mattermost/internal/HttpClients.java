package dev.vigie.mattermost.internal;

import dev.vigie.incident.http.SecureUrls;
import java.net.Proxy;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import okhttp3.Authenticator;
import okhttp3.ConnectionSpec;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/** Validation of the builders' settings and assembly of the OkHttp client. */
public final class HttpClients {

    /** The default {@code User-Agent}. */
    public static final String DEFAULT_USER_AGENT = "vigie-mattermost-client/0.1";

    static final Duration DEFAULT_CONNECT = Duration.ofSeconds(10);
    static final Duration DEFAULT_READ = Duration.ofSeconds(30);
    static final Duration DEFAULT_CALL = Duration.ofSeconds(60);

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
            throw new IllegalArgumentException(what + " is not a valid URL", e);
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

    /**
     * The OkHttp client: derived from {@code base} when given (sharing its pool), else new with default timeouts;
     * OkHttp's silent retry always off so that one policy decides. For a plain-http (loopback) site the client is
     * cleartext-only, which spares the TLS set-up (trust store loading) it would never use.
     */
    public static OkHttpClient okHttp(
            boolean cleartext,
            @Nullable OkHttpClient base,
            @Nullable Proxy proxy,
            @Nullable Authenticator proxyAuthenticator,
            @Nullable Duration connect,
            @Nullable Duration read,
            @Nullable Duration call) {
        OkHttpClient.Builder b = base != null ? base.newBuilder() : new OkHttpClient.Builder()
                .connectTimeout(DEFAULT_CONNECT).readTimeout(DEFAULT_READ).callTimeout(DEFAULT_CALL);
        b.retryOnConnectionFailure(false);
        if (cleartext) {
            b.connectionSpecs(List.of(ConnectionSpec.CLEARTEXT));
        }
        if (connect != null) {
            b.connectTimeout(connect);
        }
        if (read != null) {
            b.readTimeout(read);
        }
        if (call != null) {
            b.callTimeout(call);
        }
        if (proxy != null) {
            b.proxy(proxy);
        }
        if (proxyAuthenticator != null) {
            b.proxyAuthenticator(proxyAuthenticator);
        }
        return b.build();
    }
}
