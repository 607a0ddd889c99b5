package dev.vigie.incident.triage;

import java.util.Optional;
import org.immutables.value.Value;

/** How a backlog triage run behaves (the {@code incident:triage} properties of PRODUCT.md). */
@Value.Immutable
public interface TriageOptions extends ChatRunOptions {

    /** How many tickets (incidents) to work in one run; tickets already handled do not count. */
    @Value.Default
    default int max() {
        return 10;
    }

    /** Days the team has to fill in the feedback form (PROCEDURE.md 6.5: one week). */
    @Value.Default
    default int deadlineDays() {
        return 7;
    }

    /** Chat team of the security and ops channels. */
    /** Where the ops team logs who was told (PROCEDURE.md 6.6). */
    /** Private channel where the lead is claimed (PROCEDURE.md 1.1); no claim post when empty. */
    Optional<String> opsChannel();

    /** Assign the incidents in GitGuardian to this member when claiming the lead. */
    Optional<String> assignTo();

    /** Post share links in a channel that is not private. Off: a share link is a credential. */
    @Value.Default
    default boolean allowPublicChannel() {
        return false;
    }

    /** Put repositories with a RED proposal first instead of keeping the procedure's order. Off by default. */
    @Value.Default
    default boolean redFirst() {
        return false;
    }

    /** Which incidents are worked, and in what order. */
    @Value.Default
    default TriagePolicy policy() {
        return TriagePolicy.procedure();
    }

    /** Time zone of the dates written in messages (the deadline). */
    @Value.Check
    default void check() {
        if (max() < 1) {
            throw new IllegalArgumentException("incident.max must be at least 1, was " + max());
        }
        if (deadlineDays() < 1) {
            throw new IllegalArgumentException("incident.deadlineDays must be at least 1, was " + deadlineDays());
        }
    }

    static Builder builder() {
        return new Builder();
    }

    final class Builder extends ImmutableTriageOptions.Builder {}
}
