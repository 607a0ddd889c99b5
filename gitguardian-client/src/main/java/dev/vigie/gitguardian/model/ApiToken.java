package dev.vigie.gitguardian.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The calling API token ({@code GET /v1/api_tokens/self}, gitguardian-api.md 8.9). */
@Value.Immutable
@JsonSerialize(as = ImmutableApiToken.class)
@JsonDeserialize(as = ImmutableApiToken.class)
public interface ApiToken {

    Optional<String> id();

    Optional<String> name();

    Optional<Long> workspaceId();

    /** Personal access token or service account. */
    Optional<String> type();

    Optional<String> status();

    Optional<Instant> createdAt();

    Optional<Instant> lastUsedAt();

    Optional<Instant> expireAt();

    Optional<Instant> revokedAt();

    Optional<Long> memberId();

    Optional<Long> creatorId();

    /** Scopes, e.g. {@code incidents:read}. */
    List<String> scopes();

    /** Whether the token has this scope. */
    default boolean hasScope(String scope) {
        return scopes().contains(scope);
    }
}
