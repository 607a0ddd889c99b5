package dev.vigie.maven.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigie.incident.Incident;
import dev.vigie.incident.IncidentStatus;
import dev.vigie.incident.Occurrence;
import dev.vigie.incident.RepositoryRef;
import dev.vigie.incident.Severity;
import dev.vigie.incident.triage.AlertClassifier;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Report content: SARIF levels and locations, JSON without share links, Markdown cells escaped. */
class CheckReportsTest {

    private static Incident incident(long id, Severity severity, String detector) {
        return Incident.builder().id(id).detector(detector).detectorDisplayName("Det | " + detector)
                .date(Instant.parse("2026-10-01T10:00:00Z")).status(IncidentStatus.TRIGGERED).severity(severity)
                .repository(RepositoryRef.of("org/repo"))
                .gitguardianUrl("https://dashboard.gitguardian.com/workspace/1/incidents/" + id)
                .shareUrl("https://dashboard.gitguardian.com/share/incidents/secret-token-" + id)
                .addOccurrences(Occurrence.builder().filePath("src/a.py").line(7).commitSha("abc")
                        .authorInfo("someone@example.org").build())
                .build();
    }

    private static CheckResult result() {
        List<Incident> incidents = List.of(incident(1, Severity.CRITICAL, "aws_iam"),
                incident(2, Severity.HIGH, "aws_iam"), incident(3, Severity.MEDIUM, "slack"),
                incident(4, Severity.LOW, "slack"), incident(5, Severity.INFO, "x"), incident(6, Severity.UNKNOWN, "x"));
        return CheckResult.evaluate(RepositoryRef.of("org/repo"), "incident.repository", "export file f",
                incidents, Severity.UNKNOWN, Allowlist.none(), AlertClassifier.standard(),
                Instant.parse("2026-11-26T12:00:00Z"));
    }

    @Test
    void sarifHasOneResultPerCountedIncidentAndOneRulePerDetector() {
        JsonNode run = CheckReports.sarif(result(), "test").get("runs").get(0);
        assertThat(run.get("results")).hasSize(6);
        assertThat(run.get("results").findValuesAsText("level"))
                .containsExactly("error", "error", "warning", "note", "note", "note");
        assertThat(run.get("tool").get("driver").get("rules").findValuesAsText("id"))
                .containsExactly("gitguardian/aws_iam", "gitguardian/slack", "gitguardian/x");
        JsonNode location = run.get("results").get(0).get("locations").get(0).get("physicalLocation");
        assertThat(location.get("artifactLocation").get("uri").asText()).isEqualTo("src/a.py");
        assertThat(location.get("region").get("startLine").asInt()).isEqualTo(7);
        assertThat(run.get("results").get(1).get("ruleIndex").asInt()).isZero();
    }

    @Test
    void noReportHoldsAShareLinkOrAnAuthorEmail() {
        String all = CheckReports.json(result()).toString() + CheckReports.sarif(result(), "t")
                + CheckReports.markdown(result());
        assertThat(all).doesNotContain("secret-token").doesNotContain("someone@example.org");
    }

    @Test
    void markdownEscapesOutsideTextInCells() {
        assertThat(CheckReports.markdown(result())).contains("| Det \\| aws\\_iam |")
                .contains("| 1 | critical | TRIGGERED |");
    }
}
