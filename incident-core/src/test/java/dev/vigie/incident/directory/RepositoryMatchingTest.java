package dev.vigie.incident.directory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.incident.RepositoryRef;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RepositoryMatchingTest {

    static final TeamDirectory DIRECTORY = TeamDirectoryLoader.loadYaml(Path.of("src/test/resources/directory/teams.yaml"));

    private static RepositoryMatch match(String text) {
        return DIRECTORY.match(RepositoryRef.of(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "exemple-org/cantine-exemple",
        "https://github.com/Exemple-Org/cantine-exemple",
        "https://github.com/Exemple-Org/cantine-exemple.git",
        "https://github.com/Exemple-Org/cantine-exemple/",
        "https://github.com/Exemple-Org/cantine-exemple/tree/main",
        "https://github.com/Exemple-Org/cantine-exemple/tree/main/src/app",
        "https://github.com/Exemple-Org/cantine-exemple#readme",
        "HTTPS://GITHUB.COM/EXEMPLE-ORG/CANTINE-EXEMPLE",
        "http://github.com/exemple-org/cantine-exemple",
        "git@github.com:Exemple-Org/cantine-exemple.git",
        "ssh://git@github.com/Exemple-Org/cantine-exemple.git",
        "scm:git:https://github.com/Exemple-Org/cantine-exemple.git",
        "scm:git:git@github.com:Exemple-Org/cantine-exemple.git",
        "  github.com/exemple-org/cantine-exemple  ",
        "https://github.com/exemple-org/cantine-exemple-api",
        "git@github.com:exemple-org/CANTINE-EXEMPLE-API.git",
    })
    void everyUrlFormOfAListedRepositoryMatchesItsTeamExactly(String form) {
        RepositoryMatch match = match(form);

        assertThat(match.isMapped()).isTrue();
        assertThat(match.howMatched()).isEqualTo(MatchKind.EXACT);
        assertThat(match.team()).map(Team::id).hasValue("cantine-exemple");
        assertThat(match.mappingGap()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://gitlab.com/exemple-groupe/sous-groupe/registre",
        "https://gitlab.com/Exemple-Groupe/Sous-Groupe/registre.git",
        "https://gitlab.com/exemple-groupe/sous-groupe/registre/-/tree/main",
        "git@gitlab.com:exemple-groupe/sous-groupe/registre.git",
    })
    void gitLabSubgroupsKeepTheirFullPath(String form) {
        assertThat(match(form).team()).map(Team::id).hasValue("registre-exemple");
        assertThat(match(form).isMapped()).isTrue();
    }

    @Test
    void aSubgroupIsNotConfusedWithItsParentOrganisation() {
        assertThat(match("exemple-groupe/registre").isMapped()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://github.com/Exemple-Org", "https://github.com/Exemple-Org/",
        "https://github.com/orgs/Exemple-Org/teams/cantine/repositories", "exemple-org"})
    void anOrganisationOrOrgsPageNeverNamesARepositoryAndSoNeverMatches(String text) {
        assertThat(RepositoryRef.parse(text)).isEmpty();
    }

    @Test
    void anUnlistedRepositoryIsExplicitlyUnmappedWithWhatToDo() {
        RepositoryMatch match = match("https://github.com/autre-org/inconnu");

        assertThat(match.isMapped()).isFalse();
        assertThat(match.howMatched()).isEqualTo(MatchKind.UNMAPPED);
        assertThat(match.team()).isEmpty();
        assertThat(match.missing()).containsExactly("no team lists repository autre-org/inconnu in teams.yaml: "
                + "add it under a team's repositories");
    }

    @Test
    void aRepositoryNamedLikeATeamIdIsOnlyAProposal() {
        RepositoryMatch equal = match("autre-org/registre-exemple");
        RepositoryMatch prefix = match("autre-org/cantine");

        assertThat(equal.howMatched()).isEqualTo(MatchKind.PROPOSAL_NAME_PREFIX);
        assertThat(equal.isMapped()).isFalse();
        assertThat(equal.team()).map(Team::id).hasValue("registre-exemple");
        assertThat(prefix.howMatched()).isEqualTo(MatchKind.PROPOSAL_NAME_PREFIX);
        assertThat(prefix.team()).map(Team::id).hasValue("cantine-exemple");
        assertThat(prefix.missing().get(0)).isEqualTo("no team lists repository autre-org/cantine in teams.yaml; "
                + "team cantine-exemple is only a proposal from the repository's name: confirm it by adding "
                + "autre-org/cantine under that team's repositories");
    }

    @Test
    void aNameThatPrefixesSeveralTeamIdsProposesNone() {
        TeamDirectory dir = TeamDirectory.builder()
                .addTeams(Team.builder().id("carte-velo").name("Carte Vélo").build())
                .addTeams(Team.builder().id("carte-bus").name("Carte Bus").build())
                .build();

        RepositoryMatch match = dir.match(RepositoryRef.of("org/carte"));

        assertThat(match.howMatched()).isEqualTo(MatchKind.UNMAPPED);
        assertThat(match.missing()).containsExactly("no team lists repository org/carte in teams.yaml: add it under "
                + "a team's repositories (name-based candidates: carte-velo, carte-bus)");
    }

    @Test
    void aNameThatIsOnlyTheStartOfAWordIsNoProposal() {
        assertThat(match("autre-org/cant").howMatched()).isEqualTo(MatchKind.UNMAPPED);
    }

    @Test
    void theMatchListsTheTeamsContactGaps() {
        assertThat(match("exemple-org/cantine-exemple").missing()).isEmpty();
        assertThat(match("gitlab.com/exemple-groupe/sous-groupe/registre").missing()).containsExactly(
                "no chat channel for team registre-exemple: add chat: { team: …, channel: … } to it in teams.yaml",
                "no phone number for any member of registre-exemple: add phone: to its members in teams.yaml "
                        + "(no public data holds phone numbers)");
    }

    @Test
    void aRepositoryListedByTwoTeamsGoesToTheFirstAndTheConflictIsReported() {
        TeamDirectory dir = TeamDirectory.builder()
                .addTeams(Team.builder().id("un").name("Un").addRepositories(RepositoryRef.of("org/commun")).build())
                .addTeams(Team.builder().id("deux").name("Deux").addRepositories(RepositoryRef.of("org/commun")).build())
                .build();

        RepositoryMatch match = dir.match(RepositoryRef.of("https://github.com/Org/Commun"));

        assertThat(match.team()).map(Team::id).hasValue("un");
        assertThat(match.isMapped()).isTrue();
        assertThat(match.missing().get(0)).isEqualTo("repository org/commun is also listed by team(s) deux: keep it "
                + "under one team");
    }

    @Test
    void teamsAreFoundById() {
        assertThat(DIRECTORY.team("registre-exemple")).map(Team::name).hasValue("Registre Exemple");
        assertThat(DIRECTORY.team("Registre-Exemple")).isPresent();
        assertThat(DIRECTORY.team("absent")).isEmpty();
        assertThat(DIRECTORY.teams()).extracting(Team::id).isEqualTo(List.of("cantine-exemple", "registre-exemple"));
    }
}
