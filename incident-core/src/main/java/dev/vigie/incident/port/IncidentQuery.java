package dev.vigie.incident.port;

import dev.vigie.incident.IncidentStatus;
import dev.vigie.incident.RepositoryRef;
import dev.vigie.incident.Severity;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Which incidents to list. Sources must apply every criterion, re-checking on their side what the server was asked
 * to filter, so that a filter the server ignored cannot widen the result.
 */
@Value.Immutable
public interface IncidentQuery {

    /**
     * Statuses to include; by default every unresolved incident: {@code TRIGGERED}, {@code ASSIGNED}, and
     * {@code UNKNOWN} (a status the API added since: a CI gate fails safe on it).
     */
    @Value.Default
    default Set<IncidentStatus> statuses() {
        return Set.of(IncidentStatus.TRIGGERED, IncidentStatus.ASSIGNED, IncidentStatus.UNKNOWN);
    }

    /** Only incidents of this repository; every repository when empty. */
    Optional<RepositoryRef> repository();

    /** Lowest severity to include; every severity by default. */
    @Value.Default
    default Severity minimumSeverity() {
        return Severity.UNKNOWN;
    }

    /** Only incidents leaked after this instant. */
    Optional<Instant> leakedAfter();

    /** Whether an incident passes this query's criteria (used by sources to re-check server-side filters). */
    default boolean accepts(dev.vigie.incident.Incident incident) {
        return statuses().contains(incident.status())
                && incident.severity().isAtLeast(minimumSeverity())
                && repository().map(r -> incident.repository().map(r::equals).orElse(true)).orElse(true)
                && leakedAfter().map(after -> incident.date().isAfter(after)).orElse(true);
    }

    /** Every unresolved incident of one repository. */
    static IncidentQuery unresolvedIn(RepositoryRef repository) {
        return builder().repository(repository).build();
    }

    /** The triage backlog of PROCEDURE.md 6.1: {@code TRIGGERED} only, every repository. */
    static IncidentQuery backlog() {
        return builder().statuses(Set.of(IncidentStatus.TRIGGERED)).build();
    }

    static Builder builder() {
        return new Builder();
    }

    final class Builder extends ImmutableIncidentQuery.Builder {}
}
