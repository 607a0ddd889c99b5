package dev.vigie.incident.template;

import static dev.vigie.incident.TestIncidents.incident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigie.incident.Incident;
import dev.vigie.incident.RepositoryRef;
import dev.vigie.incident.Severity;
import dev.vigie.incident.template.MessageTemplates.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessageTemplatesTest {

    private static final RepositoryRef REPO = RepositoryRef.of("betagouv/ma-cantine");
    private static final LocalDate DEADLINE = LocalDate.of(2026, 12, 3);

    private final Incident aws = incident(21460, Severity.HIGH, "2026-06-22T15:14:57Z").build();
    private final Incident slack = incident(21461, Severity.LOW, "2026-06-20T08:00:00Z")
            .detector("slackbot_token").detectorDisplayName("Slack Bot Token").build();

    private final List<IncidentLink> shareLinks = List.of(
            IncidentLink.of(aws, "https://dashboard.gitguardian.com/share/incidents/aaaa-1111"),
            IncidentLink.of(slack, "https://dashboard.gitguardian.com/share/incidents/bbbb-2222"));

    @Test
    void frenchTeamNoticeIsTheProcedureTextVerbatimWithTheFrenchDeadline() {
        String text = MessageTemplates.builtIn(Language.FR)
                .render(Kind.TEAM_NOTICE, REPO, "Ma Cantine", "ma-cantine", shareLinks, DEADLINE, false);
        assertThat(text).isEqualTo("""
                :wave: Gestion du backlog Git Guardian:wave:

                Il y a un certain nombre d'alertes gitguardian sur votre repo qui datent un peu mais j'aimerais \
                qu'elle soient traitées. :) Est-ce que vous pouvez investiguer et remplir le formulaire sur chacune \
                d'ici le jeudi 3 décembre 2026 ?

                - https://dashboard.gitguardian.com/share/incidents/aaaa-1111 (AWS Keys, 2026-06-22)
                - https://dashboard.gitguardian.com/share/incidents/bbbb-2222 (Slack Bot Token, 2026-06-20)""");
    }

    @Test
    void englishTeamNoticeHasTheEnglishDate() {
        String text = MessageTemplates.builtIn(Language.EN)
                .render(Kind.TEAM_NOTICE, REPO, "Ma Cantine", "ma-cantine", shareLinks, DEADLINE, false);
        assertThat(text).contains("by Thursday 3 December 2026?").contains("aaaa-1111");
    }

    @Test
    void securityLogNamesTheTeamChannelAndDeadlineWithDashboardLinksOnly() {
        List<IncidentLink> dashboard = List.of(IncidentLink.dashboard(aws));
        String text = MessageTemplates.builtIn(Language.FR)
                .render(Kind.SECURITY_LOG, REPO, "Ma Cantine", "ma-cantine", dashboard, DEADLINE, false);
        assertThat(text).startsWith("J'ai prévenu l'équipe Ma Cantine dans ~ma-cantine pour 1 alerte(s) GitGuardian "
                        + "sur betagouv/ma-cantine, avec un retour attendu d'ici le jeudi 3 décembre 2026 :")
                .contains("https://dashboard.gitguardian.com/workspace/8/incidents/21460")
                .doesNotContain("/share/");
    }

    @Test
    void hostileOutsideTextCannotInjectLinksMentionsOrCode() {
        Incident hostile = incident(1, Severity.HIGH, "2026-06-22T15:14:57Z")
                .detectorDisplayName("[x](http://evil) @channel `rm -rf` @here\n@all")
                .build();
        String text = MessageTemplates.builtIn(Language.FR).render(Kind.SECURITY_LOG,
                RepositoryRef.of("evil/repo"), "@all [team](http://evil)", "chan", List.of(
                        IncidentLink.of(hostile, "javascript:alert(1) [x](http://evil)")), DEADLINE, false);
        assertThat(text)
                .doesNotContain("[x](http://evil)")
                .doesNotContain("@channel").doesNotContain("@here").doesNotContain("@all")
                .doesNotContainPattern("(?<!\\\\)`")
                .contains("\\[x\\]\\(http:\u200B//evil\\)")
                .contains("@\u200Bchannel");
        assertThat(text.lines().filter(l -> l.startsWith("- ")).count()).isEqualTo(1);
    }

    @Test
    void aUserFileOverridesOneTemplate(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("notice.mustache");
        Files.writeString(file, "Bonjour {{team}} : {{count}} alerte(s) avant le {{deadline}}.{{#links}} {{{url}}}{{/links}}");
        MessageTemplates templates = MessageTemplates.builtIn(Language.FR).withOverride(Kind.TEAM_NOTICE, file);
        assertThat(templates.render(Kind.TEAM_NOTICE, REPO, "Ma Cantine", "c", shareLinks, DEADLINE, false))
                .isEqualTo("Bonjour Ma Cantine : 2 alerte(s) avant le jeudi 3 décembre 2026. "
                        + "https://dashboard.gitguardian.com/share/incidents/aaaa-1111 "
                        + "https://dashboard.gitguardian.com/share/incidents/bbbb-2222");
    }

    @Test
    void aMissingOverrideFileSaysWhichFile(@TempDir Path dir) {
        Path missing = dir.resolve("nope.mustache");
        assertThatThrownBy(() -> MessageTemplates.builtIn(Language.FR).withOverride(Kind.REMINDER, missing))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining(missing.toString());
    }

    @Test
    void frenchLongDates() {
        assertThat(Language.FR.longDate(LocalDate.of(2026, 12, 3))).isEqualTo("jeudi 3 décembre 2026");
        assertThat(Language.FR.longDate(LocalDate.of(2027, 2, 1))).isEqualTo("lundi 1 février 2027");
        assertThat(Language.parse(" EN ")).isEqualTo(Language.EN);
        assertThatThrownBy(() -> Language.parse("de")).hasMessageContaining("fr or en");
    }

    @Test
    void aFolderOverridesTheMessagesItHasFilesFor(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("security-log.mustache"), "Équipe {{team}} prévenue ({{count}}).");
        MessageTemplates templates = MessageTemplates.builtIn(Language.FR).withOverrides(dir);
        assertThat(templates.render(Kind.SECURITY_LOG, REPO, "Ma Cantine", "c", shareLinks, DEADLINE, false))
                .isEqualTo("Équipe Ma Cantine prévenue (2).");
        assertThat(templates.render(Kind.TEAM_NOTICE, REPO, "Ma Cantine", "c", shareLinks, DEADLINE, false))
                .startsWith(":wave: Gestion du backlog Git Guardian:wave:");
        assertThatThrownBy(() -> MessageTemplates.builtIn(Language.FR).withOverrides(dir.resolve("none")))
                .isInstanceOf(TemplateException.class).hasMessageContaining("team-notice.mustache");
    }
}
