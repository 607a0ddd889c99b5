package dev.vigie.gitguardian.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import org.immutables.value.Value;

/** Open and closed secret incidents of a source. */
@Value.Immutable
@JsonSerialize(as = ImmutableSecretIncidentsBreakdown.class)
@JsonDeserialize(as = ImmutableSecretIncidentsBreakdown.class)
public interface SecretIncidentsBreakdown {

    @Value.Default
    default IncidentCounts openSecretIncidents() {
        return ImmutableIncidentCounts.builder().build();
    }

    @Value.Default
    default IncidentCounts closedSecretIncidents() {
        return ImmutableIncidentCounts.builder().build();
    }
}
