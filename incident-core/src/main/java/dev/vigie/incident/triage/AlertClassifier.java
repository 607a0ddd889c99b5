package dev.vigie.incident.triage;

import dev.vigie.incident.Incident;

/**
 * Proposes an alert level for an incident (PROCEDURE.md 2.3). Replaceable: pass another implementation to the
 * workflows to apply another rule.
 */
@FunctionalInterface
public interface AlertClassifier {

    /** Proposes a level with its reason. Never throws for an incident with unknown facts: it fails towards RED. */
    AlertProposal classify(Incident incident);

    /** The documented default rule, {@link ExposureAlertClassifier}. */
    static AlertClassifier standard() {
        return new ExposureAlertClassifier();
    }
}
