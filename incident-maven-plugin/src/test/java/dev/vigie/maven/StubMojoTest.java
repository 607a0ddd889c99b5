package dev.vigie.maven;

import static dev.vigie.maven.TestMaven.KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** incident:stub from an export file: one report per unresolved incident, existing files never touched. */
class StubMojoTest {

    @TempDir
    Path dir;

    private final TestMaven.RecordingLog log = new TestMaven.RecordingLog();

    private StubMojo mojo(String template) throws Exception {
        Path export = dir.resolve("export.json");
        if (!Files.exists(export)) {
            Files.writeString(export, TestMaven.resource("gitguardian/list-incidents-ordering.json"));
        }
        StubMojo mojo = new StubMojo(TestMaven.session(dir), TestMaven.project(dir), TestMaven.plainDecrypter());
        mojo.setLog(log);
        mojo.setClock(Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC));
        mojo.setEnvironment(TestMaven.env(Map.of("GITGUARDIAN_API_KEY", KEY)));
        mojo.setRepository("betagouv/vigie");
        mojo.setExport(export.toFile());
        mojo.setStubDirectory(dir.resolve("incidents").toFile());
        mojo.setTemplate(template);
        return mojo;
    }

    @Test
    void writesOneReportPerUnresolvedIncidentAndNeverOverwrites() throws Exception {
        Path incidents = dir.resolve("incidents");
        Files.createDirectories(incidents);
        Path started = incidents.resolve("2026-06-23-gg-34205503-generic-password.md");
        mojo("fr").execute();
        try (var files = Files.list(incidents)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).hasSize(4)
                    .allMatch(name -> name.matches("2026-\\d\\d-\\d\\d-gg-\\d+-[a-z0-9-]+\\.md"))
                    .noneMatch(name -> name.contains("34181686")); // RESOLVED
        }
        String first = Files.readString(Files.list(incidents).sorted().findFirst().orElseThrow());
        assertThat(first).contains("betagouv/vigie").doesNotContain(KEY);
        assertThat(log.lines).filteredOn(l -> l.startsWith("INFO Written: ")).hasSize(4);

        Path any = Files.list(incidents).sorted().findFirst().orElseThrow();
        Files.writeString(any, "mine");
        log.lines.clear();
        mojo("en").execute();
        assertThat(Files.readString(any)).isEqualTo("mine");
        assertThat(log.lines).filteredOn(l -> l.startsWith("INFO Already exists, not touched: ")).hasSize(4);
        assertThat(log.text()).contains("0 report(s) written, 4 already existed");
        assertThat(started.getFileName().toString()).isNotBlank();
    }

    @Test
    void aMustacheFileRelativeToTheBaseDirectoryIsATemplate() throws Exception {
        Files.writeString(dir.resolve("mine.mustache"), "# {{id}} {{detector}} on {{repository}}\n");
        mojo("mine.mustache").execute();
        try (var files = Files.list(dir.resolve("incidents"))) {
            assertThat(files.map(p -> {
                try {
                    return Files.readString(p);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList()).allMatch(text -> text.startsWith("# 34") && text.contains("on betagouv/vigie"));
        }
    }

    @Test
    void anUnknownTemplateListsTheBuiltInOnes() throws Exception {
        StubMojo mojo = mojo("nope");
        assertThat(catchThrowable(mojo::execute)).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("fr, fr-short, en").hasMessageContaining("incident.template");
    }
}
