package dev.vigie.gitguardian.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import org.immutables.value.Value;

/** A total of incidents and its breakdown by severity. */
@Value.Immutable
@JsonSerialize(as = ImmutableIncidentCounts.class)
@JsonDeserialize(as = ImmutableIncidentCounts.class)
public interface IncidentCounts {

    @Value.Default
    default int total() {
        return 0;
    }

    @Value.Default
    default SeverityBreakdown severityBreakdown() {
        return ImmutableSeverityBreakdown.builder().build();
    }
}
