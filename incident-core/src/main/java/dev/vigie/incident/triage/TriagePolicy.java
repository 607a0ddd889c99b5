package dev.vigie.incident.triage;

import dev.vigie.incident.Incident;
import dev.vigie.incident.IncidentStatus;
import dev.vigie.incident.Severity;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Which incidents enter the backlog and in what order (PROCEDURE.md 6.1–6.2): {@code TRIGGERED} only by default;
 * highest severity first ({@code critical, high, medium, low, info, unknown}), then most recent leak first. Ties are
 * broken by the most recent trigger date, then by the highest id, so the order is total and the same on every run.
 */
@Value.Immutable
public interface TriagePolicy {

    /** The procedure as written: TRIGGERED only, every severity. */
    static TriagePolicy procedure() {
        return builder().build();
    }

    /** Statuses that enter the backlog; the procedure works {@code TRIGGERED} only (6.1). */
    @Value.Default
    default Set<IncidentStatus> statuses() {
        return Set.of(IncidentStatus.TRIGGERED);
    }

    /** Lowest severity that enters the backlog. */
    @Value.Default
    default Severity minimumSeverity() {
        return Severity.UNKNOWN;
    }

    /** Whether an incident enters the backlog. */
    default boolean admits(Incident incident) {
        return statuses().contains(incident.status()) && incident.severity().isAtLeast(minimumSeverity());
    }

    /** The backlog order: severity rank, then leak date (newest first), trigger date (newest first), id (highest first). */
    default Comparator<Incident> order() {
        return ORDER;
    }

    /** The admitted incidents of {@code incidents}, in backlog order. Does not modify its argument. */
    default List<Incident> backlog(Collection<Incident> incidents) {
        return incidents.stream().filter(this::admits).sorted(order()).toList();
    }

    Comparator<Incident> ORDER = Comparator.comparing(Incident::severity)
            .thenComparing(Incident::date, Comparator.reverseOrder())
            .thenComparing(i -> i.triggeredAt().orElse(Instant.MIN), Comparator.reverseOrder())
            .thenComparing(Incident::id, Comparator.reverseOrder());

    static Builder builder() {
        return new Builder();
    }

    final class Builder extends ImmutableTriagePolicy.Builder {}
}
