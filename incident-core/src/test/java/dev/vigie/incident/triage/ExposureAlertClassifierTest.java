package dev.vigie.incident.triage;

import static dev.vigie.incident.TestIncidents.incident;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.incident.AlertLevel;
import dev.vigie.incident.Incident;
import dev.vigie.incident.Severity;
import dev.vigie.incident.Validity;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExposureAlertClassifierTest {

    private final AlertClassifier classifier = AlertClassifier.standard();

    @ParameterizedTest(name = "public={0} tag={1} validity={2} severity={3} -> {4}")
    @CsvSource({
        "true,  ,                valid,           low,      RED",
        "true,  ,                unknown,         high,     RED",
        "true,  ,                failed_to_check, critical, RED",
        "true,  ,                no_checker,      unknown,  RED",
        "true,  ,                unknown,         low,      ORANGE",
        "true,  ,                invalid,         critical, ORANGE",
        "false, PUBLICLY_LEAKED, valid,           medium,   RED",
        "false, PUBLICLY_EXPOSED,unknown,         high,     RED",
        "false, DEFAULT_BRANCH,  valid,           critical, ORANGE",
        "false, ,                unknown,         critical, ORANGE",
        "false, ,                invalid,         info,     ORANGE",
    })
    void proposesTheLevelFromTheFacts(boolean publicSource, String tag, String validity, String severity,
            AlertLevel expected) {
        Incident incident = incident(1, Severity.parse(severity), "2026-01-01T00:00:00Z")
                .publiclyVisible(publicSource)
                .tags(tag == null ? List.of() : List.of(tag))
                .validity(Validity.parse(validity))
                .build();
        AlertProposal proposal = classifier.classify(incident);
        assertThat(proposal.level()).isEqualTo(expected);
        assertThat(proposal.reason()).contains("validity " + validity).contains("severity " + severity);
        assertThat(proposal.needsConfirmation()).isEqualTo(expected == AlertLevel.RED);
    }
}
