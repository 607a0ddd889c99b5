package dev.vigie.incident.http;

import java.net.InetAddress;
import java.net.URI;
import java.util.Locale;

/**
 * The rule both clients apply to their base URL: credentials travel over {@code https} only, except to a loopback
 * host (tests, a local tunnel).
 */
public final class SecureUrls {

    private SecureUrls() {}

    /**
     * Checks a base URL.
     *
     * @param what names the setting in the error message ({@code "GitGuardian API URL"})
     * @throws IllegalArgumentException for a URL that is not absolute http(s), or plain http to a non-loopback host;
     *     the message says what to change
     */
    public static URI requireHttpsUnlessLoopback(URI url, String what) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (url.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IllegalArgumentException(what + " must be an absolute http(s) URL, was '" + safe(url) + "'");
        }
        if (scheme.equals("http") && !isLoopback(url.getHost())) {
            throw new IllegalArgumentException(what + " '" + safe(url) + "' uses plain http: credentials would travel "
                    + "in clear. Use https (http is accepted only for localhost / 127.0.0.1 / [::1]).");
        }
        return url;
    }

    /** {@code localhost}, {@code *.localhost}, 127.0.0.0/8 or {@code ::1}, without a DNS lookup. */
    public static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.equals("localhost") || h.endsWith(".localhost")) {
            return true;
        }
        if (h.matches("\\d{1,3}(\\.\\d{1,3}){3}") || h.contains(":")) {
            try {
                return InetAddress.getByName(h).isLoopbackAddress();
            } catch (java.net.UnknownHostException notAnAddress) {
                return false;
            }
        }
        return false;
    }

    /** The URL without user info, query or fragment, and with webhook ids and share tokens masked. */
    public static String safe(URI url) {
        StringBuilder s = new StringBuilder();
        if (url.getScheme() != null) {
            s.append(url.getScheme()).append("://");
        }
        if (url.getHost() != null) {
            s.append(url.getHost());
        }
        if (url.getPort() >= 0) {
            s.append(':').append(url.getPort());
        }
        if (url.getRawPath() != null) {
            s.append(url.getRawPath());
        }
        return Redaction.redact(s.toString());
    }
}
