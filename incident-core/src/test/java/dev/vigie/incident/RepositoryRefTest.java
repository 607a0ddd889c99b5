package dev.vigie.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RepositoryRefTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "betagouv/ma-cantine",
        "BetaGouv/Ma-Cantine",
        "https://github.com/betagouv/ma-cantine",
        "https://github.com/BetaGouv/ma-cantine.git",
        "https://github.com/betagouv/ma-cantine/",
        "https://github.com/betagouv/ma-cantine/tree/main/api",
        "https://github.com/betagouv/ma-cantine#readme",
        "https://github.com/betagouv/ma-cantine?tab=readme",
        "http://github.com/betagouv/ma-cantine/blob/main/README.md",
        "git@github.com:betagouv/ma-cantine.git",
        "ssh://git@github.com/betagouv/ma-cantine.git",
        "scm:git:https://github.com/betagouv/ma-cantine.git",
        "scm:git:git@github.com:betagouv/ma-cantine.git",
        "github.com/betagouv/ma-cantine",
        "  https://user@github.com/betagouv/ma-cantine  "
    })
    void everyFormNormalisesToOrgSlashRepo(String form) {
        assertThat(RepositoryRef.parse(form)).map(RepositoryRef::path).contains("betagouv/ma-cantine");
    }

    @Test
    void gitlabSubgroupsAreKeptAndTreeIsCut() {
        RepositoryRef ref = RepositoryRef.of("https://gitlab.com/Group/Sub/Repo/-/tree/main");
        assertThat(ref.path()).isEqualTo("group/sub/repo");
        assertThat(ref.host()).contains("gitlab.com");
        assertThat(ref.name()).isEqualTo("repo");
        assertThat(ref.owner()).isEqualTo("group");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "https://github.com/betagouv", "https://github.com/betagouv/",
        "https://github.com/orgs/betagouv/teams/ops/repositories", "betagouv", "scm:svn:http://svn.example.org/x"})
    void organisationsAndNonRepositoriesNeverMatch(String form) {
        assertThat(RepositoryRef.parse(form)).isEmpty();
    }

    @Test
    void equalityIgnoresTheHost() {
        assertThat(RepositoryRef.of("https://github.com/a/b")).isEqualTo(RepositoryRef.of("a/b"));
        assertThat(RepositoryRef.of("a/b").toString()).isEqualTo("a/b");
    }

    @Test
    void ofRejectsWithAMessageSayingWhatIsExpected() {
        assertThatThrownBy(() -> RepositoryRef.of("https://github.com/betagouv"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("org/repo");
    }
}
