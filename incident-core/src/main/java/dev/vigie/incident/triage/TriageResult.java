package dev.vigie.incident.triage;

import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;

/** The outcome of a triage run: every repository considered, in the procedure's order, with what was done and why. */
@Value.Immutable
public interface TriageResult {

    boolean dryRun();

    Instant startedAt();

    /** How many incidents the backlog held (TRIGGERED, per the policy). */
    int backlogSize();

    List<GroupResult> groups();

    /** Things the user should know about the run itself (no chat configured, a channel not readable). */
    List<String> warnings();

    /** Groups with the given outcome. */
    default List<GroupResult> withOutcome(GroupOutcome outcome) {
        return groups().stream().filter(g -> g.outcome() == outcome).toList();
    }

    static Builder builder() {
        return new Builder();
    }

    final class Builder extends ImmutableTriageResult.Builder {}
}
