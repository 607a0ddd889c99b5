package dev.vigie.gitguardian.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One API call to make: method, path under {@code /v1/}, query parameters in order, JSON body, the scope it needs
 * (named in a 403) and whether the transport may repeat it.
 *
 * @param method HTTP method
 * @param path path under {@code <base>/v1/}, e.g. {@code incidents/secrets/12}
 * @param query query parameters in the order they are sent
 * @param body object to send as JSON, or {@code null}
 * @param scope the token scope the endpoint needs, or {@code null} when none is documented
 * @param idempotent whether a 5xx, 408 or a broken connection may be retried; a non-idempotent call is only
 *     retried on 429 and on failures before the request was sent
 */
public record ApiRequest(
        String method,
        String path,
        Map<String, String> query,
        @Nullable Object body,
        @Nullable String scope,
        boolean idempotent) {

    public ApiRequest {
        query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
    }

    /** A GET (idempotent). */
    public static ApiRequest get(String path, Map<String, String> query, @Nullable String scope) {
        return new ApiRequest("GET", path, query, null, scope, true);
    }

    /** A POST with a JSON body ({@code {}} when {@code body} is null). */
    public static ApiRequest post(String path, @Nullable Object body, String scope, boolean idempotent) {
        return new ApiRequest("POST", path, Map.of(), body, scope, idempotent);
    }

    /** This request with one more (or a replaced) query parameter. */
    public ApiRequest withQuery(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(query);
        copy.put(name, value);
        return new ApiRequest(method, path, copy, body, scope, idempotent);
    }

    /** {@code GET /v1/incidents/secrets}: for messages and logs, never with the query string. */
    public String describe() {
        return method + " /v1/" + path;
    }
}
