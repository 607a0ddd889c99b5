package dev.vigie.incident.triage;

import dev.vigie.incident.escalation.EscalationPlan;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The follow-up of one earlier team message. */
@Value.Immutable
public interface ReminderResult {

    /** Normalised {@code org/repo}. */
    String repository();

    /** Directory id of the team. */
    String team();

    /** Where the team was told ({@code startups/ma-cantine}). */
    String channel();

    LocalDate deadline();

    ReminderOutcome outcome();

    String reason();

    List<String> actions();

    /** The incidents still unresolved with no feedback (the whole message's incidents when not due). */
    List<IncidentLine> incidents();

    Optional<EscalationPlan> escalationPlan();

    static Builder builder() {
        return new Builder();
    }

    final class Builder extends ImmutableReminderResult.Builder {}
}
