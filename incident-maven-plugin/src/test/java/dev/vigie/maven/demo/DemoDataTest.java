package dev.vigie.maven.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.gitguardian.incident.ExportFileIncidentSource;
import dev.vigie.incident.Incident;
import dev.vigie.incident.IncidentStatus;
import dev.vigie.incident.RepositoryRef;
import dev.vigie.incident.directory.TeamDirectory;
import dev.vigie.incident.directory.TeamDirectoryLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo's bundled data (examples/demo-startup) reads with the same code the plugin and the triage goals use. */
class DemoDataTest {

    private static final Path DEMO = Path.of("..", "examples", "demo-startup");
    private static final RepositoryRef REPO = RepositoryRef.of("incubateur-demo/demo-startup");

    @Test
    void exportHoldsSeveralSeveritiesAndStatusesAndNoSecret() throws Exception {
        List<Incident> incidents = ExportFileIncidentSource.read(DEMO.resolve("incidents-export.json"), REPO);
        assertThat(incidents).hasSize(6);
        assertThat(incidents).extracting(Incident::status).contains(IncidentStatus.TRIGGERED, IncidentStatus.ASSIGNED,
                IncidentStatus.RESOLVED, IncidentStatus.IGNORED);
        assertThat(incidents).filteredOn(Incident::isUnresolved).hasSize(4);
        assertThat(incidents).anyMatch(Incident::publiclyVisible).anyMatch(i -> !i.publiclyVisible());
        assertThat(incidents).allMatch(i -> !i.occurrences().isEmpty() && i.occurrences().get(0).line().isPresent());
        String text = Files.readString(DEMO.resolve("incidents-export.json"));
        assertThat(text).doesNotContain("\"match\"").doesNotContain("share_url\": \"http");
        assertThat(Files.readString(Path.of("src", "it", "shared", "incidents-export.json"))).isEqualTo(text);
    }

    @Test
    void teamsFileIsAValidDirectoryListingTheDemoRepository() {
        TeamDirectory directory = TeamDirectoryLoader.loadYaml(DEMO.resolve("teams.yaml"));
        assertThat(directory.teams()).hasSize(2);
        assertThat(directory.chat().toString()).contains("incubateur-demo");
        assertThat(directory.match(REPO).team()).hasValueSatisfying(t -> assertThat(t.id()).isEqualTo("demo-startup"));
        assertThat(directory.match(REPO).isMapped()).isTrue();
    }
}
