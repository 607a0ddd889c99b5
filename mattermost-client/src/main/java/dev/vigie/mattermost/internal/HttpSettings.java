package dev.vigie.mattermost.internal;

import dev.vigie.incident.http.RetryPolicy;
import dev.vigie.incident.http.Sleeper;
import java.net.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import okhttp3.Authenticator;
import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * The HTTP settings shared by the client's and the webhook's builders. Defaults: a new OkHttp client with 10 s
 * connect, 30 s read and 60 s call timeouts, OkHttp's own silent retry always off, {@link RetryPolicy#defaults()},
 * the system sleeper and UTC clock.
 *
 * @param <B> the concrete builder
 */
public abstract class HttpSettings<B extends HttpSettings<B>> {

    private static final Duration DEFAULT_CONNECT = Duration.ofSeconds(10);
    private static final Duration DEFAULT_READ = Duration.ofSeconds(30);
    private static final Duration DEFAULT_CALL = Duration.ofSeconds(60);

    private @Nullable OkHttpClient httpClient;
    private @Nullable Proxy proxy;
    private @Nullable Authenticator proxyAuthenticator;
    private @Nullable Duration connectTimeout;
    private @Nullable Duration readTimeout;
    private @Nullable Duration callTimeout;
    private String userAgent = HttpClients.DEFAULT_USER_AGENT;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private Sleeper sleeper = Sleeper.SYSTEM;
    private Clock clock = Clock.systemUTC();

    /** This builder. */
    protected abstract B self();

    /** An application-wide OkHttp client to derive from (its pool is shared; its retry-on-failure is turned off). */
    public B httpClient(OkHttpClient httpClient) {
        this.httpClient = httpClient;
        return self();
    }

    /** A proxy for this client only (never system-wide). */
    public B proxy(Proxy proxy) {
        this.proxy = proxy;
        return self();
    }

    /** Answers the proxy's 407 challenges (e.g. with {@code okhttp3.Credentials.basic}). */
    public B proxyAuthenticator(Authenticator proxyAuthenticator) {
        this.proxyAuthenticator = proxyAuthenticator;
        return self();
    }

    /** Connect timeout. */
    public B connectTimeout(Duration timeout) {
        this.connectTimeout = timeout;
        return self();
    }

    /** Read timeout (between bytes). */
    public B readTimeout(Duration timeout) {
        this.readTimeout = timeout;
        return self();
    }

    /** Total time of one HTTP exchange. */
    public B callTimeout(Duration timeout) {
        this.callTimeout = timeout;
        return self();
    }

    /** The {@code User-Agent} header. */
    public B userAgent(String userAgent) {
        this.userAgent = userAgent;
        return self();
    }

    /** When and how long to retry (incident-core's shared policy). */
    public B retryPolicy(RetryPolicy retryPolicy) {
        this.retryPolicy = retryPolicy;
        return self();
    }

    /** Waits between retries; tests pass one that records instead of sleeping. */
    public B sleeper(Sleeper sleeper) {
        this.sleeper = sleeper;
        return self();
    }

    /** The clock of the retry loop (the dedupe window of retried creates). */
    public B clock(Clock clock) {
        this.clock = clock;
        return self();
    }

    /** The configured {@code User-Agent}. */
    protected String userAgentValue() {
        return userAgent;
    }

    /**
     * The transport for these settings; {@code secrets} are masked in every exception text.
     *
     * @param site the (already checked) URL the transport will call
     */
    protected Transport transport(okhttp3.HttpUrl site, String... secrets) {
        return new Transport(okHttp(!site.isHttps()), retryPolicy, sleeper, clock, secrets);
    }

    /**
     * The OkHttp client: derived from {@link #httpClient(OkHttpClient)} when given (sharing its pool), else new with the default
     * timeouts; OkHttp's silent retry always off so that one policy decides. For a plain-http (loopback) site the
     * client is cleartext-only, which spares the TLS set-up (trust store loading) it would never use.
     */
    private OkHttpClient okHttp(boolean cleartext) {
        OkHttpClient.Builder b = httpClient != null ? httpClient.newBuilder() : new OkHttpClient.Builder()
                .connectTimeout(DEFAULT_CONNECT).readTimeout(DEFAULT_READ).callTimeout(DEFAULT_CALL);
        b.retryOnConnectionFailure(false);
        if (cleartext) {
            b.connectionSpecs(List.of(ConnectionSpec.CLEARTEXT));
        }
        if (connectTimeout != null) {
            b.connectTimeout(connectTimeout);
        }
        if (readTimeout != null) {
            b.readTimeout(readTimeout);
        }
        if (callTimeout != null) {
            b.callTimeout(callTimeout);
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
