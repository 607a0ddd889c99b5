package dev.vigie.gitguardian.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.vigie.gitguardian.Fixtures;
import dev.vigie.incident.Incident;
import dev.vigie.incident.IncidentStatus;
import dev.vigie.incident.RepositoryRef;
import dev.vigie.incident.port.IncidentQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportFileIncidentSourceTest {

    @TempDir
    Path dir;

    private static final RepositoryRef REPO = RepositoryRef.of("betagouv/vigie");

    @Test
    void readsTheBodyOfAListingAsTheRepositorysIncidents() throws Exception {
        Path file = Files.writeString(dir.resolve("incidents.json"), Fixtures.body("test_list_incidents_basic.yaml", 0));
        List<Incident> all = ExportFileIncidentSource.read(file, REPO);
        assertThat(all).hasSize(5).allSatisfy(i -> assertThat(i.repository()).contains(REPO));
        assertThat(all.get(0).id()).isEqualTo(21460);
        assertThat(all.get(0).feedbackReceived()).isTrue();
        assertThat(all.get(0).publiclyVisible()).isTrue();
        assertThat(all.get(0).riskScore()).hasValue(100);

        ExportFileIncidentSource source = new ExportFileIncidentSource(file, REPO);
        List<Incident> open = source.incidents(IncidentQuery.unresolvedIn(REPO)).toList();
        assertThat(open).isNotEmpty().allSatisfy(i -> assertThat(i.status()).isEqualTo(IncidentStatus.ASSIGNED));
        assertThat(source.incidents(IncidentQuery.builder().statuses(Set.of(IncidentStatus.IGNORED)).build()))
                .isNotEmpty().allSatisfy(i -> assertThat(i.status()).isEqualTo(IncidentStatus.IGNORED));
        assertThat(source.incident(21460)).isPresent();
        assertThat(source.incident(1)).isEmpty();
    }

    @Test
    void aMalformedFileNamesThePathLineAndColumn() throws Exception {
        Path file = Files.writeString(dir.resolve("broken.json"),
                "[\n  {\"id\": 1,\n   \"detector\": {\"name\": \"x\"},\n   \"date\": \"2026-01-01T00:00:00Z\" \"status\": 1}\n]");
        MalformedExportException e = catchThrowableOfType(MalformedExportException.class,
                () -> ExportFileIncidentSource.read(file, REPO));
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isPositive();
        assertThat(e.getMessage()).contains(file.toAbsolutePath().toString()).contains("line 4, column")
                .contains("Unexpected character").contains("JSON array of incidents");
    }

    @Test
    void aFileThatIsNotAnArrayIsMalformed() throws Exception {
        Path file = Files.writeString(dir.resolve("object.json"), "{\"detail\": \"Invalid API key.\"}");
        MalformedExportException e = catchThrowableOfType(MalformedExportException.class,
                () -> ExportFileIncidentSource.read(file, REPO));
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.getMessage()).contains("object.json");
    }

    @Test
    void aNullElementIsMalformed() throws Exception {
        Path file = Files.writeString(dir.resolve("nulls.json"), "[null]");
        assertThat(catchThrowableOfType(MalformedExportException.class,
                () -> ExportFileIncidentSource.read(file, REPO)).getMessage()).contains("null element");
    }

    @Test
    void aMissingFileSaysSo() {
        Path file = dir.resolve("nope.json");
        MalformedExportException e = catchThrowableOfType(MalformedExportException.class,
                () -> new ExportFileIncidentSource(file, REPO).incidents(IncidentQuery.unresolvedIn(REPO)));
        assertThat(e.getMessage()).contains("nope.json").contains("does not exist");
    }
}
