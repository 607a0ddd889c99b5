package dev.vigie.incident.triage;

import dev.vigie.incident.AlertLevel;
import org.immutables.value.Value;

/**
 * The alert level Vigie proposes for an incident, with the reason in words. A RED proposal is not a RED alert until
 * a person confirms it after diagnosis (PROCEDURE.md 2.3).
 */
@Value.Immutable
public interface AlertProposal {

    @Value.Parameter
    AlertLevel level();

    /** Why, in one English sentence built from the incident's facts. */
    @Value.Parameter
    String reason();

    /** Whether a person must confirm the level before the RED procedure (call, escalation, GDPR clock) starts. */
    default boolean needsConfirmation() {
        return level() == AlertLevel.RED;
    }

    static AlertProposal of(AlertLevel level, String reason) {
        return ImmutableAlertProposal.of(level, reason);
    }
}
