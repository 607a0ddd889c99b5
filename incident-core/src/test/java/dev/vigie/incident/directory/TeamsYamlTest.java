package dev.vigie.incident.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.vigie.incident.RepositoryRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TeamsYamlTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static DirectoryFormatException failure(String yaml) {
        return catchThrowableOfType(DirectoryFormatException.class,
                () -> TeamDirectoryLoader.parseYaml(yaml, "teams.yaml"));
    }

    @Test
    void readsTheWholeFormatOfProductMd() {
        TeamDirectory d = TeamDirectoryLoader.loadYaml(Path.of("src/test/resources/directory/teams.yaml"));

        assertThat(d.chat()).isEqualTo(ChatSettings.builder().team("incubateur").securityChannel("domaine-secu")
                .opsChannel("ops-prive").build());
        assertThat(d.escalation().securityLead()).map(Contact::describe)
                .hasValue("Rémi Sécurité <rssi@example.org>, +33 1 00 00 00 01");
        assertThat(d.escalation().dpo()).map(Contact::describe).hasValue("Dana Protection <dpo@example.org>");
        Team cantine = d.team("cantine-exemple").orElseThrow();
        assertThat(cantine.repositories()).containsExactly(RepositoryRef.of("exemple-org/cantine-exemple"),
                RepositoryRef.of("exemple-org/cantine-exemple-api"));
        assertThat(cantine.chat()).map(TeamChat::describe).hasValue("startups/cantine-exemple");
        assertThat(cantine.incubator().flatMap(Incubator::lead)).hasValue("Ines Animatrice");
        assertThat(cantine.members()).extracting(Member::name).containsExactly("Paula Produit", "Camille Exemple");
        assertThat(cantine.members().get(1).phone()).hasValue("+33 1 00 00 00 00");
        assertThat(cantine.members().get(1).emailIsGuess()).isFalse();
    }

    @Test
    void malformedYamlNamesFileLineAndColumn() throws IOException {
        Path file = write("teams.yaml", "teams:\n  - id: a\n    name: A\n    repositories: [org/a\n  - id: b\n");

        assertThatThrownBy(() -> TeamDirectoryLoader.load(file))
                .isInstanceOf(DirectoryFormatException.class)
                .hasMessage(file + ":5:7: malformed YAML, fix the syntax here (while parsing a flow sequence; "
                        + "expected ',' or ']', but got :)");
    }

    @Test
    void anUnknownKeyIsRejectedWithItsPositionAndTheLikelyKey() {
        DirectoryFormatException e = failure("teams:\n  - id: a\n    name: A\n    emial: a@example.org\n");

        assertThat(e).hasMessage("teams.yaml:4:5: unknown key 'emial' in a team (did you mean 'email'?): expected "
                + "one of id, name, repositories, productPage, email, chat, incubator, members");
        assertThat(e.file()).isEqualTo("teams.yaml");
        assertThat(e.line()).hasValue(4);
        assertThat(e.column()).hasValue(5);
    }

    @Test
    void anUnknownTopLevelKeyIsRejected() {
        assertThat(failure("chat: {}\nescalations: {}\n")).hasMessage("teams.yaml:2:1: unknown key 'escalations' at "
                + "the top level (did you mean 'escalation'?): expected one of chat, escalation, teams");
    }

    @Test
    void aWrongTypeSaysWhatWasExpected() {
        assertThat(failure("teams:\n  - id: a\n    name: A\n    chat: a-channel\n"))
                .hasMessage("teams.yaml:4:11: chat of team a must be a mapping like { team: startups, channel: "
                        + "ma-cantine }, found the text 'a-channel'");
        assertThat(failure("teams:\n  id: a\n")).hasMessage("teams.yaml:2:3: teams must be a list of teams (lines "
                + "starting with '- id: …'), found a mapping");
        assertThat(failure("teams:\n  - id: a\n    name: A\n    repositories: org/a\n"))
                .hasMessage("teams.yaml:4:19: repositories of team a must be a list, e.g. [org/repo, "
                        + "https://github.com/org/other], found the text 'org/a'");
        assertThat(failure("teams:\n  - id: a\n    name: [A, B]\n"))
                .hasMessage("teams.yaml:3:11: name must be a single value, found a list");
    }

    @Test
    void aTeamWithoutIdOrNameIsRejected() {
        assertThat(failure("teams:\n  - name: A\n")).hasMessage("teams.yaml:2:5: a team has no id: every team "
                + "needs a stable id, e.g. id: ma-cantine");
        assertThat(failure("teams:\n  - id: a\n    name: \"\"\n")).hasMessage("teams.yaml:3:11: team a has an "
                + "empty name: add name: with the product's name");
    }

    @Test
    void anOrganisationIsNotARepository() {
        assertThat(failure("teams:\n  - id: a\n    name: A\n    repositories:\n      - https://github.com/betagouv\n"))
                .hasMessage("teams.yaml:5:9: 'https://github.com/betagouv' (team a) is not a repository: an "
                        + "organisation or another page never matches; list org/repo or the repository's URL");
    }

    @Test
    void duplicatesAreRejected() {
        assertThat(failure("teams:\n  - id: a\n    name: A\n  - id: a\n    name: B\n"))
                .hasMessage("teams.yaml:4:9: duplicate team id 'a' (first at line 2): merge the two entries");
        assertThat(failure("teams:\n  - id: a\n    name: A\n    repositories: [org/x]\n"
                + "  - id: b\n    name: B\n    repositories: [https://github.com/Org/X.git]\n"))
                .hasMessage("teams.yaml:7:5: repository org/x is listed by team a and by team b: keep it under the "
                        + "team that owns it");
        assertThat(failure("teams: []\nteams: []\n")).hasMessage("teams.yaml:2:1: duplicate key 'teams' (first at "
                + "line 1): keep only one");
    }

    @Test
    void anEmptyFileIsAnEmptyDirectory() {
        assertThat(TeamDirectoryLoader.parseYaml("", "teams.yaml").teams()).isEmpty();
        assertThat(TeamDirectoryLoader.parseYaml("# nothing yet\n", "teams.yaml").match(RepositoryRef.of("o/r"))
                .howMatched()).isEqualTo(MatchKind.UNMAPPED);
    }

    @Test
    void aPhoneWrittenAsABareNumberKeepsItsDigits() {
        TeamDirectory d = TeamDirectoryLoader.parseYaml("teams:\n  - id: a\n    name: A\n    members:\n"
                + "      - { name: X, phone: 0100000000 }\n", "teams.yaml");

        assertThat(d.teams().get(0).members().get(0).phone()).hasValue("0100000000");
    }

    @Test
    void aMissingFileSaysWhatToDo() {
        Path missing = dir.resolve("absent.yaml");

        assertThatThrownBy(() -> TeamDirectoryLoader.load(missing))
                .isInstanceOf(DirectoryFormatException.class)
                .hasMessageStartingWith(missing + ": no such file: write a teams.yaml");
    }

    @Test
    void aFolderWithNothingUsableIsAnError() {
        assertThatThrownBy(() -> TeamDirectoryLoader.load(dir))
                .isInstanceOf(DirectoryFormatException.class)
                .hasMessageStartingWith(dir + ": no teams.yaml, startups.json or startups_details.json in this folder");
    }

    @Test
    void aFolderWithOnlyTeamsYamlLoadsIt() throws IOException {
        write("teams.yaml", "teams:\n  - id: a\n    name: A\n");

        assertThat(TeamDirectoryLoader.load(dir).teams()).extracting(Team::id).containsExactly("a");
    }
}
