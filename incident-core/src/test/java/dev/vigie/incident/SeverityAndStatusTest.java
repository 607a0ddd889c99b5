package dev.vigie.incident;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeverityAndStatusTest {

    @Test
    void unknownValuesFallBackInsteadOfThrowing() {
        assertThat(Severity.parse("CRITICAL")).isEqualTo(Severity.CRITICAL);
        assertThat(Severity.parse(" high ")).isEqualTo(Severity.HIGH);
        assertThat(Severity.parse("catastrophic")).isEqualTo(Severity.UNKNOWN);
        assertThat(Severity.parse(null)).isEqualTo(Severity.UNKNOWN);
        assertThat(IncidentStatus.parse("SNOOZED")).isEqualTo(IncidentStatus.UNKNOWN);
        assertThat(Validity.parse("failed_to_check")).isEqualTo(Validity.FAILED_TO_CHECK);
        assertThat(Validity.parse("revoked_maybe")).isEqualTo(Validity.UNKNOWN);
    }

    @Test
    void severityThresholds() {
        assertThat(Severity.CRITICAL.isAtLeast(Severity.HIGH)).isTrue();
        assertThat(Severity.HIGH.isAtLeast(Severity.HIGH)).isTrue();
        assertThat(Severity.MEDIUM.isAtLeast(Severity.HIGH)).isFalse();
        assertThat(Severity.UNKNOWN.isAtLeast(Severity.INFO)).isFalse();
        assertThat(Severity.UNKNOWN.isAtLeast(Severity.UNKNOWN)).isTrue();
    }

    @Test
    void unresolvedIsTriggeredAssignedAndFailsSafeOnUnknown() {
        assertThat(IncidentStatus.TRIGGERED.isUnresolved()).isTrue();
        assertThat(IncidentStatus.ASSIGNED.isUnresolved()).isTrue();
        assertThat(IncidentStatus.UNKNOWN.isUnresolved()).isTrue();
        assertThat(IncidentStatus.RESOLVED.isUnresolved()).isFalse();
        assertThat(IncidentStatus.IGNORED.isUnresolved()).isFalse();
    }

    @Test
    void incidentToStringNeverShowsTheShareLink() {
        Incident incident = TestIncidents.incident(1, Severity.HIGH, "2026-01-01T00:00:00Z")
                .shareUrl("https://dashboard.gitguardian.com/share/incidents/0b5e-secret-token")
                .build();
        assertThat(incident.toString()).doesNotContain("0b5e-secret-token").contains("****");
        assertThat(incident.shareUrl()).contains("https://dashboard.gitguardian.com/share/incidents/0b5e-secret-token");
    }

    @Test
    void redAlertRequiresACallAndAReportWithin24Hours() {
        assertThat(AlertLevel.RED.requiresCall()).isTrue();
        assertThat(AlertLevel.RED.reportWithin()).contains(java.time.Duration.ofHours(24));
        assertThat(AlertLevel.ORANGE.requiresCall()).isFalse();
        assertThat(AlertLevel.ORANGE.fixWithin()).isEqualTo(java.time.Duration.ofDays(30));
        assertThat(AlertLevel.ORANGE.frenchName()).isEqualTo("Alerte orange");
    }
}
