package dev.vigie.gitguardian;

import com.fasterxml.jackson.databind.JavaType;
import dev.vigie.gitguardian.errors.GitGuardianException;
import dev.vigie.gitguardian.errors.NotFoundException;
import dev.vigie.gitguardian.internal.ApiRequest;
import dev.vigie.gitguardian.internal.HttpTransport;
import dev.vigie.gitguardian.internal.Json;
import dev.vigie.gitguardian.model.ApiToken;
import dev.vigie.gitguardian.model.Detail;
import dev.vigie.gitguardian.model.IgnoreReason;
import dev.vigie.gitguardian.model.IncidentToken;
import dev.vigie.gitguardian.model.Member;
import dev.vigie.gitguardian.model.Note;
import dev.vigie.gitguardian.model.Quota;
import dev.vigie.gitguardian.model.QuotaResponse;
import dev.vigie.gitguardian.model.SecretIncident;
import dev.vigie.gitguardian.model.Source;
import dev.vigie.incident.RepositoryRef;
import dev.vigie.incident.http.AutoPager;
import dev.vigie.incident.http.Page;
import dev.vigie.incident.port.RepositoryNotFoundException;
import dev.vigie.incident.http.RetryPolicy;
import dev.vigie.incident.http.Sleeper;
import java.net.Proxy;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;
import okhttp3.Authenticator;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * Client of the GitGuardian public API v1. Build it once per application ({@link #builder()} or
 * {@link #fromEnv()}) and share it: it is thread-safe and holds an OkHttp connection pool.
 *
 * <p>Every call throws a subclass of {@link GitGuardianException} on failure (unchecked). GET calls are idempotent
 * and retried by the configured policy; each POST says whether repeating it is safe, and non-idempotent POSTs are
 * only retried on 429 and on failures before the request was sent. List calls come in two forms: an auto-paging
 * {@link AutoPager} ({@code Iterable} with {@code stream()}, next page fetched only when needed) and a single
 * {@link Page} at a cursor.
 */
public final class GitGuardianClient {

    static final String INCIDENTS_READ = "incidents:read";
    static final String INCIDENTS_WRITE = "incidents:write";
    static final String INCIDENTS_SHARE = "incidents:share";
    static final String SOURCES_READ = "sources:read";
    static final String MEMBERS_READ = "members:read";

    private final HttpTransport transport;
    private final URI apiUrl;
    private final int maxPages;

    GitGuardianClient(HttpTransport transport, URI apiUrl, int maxPages) {
        this.transport = transport;
        this.apiUrl = apiUrl;
        this.maxPages = maxPages;
    }

    /** A builder; {@link Builder#apiKey(String)} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A client configured from {@code GITGUARDIAN_API_KEY} and {@code GITGUARDIAN_API_URL} (else
     * {@code GITGUARDIAN_INSTANCE}, else the US SaaS).
     *
     * @throws IllegalStateException when {@code GITGUARDIAN_API_KEY} is unset or blank
     */
    public static GitGuardianClient fromEnv() {
        return builder().fromEnv().build();
    }

    /** The API base URL in use (without {@code /v1}). */
    public URI apiUrl() {
        return apiUrl;
    }

    // ---- incidents -------------------------------------------------------------------------------------------

    /** All incidents matching {@code params}, lazily paged ({@code incidents:read}). Idempotent. */
    public AutoPager<SecretIncident> listIncidents(ListIncidentsParams params) {
        return pager("incidents", cursor -> listIncidentsPage(params, cursor));
    }

    /** One page of {@code GET /v1/incidents/secrets} at {@code cursor} (empty: the first). Idempotent. */
    public Page<SecretIncident> listIncidentsPage(ListIncidentsParams params, Optional<String> cursor) {
        return page("incidents/secrets", params.toQuery(), cursor, INCIDENTS_READ, SecretIncident.class);
    }

    /**
     * All incidents of one source ({@code GET /v1/sources/{id}/incidents/secrets}), lazily paged. The global list
     * ignores a source filter: this is the way to list one repository. Idempotent.
     */
    public AutoPager<SecretIncident> listSourceIncidents(long sourceId, ListIncidentsParams params) {
        return pager("incidents of source " + sourceId, cursor -> listSourceIncidentsPage(sourceId, params, cursor));
    }

    /** One page of a source's incidents. Idempotent. */
    public Page<SecretIncident> listSourceIncidentsPage(
            long sourceId, ListIncidentsParams params, Optional<String> cursor) {
        return page("sources/" + sourceId + "/incidents/secrets", params.toQuery(), cursor, INCIDENTS_READ,
                SecretIncident.class);
    }

    /**
     * One incident with up to {@code withOccurrences} (0–100) occurrences. Idempotent.
     *
     * @throws NotFoundException for an unknown id or one of another workspace
     */
    public SecretIncident getIncident(long incidentId, int withOccurrences) {
        if (withOccurrences < 0 || withOccurrences > 100) {
            throw new IllegalArgumentException("withOccurrences must be within 0-100, was " + withOccurrences);
        }
        return call(ApiRequest.get(incident(incidentId), Map.of("with_occurrences", Integer.toString(withOccurrences)),
                INCIDENTS_READ), SecretIncident.class);
    }

    /**
     * Shares the incident and returns its link ({@code incidents:share}). <b>Not idempotent</b>: each call may issue
     * a new token (the old link stops working), so it is never retried after a 5xx or timeout; prefer reusing the
     * incident's {@code share_url}. The returned link is a credential.
     */
    public IncidentToken shareIncident(long incidentId, ShareOptions options) {
        return call(ApiRequest.post(incident(incidentId) + "/share", options.toBody(), INCIDENTS_SHARE, false),
                IncidentToken.class);
    }

    /** Revokes the incident's share link ({@code incidents:share}). Idempotent (same end state). */
    public void unshareIncident(long incidentId) {
        transport.callIgnoringBody(ApiRequest.post(incident(incidentId) + "/unshare", null, INCIDENTS_SHARE, true));
    }

    /** Assigns the incident to the member with this email ({@code incidents:write}). Idempotent for one email. */
    public SecretIncident assignIncident(long incidentId, String email) {
        return call(ApiRequest.post(incident(incidentId) + "/assign", Map.of("email", email), INCIDENTS_WRITE, true),
                SecretIncident.class);
    }

    /** Assigns the incident to a member by id ({@code incidents:write}). Idempotent for one member. */
    public SecretIncident assignIncidentToMember(long incidentId, long memberId) {
        return call(ApiRequest.post(incident(incidentId) + "/assign", Map.of("member_id", memberId), INCIDENTS_WRITE,
                true), SecretIncident.class);
    }

    /** Removes the assignee ({@code incidents:write}). Idempotent. */
    public SecretIncident unassignIncident(long incidentId) {
        return call(ApiRequest.post(incident(incidentId) + "/unassign", null, INCIDENTS_WRITE, true),
                SecretIncident.class);
    }

    /**
     * Resolves the incident ({@code incidents:write}); {@code secretRevoked} is required by the API. Not repeated
     * blindly after a 5xx (someone may have changed the status meanwhile): re-read the incident instead.
     */
    public SecretIncident resolveIncident(long incidentId, boolean secretRevoked) {
        return call(ApiRequest.post(incident(incidentId) + "/resolve", Map.of("secret_revoked", secretRevoked),
                INCIDENTS_WRITE, false), SecretIncident.class);
    }

    /** Ignores the incident with a reason ({@code incidents:write}). Not repeated blindly, like resolve. */
    public SecretIncident ignoreIncident(long incidentId, IgnoreReason reason) {
        if (reason == IgnoreReason.UNKNOWN) {
            throw new IllegalArgumentException("ignore reason must be a known value, not UNKNOWN");
        }
        return call(ApiRequest.post(incident(incidentId) + "/ignore", Map.of("ignore_reason", reason.apiName()),
                INCIDENTS_WRITE, false), SecretIncident.class);
    }

    /** Reopens a resolved or ignored incident ({@code incidents:write}). Idempotent. */
    public SecretIncident reopenIncident(long incidentId) {
        return call(ApiRequest.post(incident(incidentId) + "/reopen", null, INCIDENTS_WRITE, true),
                SecretIncident.class);
    }

    /** All notes of an incident, lazily paged ({@code incidents:read}). Idempotent. */
    public AutoPager<Note> listNotes(long incidentId) {
        return pager("notes of incident " + incidentId, cursor -> listNotesPage(incidentId, cursor));
    }

    /** One page of an incident's notes. Idempotent. */
    public Page<Note> listNotesPage(long incidentId, Optional<String> cursor) {
        return page(incident(incidentId) + "/notes", Map.of("per_page", "100"), cursor, INCIDENTS_READ, Note.class);
    }

    /**
     * Adds a note (1–10 000 characters; {@code incidents:write}). <b>Not idempotent</b>: never retried after a 5xx
     * or timeout; list the notes first to see whether it was stored.
     */
    public Note createNote(long incidentId, String comment) {
        if (comment.isEmpty() || comment.length() > 10_000) {
            throw new IllegalArgumentException("a note must have 1-10000 characters, had " + comment.length());
        }
        return call(ApiRequest.post(incident(incidentId) + "/notes", Map.of("comment", comment), INCIDENTS_WRITE,
                false), Note.class);
    }

    // ---- sources, members, workspace -------------------------------------------------------------------------

    /** All sources matching {@code params}, lazily paged ({@code sources:read}). Idempotent. */
    public AutoPager<Source> listSources(ListSourcesParams params) {
        return pager("sources", cursor -> listSourcesPage(params, cursor));
    }

    /** One page of {@code GET /v1/sources}. Idempotent. */
    public Page<Source> listSourcesPage(ListSourcesParams params, Optional<String> cursor) {
        return page("sources", params.toQuery(), cursor, SOURCES_READ, Source.class);
    }

    /** One source by id. Idempotent. @throws NotFoundException for an unknown id */
    public Source getSource(long sourceId) {
        return call(ApiRequest.get("sources/" + sourceId, Map.of(), SOURCES_READ), Source.class);
    }

    /**
     * The source of a repository, matched exactly (gitguardian-api.md 6.2): {@code search} on {@code org/repo},
     * then on the repository name, keeping only sources whose {@code full_name} or normalised {@code url} equals the
     * repository; ties broken by the forge host. The source carries {@code open_incidents_count} and the open
     * breakdown by severity, enough for a CI check in one call. Idempotent; 1 or 2 requests.
     *
     * @throws RepositoryNotFoundException when no source, or several, match; the message lists the candidates
     */
    public Source findSource(RepositoryRef repository) {
        return new RepositoryLookup(this).find(repository);
    }

    /** Workspace members, lazily paged ({@code members:read}). Idempotent. */
    public AutoPager<Member> listMembers(ListMembersParams params) {
        return pager("members", cursor -> listMembersPage(params, cursor));
    }

    /** One page of {@code GET /v1/members}. Idempotent. */
    public Page<Member> listMembersPage(ListMembersParams params, Optional<String> cursor) {
        return page("members", params.toQuery(), cursor, MEMBERS_READ, Member.class);
    }

    /** Checks the key: the API's {@code detail} ({@code "Valid API key."}). Idempotent. */
    public String health() {
        return call(ApiRequest.get("health", Map.of(), null), Detail.class).detail();
    }

    /** The calling token with its scopes ({@code GET /v1/api_tokens/self}). Idempotent. */
    public ApiToken apiTokenSelf() {
        return call(ApiRequest.get("api_tokens/self", Map.of(), null), ApiToken.class);
    }

    /**
     * The scopes among {@code needed} that the calling token lacks, from {@code GET /v1/api_tokens/self}: check them
     * before a run to name what is missing rather than wait for a 403. Idempotent.
     */
    public List<String> missingScopes(java.util.Collection<String> needed) {
        ApiToken token = apiTokenSelf();
        return needed.stream().filter(scope -> !token.hasScope(scope)).toList();
    }

    /** The workspace's scan quota (incident calls do not consume it). Idempotent. */
    public Quota quotas() {
        return call(ApiRequest.get("quotas", Map.of(), null), QuotaResponse.class).content();
    }

    // ---- plumbing --------------------------------------------------------------------------------------------

    private static String incident(long incidentId) {
        return "incidents/secrets/" + incidentId;
    }

    private <T> AutoPager<T> pager(String what, java.util.function.Function<Optional<String>, Page<T>> fetch) {
        return new AutoPager<>(what, fetch, maxPages);
    }

    private <T> Page<T> page(String path, Map<String, String> query, Optional<String> cursor, String scope,
            Class<T> item) {
        ApiRequest request = ApiRequest.get(path, query, scope);
        if (cursor.isPresent()) {
            request = request.withQuery("cursor", cursor.get());
        }
        JavaType type = Json.mapper().getTypeFactory().constructCollectionType(List.class, item);
        return transport.page(request, type);
    }

    private <T> T call(ApiRequest request, Class<T> type) {
        return transport.call(request, Json.mapper().constructType(type));
    }

    /** Names the API URL; never the key. */
    @Override
    public String toString() {
        return "GitGuardianClient{apiUrl=" + apiUrl + ", apiKey=****}";
    }

    /**
     * Configures a {@link GitGuardianClient}. Validates and normalises: the key is trimmed and must not be empty;
     * the URL goes through {@link GitGuardianUrls#apiUrl(String)} ({@code https} unless loopback).
     */
    public static final class Builder {
        private URI apiUrl = URI.create(GitGuardianUrls.DEFAULT_API_URL);
        private @Nullable String apiKey;
        private @Nullable OkHttpClient httpClient;
        private @Nullable Proxy proxy;
        private @Nullable Authenticator proxyAuthenticator;
        private @Nullable Duration connectTimeout;
        private @Nullable Duration readTimeout;
        private @Nullable Duration callTimeout;
        private String userAgent = defaultUserAgent();
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private Sleeper sleeper = Sleeper.SYSTEM;
        private Clock clock = Clock.systemUTC();
        /** Thread-safe jitter: the client is shared between threads. */
        private RandomGenerator random = () -> ThreadLocalRandom.current().nextLong();
        private int maxPages = 1000;

        Builder() {}

        /** API URL, SaaS dashboard URL or self-hosted instance URL (see {@link GitGuardianUrls}). */
        public Builder baseUrl(String url) {
            this.apiUrl = GitGuardianUrls.apiUrl(url);
            return this;
        }

        /** The API key (trimmed). Never printed anywhere. */
        public Builder apiKey(String key) {
            String trimmed = key.trim();
            if (trimmed.isEmpty()) {
                throw new IllegalArgumentException("GitGuardian API key is empty");
            }
            for (int i = 0; i < trimmed.length(); i++) {
                char c = trimmed.charAt(i);
                if (c < 0x21 || c > 0x7e) {
                    throw new IllegalArgumentException("GitGuardian API key has an invalid character at position "
                            + (i + 1) + " (only printable ASCII is allowed): check how it was copied");
                }
            }
            this.apiKey = trimmed;
            return this;
        }

        /** Reads {@code GITGUARDIAN_API_KEY}, {@code GITGUARDIAN_API_URL} else {@code GITGUARDIAN_INSTANCE}. */
        public Builder fromEnv() {
            return fromEnv(System.getenv());
        }

        Builder fromEnv(Map<String, String> env) {
            String key = env.get("GITGUARDIAN_API_KEY");
            if (key == null || key.isBlank()) {
                throw new IllegalStateException("No GitGuardian API key: set the environment variable "
                        + "GITGUARDIAN_API_KEY (a token with scopes incidents:read, sources:read)");
            }
            apiKey(key);
            String url = GitGuardianUrls.configured(null, env::get);
            if (!url.equals(GitGuardianUrls.DEFAULT_API_URL)) {
                baseUrl(url);
            }
            return this;
        }

        /** An application-wide OkHttp client to derive from ({@code newBuilder()}: pool and threads shared). */
        public Builder httpClient(OkHttpClient client) {
            this.httpClient = client;
            return this;
        }

        /** A proxy for every call (never a system property); see {@link #proxyAuthenticator}. */
        public Builder proxy(Proxy proxy) {
            this.proxy = proxy;
            return this;
        }

        /** Answers a proxy's 407 (e.g. with {@code Proxy-Authorization: Basic …}). */
        public Builder proxyAuthenticator(Authenticator authenticator) {
            this.proxyAuthenticator = authenticator;
            return this;
        }

        /** Default 10 s. */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = timeout;
            return this;
        }

        /** Default 30 s. */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = timeout;
            return this;
        }

        /** Whole-call timeout of one attempt; default 60 s. */
        public Builder callTimeout(Duration timeout) {
            this.callTimeout = timeout;
            return this;
        }

        /** Default {@code vigie/<version> (gitguardian-client; Java/<version>)}. */
        public Builder userAgent(String userAgent) {
            this.userAgent = userAgent;
            return this;
        }

        /** Default {@link RetryPolicy#defaults()}: 3 retries, 0.5 s doubling to 8 s, at most 60 s of waiting. */
        public Builder retryPolicy(RetryPolicy policy) {
            this.retryPolicy = policy;
            return this;
        }

        /** Waits between retries; tests inject one that records. */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = sleeper;
            return this;
        }

        /** Local clock, used for {@code Retry-After} dates when a response has no {@code Date}. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** Jitter source; tests pass a seeded one. */
        Builder random(RandomGenerator random) {
            this.random = random;
            return this;
        }

        /** The most pages one auto-paging iteration requests (default 1000); more throws. */
        public Builder maxPages(int maxPages) {
            if (maxPages < 1) {
                throw new IllegalArgumentException("maxPages must be at least 1");
            }
            this.maxPages = maxPages;
            return this;
        }

        /**
         * Builds the client.
         *
         * @throws IllegalStateException when no API key was given
         */
        public GitGuardianClient build() {
            if (apiKey == null) {
                throw new IllegalStateException("No GitGuardian API key: call apiKey(...) or fromEnv() "
                        + "(GITGUARDIAN_API_KEY)");
            }
            OkHttpClient.Builder http = httpClient == null ? new OkHttpClient.Builder() : httpClient.newBuilder();
            boolean fresh = httpClient == null;
            if (connectTimeout != null || fresh) {
                http.connectTimeout(connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout);
            }
            if (readTimeout != null || fresh) {
                http.readTimeout(readTimeout == null ? Duration.ofSeconds(30) : readTimeout);
            }
            if (callTimeout != null || fresh) {
                http.callTimeout(callTimeout == null ? Duration.ofSeconds(60) : callTimeout);
            }
            if (proxy != null) {
                http.proxy(proxy);
            }
            if (proxyAuthenticator != null) {
                http.proxyAuthenticator(proxyAuthenticator);
            }
            http.retryOnConnectionFailure(false);
            HttpUrl base = HttpUrl.get(apiUrl.toString());
            HttpTransport transport = new HttpTransport(http.build(), base, apiKey, userAgent, retryPolicy, sleeper,
                    clock, random);
            return new GitGuardianClient(transport, apiUrl, maxPages);
        }

        private static String defaultUserAgent() {
            String version = GitGuardianClient.class.getPackage().getImplementationVersion();
            return "vigie/" + (version == null ? "dev" : version) + " (gitguardian-client; Java/"
                    + System.getProperty("java.version") + ")";
        }

        /** Names the URL; never the key. */
        @Override
        public String toString() {
            return "GitGuardianClient.Builder{apiUrl=" + apiUrl + ", apiKey=" + (apiKey == null ? "unset" : "****")
                    + "}";
        }
    }
}
