package dev.vigie.gitguardian.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.vigie.incident.Severity;
import org.immutables.value.Value;

/** Incident counts per severity. */
@Value.Immutable
@JsonSerialize(as = ImmutableSeverityBreakdown.class)
@JsonDeserialize(as = ImmutableSeverityBreakdown.class)
public interface SeverityBreakdown {

    @Value.Default
    default int critical() {
        return 0;
    }

    @Value.Default
    default int high() {
        return 0;
    }

    @Value.Default
    default int medium() {
        return 0;
    }

    @Value.Default
    default int low() {
        return 0;
    }

    @Value.Default
    default int info() {
        return 0;
    }

    @Value.Default
    default int unknown() {
        return 0;
    }

    /** How many incidents have this severity or a higher one. */
    default int atLeast(Severity threshold) {
        int[] counts = {critical(), high(), medium(), low(), info(), unknown()};
        int sum = 0;
        for (Severity s : Severity.values()) {
            if (s.isAtLeast(threshold)) {
                sum += counts[s.ordinal()];
            }
        }
        return sum;
    }
}
