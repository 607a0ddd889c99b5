package dev.vigie.incident.template;

import static dev.vigie.incident.TestIncidents.incident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigie.incident.AlertLevel;
import dev.vigie.incident.Incident;
import dev.vigie.incident.Occurrence;
import dev.vigie.incident.RepositoryRef;
import dev.vigie.incident.Severity;
import dev.vigie.incident.Validity;
import dev.vigie.incident.triage.AlertProposal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReportTemplatesTest {

    private static final Instant NOW = Instant.parse("2026-11-26T09:30:00Z");

    private final Incident incident = incident(21460, Severity.CRITICAL, "2026-06-22T15:14:57Z")
            .triggeredAt(Instant.parse("2026-06-23T08:00:00Z"))
            .repository(RepositoryRef.of("betagouv/ma-cantine"))
            .validity(Validity.VALID)
            .publiclyVisible(true)
            .shareUrl("https://dashboard.gitguardian.com/share/incidents/top-secret-token")
            .secretHash("c0ffee")
            .addOccurrences(Occurrence.builder().filePath("config/settings|prod.py").line(12)
                    .commitSha("0123456789abcdef0123").date(Instant.parse("2026-06-22T15:14:57Z"))
                    .authorName("Camille Exemple").authorInfo("camille@example.org").build())
            .build();
    private final AlertProposal red = AlertProposal.of(AlertLevel.RED, "Readable on the web and valid.");

    @Test
    void frenchPostMortemIsPrefilledInTheProcedureOrder() {
        String report = ReportTemplates.named("fr").render(incident, red, NOW);
        assertThat(report).startsWith("# Incident AWS Keys sur betagouv/ma-cantine (GitGuardian #21460)")
                .contains("**Statut** : A compléter", "**Impact** : Critique", "**Date de création** : jeudi 26 novembre 2026",
                        "**Date de détection** : mardi 23 juin 2026", "Alerte rouge",
                        "rapport sous 24 heures", "validité du secret : valid",
                        "| config/settings\\|prod.py | 12 | 0123456789ab | 2026-06-22 15:14 UTC |",
                        "| 2026-06-23 08:00 UTC | GitGuardian | Détection de la fuite (AWS Keys) | Incident #21460 ouvert | "
                                + "https://dashboard.gitguardian.com/workspace/8/incidents/21460 |");
        assertThat(report).containsSubsequence("## Constitution cellule de crise (facultatif)",
                "## Description de l'incident", "## Impact", "## Communication", "## Résolution",
                "### Fil rouge (timeline)", "### Listing des contacts externes", "## Les causes",
                "## Plan d'actions", "## Généralisation", "## Enseignements");
    }

    @Test
    void noReportEverHoldsTheShareLinkTheHashOrAnAuthorEmail() {
        for (String name : ReportTemplates.BUILT_IN) {
            String report = ReportTemplates.named(name).render(incident, red, NOW);
            assertThat(report).as(name).doesNotContain("top-secret-token", "/share/", "c0ffee", "camille@example.org");
        }
    }

    @Test
    void shortAndEnglishForms() {
        assertThat(ReportTemplates.named("fr-short").render(incident, red, NOW))
                .containsSubsequence("## Contexte", "## Fil rouge (timeline)", "## Plan d'action", "## Analyse",
                        "### Problème", "Alerte rouge", "### Résolution");
        assertThat(ReportTemplates.named("en").render(incident, red, NOW))
                .contains("**Impact**: Critical", "RED alert", "Report within 24 hours".toLowerCase().isEmpty()
                        ? "" : "report within 24 hours");
    }

    @Test
    void fileNameIsDateIdDetector() {
        assertThat(ReportTemplates.fileName(incident)).isEqualTo("2026-06-22-gg-21460-aws-iam.md");
    }

    @Test
    void unknownTemplateNameListsTheBuiltInOnes() {
        assertThatThrownBy(() -> ReportTemplates.named("de"))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("fr, fr-short, en");
    }
}
