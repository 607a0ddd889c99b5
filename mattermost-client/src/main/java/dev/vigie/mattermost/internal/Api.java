package dev.vigie.mattermost.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Builds {@code /api/v4} requests (path segments escaped one by one, the bearer token, JSON bodies) and runs them
 * through the {@link Transport}.
 */
public final class Api {

    /** {@code application/json; charset=utf-8}. */
    public static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final HttpUrl siteUrl;
    private final String authorization;
    private final String userAgent;
    private final Transport transport;

    /**
     * @param siteUrl the server's site URL, without a trailing slash
     * @param token the bearer token; kept only in the {@code Authorization} header value
     */
    public Api(HttpUrl siteUrl, String token, String userAgent, Transport transport) {
        this.siteUrl = siteUrl;
        this.authorization = "Bearer " + token;
        this.userAgent = userAgent;
        this.transport = transport;
    }

    /** The site URL (no credential in it). */
    public HttpUrl siteUrl() {
        return siteUrl;
    }

    /** A URL builder at {@code {site}/api/v4/{segments…}}, each segment escaped. */
    public HttpUrl.Builder url(String... segments) {
        HttpUrl.Builder b = siteUrl.newBuilder().addPathSegment("api").addPathSegment("v4");
        for (String segment : segments) {
            b.addPathSegment(segment);
        }
        return b;
    }

    /** {@code GET url}, retried as a read. */
    public <T> T get(HttpUrl url, JavaType type) {
        return transport.json(request(url).get().build(), RetryMode.SAFE, type, url.encodedPath());
    }

    /** {@code POST url} with {@code body} as JSON. */
    public <T> T post(HttpUrl url, Object body, RetryMode mode, JavaType type) {
        return transport.json(request(url).post(jsonBody(body)).build(), mode, type, url.encodedPath());
    }

    /** {@code body} serialised with the central mapper. */
    public static RequestBody jsonBody(Object body) {
        try {
            return RequestBody.create(Json.mapper().writeValueAsBytes(body), JSON);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot serialise " + body.getClass().getSimpleName(), e);
        }
    }

    private Request.Builder request(HttpUrl url) {
        return new Request.Builder()
                .url(url)
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .header("User-Agent", userAgent);
    }

    @Override
    public String toString() {
        return "Api[" + siteUrl + ", token=****]";
    }
}
