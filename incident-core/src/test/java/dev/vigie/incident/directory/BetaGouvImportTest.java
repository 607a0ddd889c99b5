package dev.vigie.incident.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vigie.incident.RepositoryRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Synthetic data of the beta.gouv.fr API v2.7 shape (the real data's licence keeps it out of this repository). */
class BetaGouvImportTest {

    static final Path FOLDER = Path.of("src/test/resources/directory/betagouv");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @TempDir
    Path tmp;

    private Path copy(String... names) throws IOException {
        for (String name : names) {
            Files.copy(FOLDER.resolve(name), tmp.resolve(name));
        }
        return tmp;
    }

    @Test
    void everyStartupBecomesATeamWithWhatThePublicDataKnows() {
        TeamDirectory d = TeamDirectoryLoader.fromBetaGouv(FOLDER, TODAY);

        assertThat(d.teams()).extracting(Team::id)
                .containsExactly("exemple-produit", "outil-organisation", "sans-depot", "autre-produit");
        Team t = d.team("exemple-produit").orElseThrow();
        assertThat(t.name()).isEqualTo("Exemple Produit");
        assertThat(t.repositories()).containsExactly(RepositoryRef.of("exemple-org/exemple-produit"));
        assertThat(t.productPage()).hasValue("https://beta.gouv.fr/startups/exemple-produit.html");
        assertThat(t.email()).hasValue("contact@exemple-produit.example.org");
        assertThat(t.incubator()).hasValue(Incubator.builder().name("Incubateur Exemple")
                .email("contact@incubateur.example.org").build());
        assertThat(t.chat()).isEmpty();
        assertThat(d.escalation()).isEqualTo(Escalation.empty());
    }

    @Test
    void onlyActiveMembersAreKeptWithTheirEmailAsALabelledGuess() {
        Team t = TeamDirectoryLoader.fromBetaGouv(FOLDER, TODAY).team("exemple-produit").orElseThrow();

        // alex ended in 2024, sam ended yesterday; dominique's end is "" (no end); inconnu is unknown to authors.json
        assertThat(t.members()).extracting(Member::name)
                .containsExactly("Camille Exemple", "Dominique Exemple", "inconnu.exemple");
        Member camille = t.members().get(0);
        assertThat(camille.role()).hasValue("Développeuse");
        assertThat(camille.linkedin()).hasValue("https://www.linkedin.com/in/camille-exemple");
        assertThat(camille.github()).hasValue("camille-exemple");
        assertThat(camille.email()).hasValue("camille.exemple@beta.gouv.fr");
        assertThat(camille.emailIsGuess()).isTrue();
        assertThat(camille.phone()).isEmpty();
        Member dominique = t.members().get(1);
        assertThat(dominique.role()).hasValue("Produit");
        assertThat(dominique.linkedin()).isEmpty();
    }

    @Test
    void aMissionEndingTodayIsStillActive() {
        Team t = TeamDirectoryLoader.fromBetaGouv(FOLDER, TODAY.minusDays(1)).team("exemple-produit").orElseThrow();

        assertThat(t.members()).extracting(Member::name).contains("Sam Exemple");
    }

    @Test
    void todayComesFromTheInjectedClock() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneId.of("Europe/Paris"));

        assertThat(TeamDirectoryLoader.fromBetaGouv(FOLDER, clock).team("exemple-produit").orElseThrow().members())
                .extracting(Member::name).contains("Sam Exemple");
    }

    @Test
    void missingAndOddAttributesAreTolerated() {
        TeamDirectory d = TeamDirectoryLoader.fromBetaGouv(FOLDER, TODAY);

        Team orgOnly = d.team("outil-organisation").orElseThrow();
        assertThat(orgOnly.repositories()).isEmpty();
        assertThat(d.match(RepositoryRef.of("exemple-org/outil")).isMapped()).isFalse();
        Team noRepo = d.team("sans-depot").orElseThrow();
        assertThat(noRepo.email()).isEmpty();
        assertThat(noRepo.incubator()).isEmpty();
        Team fromDetails = d.team("autre-produit").orElseThrow();
        assertThat(fromDetails.incubator().flatMap(Incubator::name)).hasValue("Autre Incubateur");
        assertThat(fromDetails.members()).isEmpty();
    }

    @Test
    void repositoriesMatchInAnyForm() {
        TeamDirectory d = TeamDirectoryLoader.fromBetaGouv(FOLDER, TODAY);

        assertThat(d.match(RepositoryRef.of("git@github.com:exemple-org/Exemple-Produit.git")).team())
                .map(Team::id).hasValue("exemple-produit");
        assertThat(d.match(RepositoryRef.of("https://gitlab.com/autre-groupe/autre-produit")).team())
                .map(Team::id).hasValue("autre-produit");
    }

    @Test
    void anySubsetWithAStartupsFileIsEnough() throws IOException {
        TeamDirectory d = TeamDirectoryLoader.fromBetaGouv(copy("startups_details.json"), TODAY);

        assertThat(d.teams()).extracting(Team::id).containsExactly("exemple-produit", "autre-produit");
        // without authors.json the site's active_members list is used as is, names being usernames
        assertThat(d.team("exemple-produit").orElseThrow().members()).extracting(Member::name)
                .containsExactly("camille.exemple", "dominique.exemple", "inconnu.exemple");
    }

    @Test
    void withoutAStartupsFileTheFolderIsRejected() throws IOException {
        copy("incubators.json", "authors.json");

        assertThatThrownBy(() -> TeamDirectoryLoader.fromBetaGouv(tmp, TODAY))
                .isInstanceOf(DirectoryFormatException.class)
                .hasMessage(tmp + ": neither startups.json nor startups_details.json is in this folder: download "
                        + "them from https://beta.gouv.fr/api/v2.7/");
    }

    @Test
    void malformedJsonNamesFileLineAndColumn() throws IOException {
        Path file = tmp.resolve("startups.json");
        Files.writeString(file, "{\"data\": [\n  {\"id\": \"x\",}\n]}\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> TeamDirectoryLoader.fromBetaGouv(tmp, TODAY))
                .isInstanceOf(DirectoryFormatException.class)
                .hasMessageStartingWith(file + ":2:14: malformed JSON, fix the syntax here (Unexpected character ('}'");
    }

    @Test
    void aStartupsFileOfTheWrongShapeIsRejected() throws IOException {
        Files.writeString(tmp.resolve("startups.json"), "\"startups\"", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> TeamDirectoryLoader.fromBetaGouv(tmp, TODAY))
                .hasMessageStartingWith(tmp.resolve("startups.json") + ":1:1: startups.json must hold");
    }

    @Test
    void theUsersTeamsYamlInTheSameFolderWins() throws IOException {
        copy("startups.json", "startups_details.json", "incubators.json", "authors.json");
        Files.writeString(tmp.resolve("teams.yaml"), String.join("\n",
                "escalation:",
                "  dpo: { name: Dana Protection, email: dpo@example.org }",
                "teams:",
                "  - id: exemple-produit",
                "    name: Exemple Produit (nom local)",
                "    repositories: [exemple-org/exemple-produit-journal, autre-groupe/autre-produit]",
                "    chat: { team: startups, channel: exemple-produit }",
                "    members:",
                "      - { name: Camille Exemple, phone: \"+33 1 00 00 00 00\" }",
                "      - { name: Nouvelle Personne, role: dev, email: nouvelle@example.org }",
                ""), StandardCharsets.UTF_8);
        Clock clock = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneId.of("Europe/Paris"));

        TeamDirectory d = TeamDirectoryLoader.load(tmp, clock);

        Team t = d.team("exemple-produit").orElseThrow();
        assertThat(t.name()).isEqualTo("Exemple Produit (nom local)");
        assertThat(t.repositories()).containsExactly(RepositoryRef.of("exemple-org/exemple-produit-journal"),
                RepositoryRef.of("autre-groupe/autre-produit"), RepositoryRef.of("exemple-org/exemple-produit"));
        assertThat(t.email()).hasValue("contact@exemple-produit.example.org");
        assertThat(t.chat()).map(TeamChat::describe).hasValue("startups/exemple-produit");
        assertThat(t.members()).extracting(Member::name)
                .containsExactly("Camille Exemple", "Nouvelle Personne", "Dominique Exemple", "inconnu.exemple");
        Member camille = t.members().get(0);
        assertThat(camille.phone()).hasValue("+33 1 00 00 00 00");
        assertThat(camille.role()).hasValue("Développeuse");
        assertThat(camille.emailIsGuess()).isTrue();
        assertThat(t.members().get(1).emailIsGuess()).isFalse();
        // the user moved autre-produit's repository: the derived mapping gives way
        assertThat(d.match(RepositoryRef.of("autre-groupe/autre-produit")).team()).map(Team::id)
                .hasValue("exemple-produit");
        assertThat(d.team("autre-produit").orElseThrow().repositories()).isEmpty();
        assertThat(d.escalation().dpo()).map(Contact::name).hasValue("Dana Protection");
        assertThat(d.teams()).hasSize(4);
    }

    @Test
    void aPathToOneOfTheFilesLoadsItsFolder() {
        assertThat(TeamDirectoryLoader.load(FOLDER.resolve("startups.json"), Clock.systemUTC()).teams()).hasSize(4);
    }
}
