package dev.vigie.gitguardian.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A workspace member (gitguardian-api.md 8.7). */
@Value.Immutable
@JsonSerialize(as = ImmutableMember.class)
@JsonDeserialize(as = ImmutableMember.class)
public interface Member {

    long id();

    Optional<String> name();

    Optional<String> email();

    @Value.Default
    default AccessLevel accessLevel() {
        return AccessLevel.UNKNOWN;
    }

    /** Legacy duplicate of {@link #accessLevel()}. */
    Optional<String> role();

    Optional<Instant> createdAt();

    Optional<Instant> lastLogin();

    Optional<Boolean> active();
}
