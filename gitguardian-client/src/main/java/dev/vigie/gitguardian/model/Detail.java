package dev.vigie.gitguardian.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import org.immutables.value.Value;

/** A {@code {"detail": …}} body, as {@code GET /v1/health} returns. */
@Value.Immutable
@JsonSerialize(as = ImmutableDetail.class)
@JsonDeserialize(as = ImmutableDetail.class)
public interface Detail {

    @Value.Default
    default String detail() {
        return "";
    }
}
