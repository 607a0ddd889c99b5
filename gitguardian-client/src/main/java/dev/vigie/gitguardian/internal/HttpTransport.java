package dev.vigie.gitguardian.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import dev.vigie.gitguardian.errors.GitGuardianDecodeException;
import dev.vigie.gitguardian.errors.GitGuardianIoException;
import dev.vigie.incident.http.LinkHeader;
import dev.vigie.incident.http.Page;
import dev.vigie.incident.http.RetryAfter;
import dev.vigie.incident.http.RetryPolicy;
import dev.vigie.incident.http.Sleeper;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * The OkHttp call loop: builds each request from the configured base URL, applies core's {@link RetryPolicy} (with
 * {@code Retry-After} read by {@link RetryAfter}), closes every failed response, maps errors with
 * {@link ErrorMapper} and decodes bodies with the module's mapper. Never logs headers or the key.
 */
public final class HttpTransport {

    private static final System.Logger LOG = System.getLogger(HttpTransport.class.getName());
    private static final MediaType JSON = MediaType.get("application/json");

    private final OkHttpClient http;
    private final HttpUrl base;
    private final String apiKey;
    private final String userAgent;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final Clock clock;
    private final RandomGenerator random;

    public HttpTransport(OkHttpClient http, HttpUrl base, String apiKey, String userAgent, RetryPolicy policy,
            Sleeper sleeper, Clock clock, RandomGenerator random) {
        this.http = http;
        this.base = base;
        this.apiKey = apiKey;
        this.userAgent = userAgent;
        this.policy = policy;
        this.sleeper = sleeper;
        this.clock = clock;
        this.random = random;
    }

    /** Makes the call and decodes its 2xx body as {@code type}. */
    public <T> T call(ApiRequest request, JavaType type) {
        return execute(request, response -> decode(request, response, type));
    }

    /** Makes the call and ignores any 2xx body (e.g. unshare: 200 or 204). */
    public void callIgnoringBody(ApiRequest request) {
        execute(request, response -> Boolean.TRUE);
    }

    /**
     * Fetches one page of a list call: a bare JSON array plus the {@code cursor} of the {@code rel="next"} link, to
     * be set on a request built again from the base URL (the link's host is never followed).
     */
    public <T> Page<T> page(ApiRequest request, JavaType listType) {
        return execute(request, response -> {
            List<T> items = decode(request, response, listType);
            if (items.contains(null)) {
                throw new GitGuardianDecodeException("GitGuardian answered " + request.describe() + " with a list "
                        + "holding a null element instead of an object: the answer is incomplete, try again.");
            }
            Optional<String> cursor = LinkHeader.next(response.headers("Link"))
                    .flatMap(link -> LinkHeader.queryParameter(link, "cursor"))
                    .filter(c -> !c.isEmpty());
            return new Page<>(items, cursor);
        });
    }

    private <R> R execute(ApiRequest request, SuccessHandler<R> onSuccess) {
        int retry = 0;
        Duration waited = Duration.ZERO;
        while (true) {
            Duration delay;
            try (Response response = http.newCall(build(request)).execute()) {
                int code = response.code();
                if (code >= 200 && code < 300) {
                    return onSuccess.handle(response);
                }
                Optional<Duration> hint = RetryAfter.parse(
                        response.header("Retry-After"), response.header("Date"), clock.instant());
                boolean mayRetry = policy.isRetryableStatus(code) && (request.idempotent() || code == 429);
                Optional<Duration> next = mayRetry
                        ? policy.nextDelay(retry + 1, hint, waited, random) : Optional.empty();
                if (next.isEmpty()) {
                    throw ErrorMapper.toException(request, response, hint, apiKey);
                }
                delay = next.get();
                String line = "GitGuardian " + request.describe() + " returned " + code + "; retry " + (retry + 1)
                        + " of " + policy.maxRetries() + " in " + delay.toMillis() + " ms";
                LOG.log(code == 429 ? Level.WARNING : Level.DEBUG, line);
            } catch (IOException e) {
                boolean mayRetry = request.idempotent() || RetryPolicy.neverSent(e);
                Optional<Duration> next = mayRetry
                        ? policy.nextDelay(retry + 1, Optional.empty(), waited, random) : Optional.empty();
                if (next.isEmpty()) {
                    throw new GitGuardianIoException(request.method(), "/v1/" + request.path(), e);
                }
                delay = next.get();
                LOG.log(Level.DEBUG, "GitGuardian " + request.describe() + " failed (" + e.getClass().getSimpleName()
                        + "); retry " + (retry + 1) + " of " + policy.maxRetries() + " in " + delay.toMillis() + " ms");
            }
            retry++;
            waited = waited.plus(delay);
            sleeper.sleep(delay);
        }
    }

    /** Failures where the request cannot have reached the server, so even a POST may be sent again. */
    private Request build(ApiRequest request) {
        HttpUrl.Builder url = base.newBuilder().addPathSegment("v1").addPathSegments(request.path());
        for (Map.Entry<String, String> q : request.query().entrySet()) {
            url.addQueryParameter(q.getKey(), q.getValue());
        }
        Request.Builder builder = new Request.Builder()
                .url(url.build())
                .header("Authorization", "Token " + apiKey)
                .header("Accept", "application/json")
                .header("User-Agent", userAgent);
        if (!request.method().equals("GET")) {
            builder.method(request.method(), RequestBody.create(json(request.body()), JSON));
        }
        return builder.build();
    }

    private static byte[] json(@Nullable Object body) {
        if (body == null) {
            return "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        try {
            return Json.mapper().writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot encode request body as JSON", e);
        }
    }

    private <T> T decode(ApiRequest request, Response response, JavaType type) throws IOException {
        if (!ErrorBodies.isJson(response)) {
            throw new GitGuardianDecodeException("GitGuardian answered " + request.describe() + " with "
                    + response.code() + " but a non-JSON body (" + ErrorBodies.contentType(response) + "): "
                    + ErrorBodies.snippet(response, apiKey) + ". A proxy or captive portal may be answering: check "
                    + "the API URL and the proxy settings.");
        }
        try {
            // One page is at most ~200 KB: reading it whole, then binding from the array, is faster than binding
            // from the socket stream and keeps memory bounded by one page.
            return Json.mapper().readValue(response.body().bytes(), type);
        } catch (JsonProcessingException e) {
            throw new GitGuardianDecodeException("Could not read GitGuardian's answer to " + request.describe()
                    + " as " + type.toCanonical().replaceAll("[\\w.]+\\.(\\w+)", "$1") + ": "
                    + e.getOriginalMessage() + " at line " + line(e) + ", column " + column(e), e);
        }
    }

    private static int line(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    }

    private static int column(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
    }

    @FunctionalInterface
    private interface SuccessHandler<R> {
        R handle(Response response) throws IOException;
    }
}
