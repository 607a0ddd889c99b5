package dev.vigie.maven;

import dev.vigie.incident.Incident;
import dev.vigie.incident.template.ReportTemplates;
import dev.vigie.incident.template.TemplateException;
import dev.vigie.incident.triage.AlertClassifier;
import dev.vigie.incident.triage.TriagePolicy;
import dev.vigie.maven.support.AbstractIncidentMojo;
import dev.vigie.maven.support.RepositoryResolver;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Writes one pre-filled incident report (PROCEDURE.md 7) per unresolved incident of the repository, named
 * {@code <date>-gg-<id>-<detector>.md}. A file that already exists is never touched: a report someone started is
 * safe. Prints which files were written and which already existed.
 */
@Mojo(name = "stub", threadSafe = true, requiresProject = false)
public class StubMojo extends AbstractIncidentMojo {

    /**
     * Where the reports go: one Markdown file per unresolved incident.
     *
     * @since 0.1.0
     */
    @Parameter(property = "incident.stubDirectory", defaultValue = "${project.basedir}/incidents")
    private File stubDirectory;

    /**
     * {@code fr} (post-mortem, default), {@code fr-short}, {@code en}, or the path of a Mustache template.
     *
     * @since 0.1.0
     */
    @Parameter(property = "incident.template", defaultValue = "fr")
    private String template = "fr";

    @Inject
    public StubMojo(MavenSession session, MavenProject project, SettingsDecrypter decrypter) {
        super(session, project, decrypter);
    }

    @Override
    protected void run() throws MojoExecutionException {
        if (!runsOncePerReactor("stub", "Incident reports are written")) {
            return;
        }
        ReportTemplates templates = templates();
        RepositoryResolver.Resolved repo = resolveRepository();
        getLog().info("Writing incident reports for " + repo.repository().path() + " (incidents from "
                + sourceDescription() + ")");
        List<Incident> incidents = unresolvedIncidents(incidentSource(repo.repository()), repo.repository()).stream()
                .sorted(TriagePolicy.ORDER).toList();
        Path directory = stubDirectory().toPath();
        if (incidents.isEmpty()) {
            getLog().info("No unresolved incident for " + repo.repository().path() + ": no report to write.");
            return;
        }
        AlertClassifier classifier = AlertClassifier.standard();
        Instant now = clock().instant();
        List<Path> written = new ArrayList<>();
        List<Path> existing = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            for (Incident incident : incidents) {
                Path file = directory.resolve(ReportTemplates.fileName(incident));
                if (Files.exists(file)) {
                    existing.add(file);
                    continue;
                }
                String text = templates.render(incident, classifier.classify(incident), now);
                try {
                    Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                            StandardOpenOption.WRITE);
                    written.add(file);
                } catch (FileAlreadyExistsException raced) {
                    existing.add(file);
                }
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Could not write incident reports to " + directory + ": " + e
                    + ". Check incident.stubDirectory.", e);
        }
        for (Path file : written) {
            getLog().info("Written: " + file);
        }
        for (Path file : existing) {
            getLog().info("Already exists, not touched: " + file);
        }
        getLog().info(written.size() + " report(s) written, " + existing.size() + " already existed, in " + directory);
    }

    private ReportTemplates templates() throws MojoExecutionException {
        String name = template == null || template.isBlank() ? "fr" : template.trim();
        if (!ReportTemplates.BUILT_IN.contains(name)) {
            name = resolve(new File(name)).toString();
        }
        try {
            return ReportTemplates.named(name);
        } catch (TemplateException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    private File stubDirectory() {
        return directoryOrDefault(stubDirectory, "incidents");
    }

    void setStubDirectory(File stubDirectory) {
        this.stubDirectory = stubDirectory;
    }

    void setTemplate(String template) {
        this.template = template;
    }
}
