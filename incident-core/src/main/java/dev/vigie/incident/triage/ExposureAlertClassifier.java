package dev.vigie.incident.triage;

import dev.vigie.incident.AlertLevel;
import dev.vigie.incident.Incident;
import dev.vigie.incident.Severity;
import dev.vigie.incident.Validity;

/**
 * The default rule: RED means "data readable in clear on the web" (PROCEDURE.md 2.1), so a secret is RED when it is
 * readable on the web <em>and</em> may still open something; anything else is a bad practice that could lead there,
 * ORANGE (2.2).
 *
 * <ul>
 *   <li>Readable on the web: the source is publicly visible, or GitGuardian tagged the incident
 *       {@code PUBLICLY_LEAKED} or {@code PUBLICLY_EXPOSED}.
 *   <li>May still open something: validity {@code valid}; or not known ({@code unknown}, {@code failed_to_check},
 *       {@code no_checker}) with a severity that is not {@code low} or {@code info} (an {@code unknown} severity
 *       counts as serious: the rule fails towards RED).
 * </ul>
 */
public final class ExposureAlertClassifier implements AlertClassifier {

    @Override
    public AlertProposal classify(Incident incident) {
        boolean onTheWeb = incident.publiclyVisible() || incident.publiclyLeaked();
        Validity validity = incident.validity();
        boolean minor = incident.severity() == Severity.LOW || incident.severity() == Severity.INFO;
        String facts = "validity " + validity.apiName() + ", severity " + incident.severity().apiName();
        if (!onTheWeb) {
            return AlertProposal.of(AlertLevel.ORANGE,
                    "The secret is in a private source (" + facts + "): a bad practice that could lead to a leak.");
        }
        if (validity == Validity.VALID) {
            return AlertProposal.of(AlertLevel.RED,
                    "The secret is readable on the web and GitGuardian checked that it still works (" + facts
                            + "). Confirm after diagnosis with the team.");
        }
        if (validity.mayStillWork() && !minor) {
            return AlertProposal.of(AlertLevel.RED,
                    "The secret is readable on the web and nobody has shown that it no longer works (" + facts
                            + "). Confirm after diagnosis with the team.");
        }
        return AlertProposal.of(AlertLevel.ORANGE,
                "The secret is readable on the web but " + (validity == Validity.INVALID
                        ? "GitGuardian found it no longer works"
                        : "its severity is " + incident.severity().apiName())
                        + " (" + facts + "): revoke it and clean the history.");
    }
}
