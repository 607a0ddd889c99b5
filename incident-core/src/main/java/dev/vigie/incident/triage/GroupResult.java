package dev.vigie.incident.triage;

import dev.vigie.incident.AlertLevel;
import dev.vigie.incident.RepositoryRef;
import dev.vigie.incident.contact.ContactPlan;
import dev.vigie.incident.escalation.EscalationPlan;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** What a triage run did (or, dry, would do) for one repository's incidents. */
@Value.Immutable
public interface GroupResult {

    /** 1-based position in the procedure's order. */
    int position();

    /** Empty when the source did not say which repository the incidents belong to. */
    Optional<RepositoryRef> repository();

    /** The team's display name, when the directory maps the repository. */
    Optional<String> team();

    /** Where the team is told ({@code startups/ma-cantine}). */
    Optional<String> channel();

    GroupOutcome outcome();

    /** Why, in one sentence a person can act on. */
    String reason();

    /** The actions taken, or planned in a dry run, in order. */
    List<String> actions();

    List<IncidentLine> incidents();

    /** The feedback deadline announced (or to announce). */
    Optional<LocalDate> deadline();

    /** How to reach the team (PROCEDURE.md 3); always present for RED proposals and unmapped repositories. */
    Optional<ContactPlan> contactPlan();

    /** Who to warn at the top for a RED proposal (PROCEDURE.md 5). */
    Optional<EscalationPlan> escalationPlan();

    /** Whether Vigie proposes RED for one of the incidents: a chat message alone is not enough, call the team. */
    @Value.Derived
    default boolean red() {
        return incidents().stream().anyMatch(line -> line.proposal().level() == AlertLevel.RED);
    }

    static Builder builder() {
        return new Builder();
    }

    final class Builder extends ImmutableGroupResult.Builder {}
}
