package dev.vigie.gitguardian.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** Scan quota of the workspace ({@code GET /v1/quotas} content). Incident calls do not consume it. */
@Value.Immutable
@JsonSerialize(as = ImmutableQuota.class)
@JsonDeserialize(as = ImmutableQuota.class)
public interface Quota {

    @Value.Default
    default long count() {
        return 0;
    }

    @Value.Default
    default long limit() {
        return 0;
    }

    @Value.Default
    default long remaining() {
        return 0;
    }

    Optional<LocalDate> since();
}
