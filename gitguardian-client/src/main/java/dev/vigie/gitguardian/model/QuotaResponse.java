package dev.vigie.gitguardian.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import org.immutables.value.Value;

/** Envelope of {@code GET /v1/quotas}. */
@Value.Immutable
@JsonSerialize(as = ImmutableQuotaResponse.class)
@JsonDeserialize(as = ImmutableQuotaResponse.class)
public interface QuotaResponse {

    Quota content();
}
