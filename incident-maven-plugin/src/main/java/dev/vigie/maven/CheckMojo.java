package dev.vigie.maven;

import dev.vigie.incident.Incident;
import dev.vigie.incident.Severity;
import dev.vigie.incident.port.IncidentSource;
import dev.vigie.incident.triage.AlertClassifier;
import dev.vigie.maven.check.Allowlist;
import dev.vigie.maven.check.AllowlistException;
import dev.vigie.maven.check.CheckReports;
import dev.vigie.maven.check.CheckResult;
import dev.vigie.maven.check.Evaluated;
import dev.vigie.maven.check.IncidentTable;
import dev.vigie.maven.support.AbstractIncidentMojo;
import dev.vigie.maven.support.RepositoryResolver;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Fails the build while the repository has unresolved GitGuardian incidents ({@code TRIGGERED}, {@code ASSIGNED})
 * at or above {@code incident.failOnSeverity} that the allowlist does not accept. Writes {@code incidents.json},
 * {@code incidents.sarif} and {@code summary.md} first, then logs a compact table, then fails
 * ({@code MojoFailureException}) or warns ({@code incident.failBuild=false}).
 *
 * <p>Runs once per reactor, at the execution root (incidents belong to the repository, not to a module); the
 * incidents read are also cached per build and repository, so the API is called once even with {@code -T}. Runs
 * without a pom too: {@code mvn dev.vigie:incident-maven-plugin:<version>:check} in any git checkout.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true, requiresProject = false)
public class CheckMojo extends AbstractIncidentMojo {

    /** Incidents read in this JVM, per build (session) and repository and source: the API is called once. */
    private static final Map<String, List<Incident>> CACHE = new ConcurrentHashMap<>();

    /**
     * Lowest severity that counts: {@code critical} &gt; {@code high} &gt; {@code medium} &gt; {@code low} &gt;
     * {@code info} &gt; {@code unknown}. Default: every unresolved incident counts.
     *
     * @since 0.1.0
     */
    @Parameter(property = "incident.failOnSeverity", defaultValue = "unknown")
    private String failOnSeverity = "unknown";

    /**
     * {@code false}: report and warn, never fail. Never hides an execution error (bad key, unreachable API).
     *
     * @since 0.1.0
     */
    @Parameter(property = "incident.failBuild", defaultValue = "true")
    private boolean failBuild = true;

    /**
     * YAML file of accepted incidents: {@code - id: 123}, {@code reason: ...}, {@code expires: 2026-12-31}. An
     * expired entry counts again.
     *
     * @since 0.1.0
     */
    @Parameter(property = "incident.allowlist")
    private File allowlist;

    /**
     * Where {@code incidents.json}, {@code incidents.sarif} and {@code summary.md} go, written before the build
     * fails.
     *
     * @since 0.1.0
     */
    @Parameter(property = "incident.outputDirectory", defaultValue = "${project.build.directory}/incident")
    private File outputDirectory;

    /**
     * Fetch the details of each incident that counts (one request per incident, at most
     * {@value #MAX_DETAILS}) so that {@code incidents.sarif} and the reports get file and line locations: the
     * incident listing carries no occurrences. Off by default to keep the check at 2 requests. Ignored with
     * {@code incident.export}, whose incidents keep the occurrences the file holds.
     *
     * @since 0.1.0
     */
    @Parameter(property = "incident.fetchOccurrences", defaultValue = "false")
    private boolean fetchOccurrences;

    /** The most incidents whose details {@code incident.fetchOccurrences} fetches. */
    static final int MAX_DETAILS = 50;

    @Inject
    public CheckMojo(MavenSession session, MavenProject project, SettingsDecrypter decrypter) {
        super(session, project, decrypter);
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        if (!runsOncePerReactor("check", "GitGuardian incidents are checked")) {
            return;
        }
        Severity threshold = threshold();
        Allowlist accepted = readAllowlist();
        RepositoryResolver.Resolved repo = resolveRepository();
        String source = sourceDescription();
        getLog().info("Checking GitGuardian incidents of " + repo.repository().path() + " (repository from "
                + repo.origin() + ", incidents from " + source + ")");
        String key = cacheKey(repo.repository().path(), source);
        List<Incident> unresolved = CACHE.get(key);
        if (unresolved == null) {
            long start = System.nanoTime();
            IncidentSource incidents = incidentSource(repo.repository());
            unresolved = unresolvedIncidents(incidents, repo.repository());
            if (fetchOccurrences && !usesExport()) {
                unresolved = withOccurrences(incidents, unresolved, threshold, accepted);
            }
            CACHE.put(key, unresolved);
            getLog().debug("Read " + unresolved.size() + " unresolved incidents in "
                    + (System.nanoTime() - start) / 1_000_000 + " ms");
        } else {
            getLog().info("Using the incidents already read in this build");
        }
        CheckResult result = CheckResult.evaluate(repo.repository(), repo.origin(), source, unresolved, threshold,
                accepted, AlertClassifier.standard(), clock().instant());

        Path directory = outputDirectory().toPath();
        long start = System.nanoTime();
        try {
            CheckReports.write(result, directory, pluginVersion());
            getLog().debug("Reports written in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        } catch (IOException e) {
            throw new MojoExecutionException("Could not write the incident reports to " + directory + ": " + e
                    + ". Check incident.outputDirectory.", e);
        }
        report(result, directory);
        if (result.failed()) {
            String message = failureMessage(result, directory);
            if (failBuild) {
                throw new MojoFailureException(message);
            }
            getLog().warn(message.lines().findFirst().orElse(message) + " (incident.failBuild=false: not failing)");
        }
    }

    private void report(CheckResult result, Path directory) {
        getLog().info("Filters: " + result.filtersLine());
        if (result.failed()) {
            getLog().warn(result.summaryLine());
            IncidentTable.lines(result.counted()).forEach(getLog()::warn);
        } else {
            getLog().info(result.summaryLine());
        }
        if (!result.notCounted().isEmpty()) {
            getLog().info("Not counted:");
            IncidentTable.lines(result.notCounted()).forEach(getLog()::info);
        }
        getLog().info("Reports: " + directory.resolve(CheckReports.JSON) + ", " + CheckReports.SARIF + ", "
                + CheckReports.SUMMARY);
    }

    static String failureMessage(CheckResult result, Path directory) {
        StringBuilder text = new StringBuilder(result.summaryLine()).append('.');
        for (Evaluated e : result.counted()) {
            text.append(System.lineSeparator()).append("  #").append(e.incident().id()).append(' ')
                    .append(e.incident().severity().apiName()).append(' ').append(e.incident().detectorDisplayName())
                    .append(' ').append(e.incident().status().name())
                    .append(e.incident().gitguardianUrl().map(u -> " " + u).orElse(""))
                    .append(e.note().map(n -> " (" + n + ")").orElse(""));
        }
        text.append(System.lineSeparator()).append("Revoke each secret and resolve the incident in GitGuardian, or "
                + "accept it with a reason and an expiry in incident.allowlist. Reports: ").append(directory)
                .append(". 'mvn incident:stub' writes an incident report per incident.");
        return text.toString();
    }

    private String cacheKey(String repository, String source) {
        Object build = session.getRequest() != null ? session.getRequest() : session;
        long start = session.getRequest() != null && session.getRequest().getStartTime() != null
                ? session.getRequest().getStartTime().getTime() : 0L;
        return System.identityHashCode(build) + "@" + start + "|" + repository + "|" + source;
    }

    /** The incidents, those that may count (at or above the threshold, not allowlisted) with their occurrences. */
    private List<Incident> withOccurrences(IncidentSource source, List<Incident> incidents, Severity threshold,
            Allowlist accepted) throws MojoExecutionException {
        java.time.LocalDate today = clock().instant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
        List<Incident> enriched = new java.util.ArrayList<>(incidents.size());
        int fetched = 0;
        for (Incident incident : incidents) {
            boolean mayCount = incident.severity().isAtLeast(threshold) && !accepted.accepts(incident.id(), today);
            if (mayCount && incident.occurrences().isEmpty() && fetched < MAX_DETAILS) {
                enriched.add(withOccurrences(source, incident));
                fetched++;
            } else {
                enriched.add(incident);
            }
        }
        getLog().debug("Fetched the occurrences of " + fetched + " incident(s) (incident.fetchOccurrences)");
        return enriched;
    }

    /**
     * {@code incident} with the occurrences (files, lines) of its details ({@code GET /v1/incidents/secrets/{id}},
     * one request): a listing carries none. Unchanged when GitGuardian no longer has it.
     */
    private Incident withOccurrences(IncidentSource source, Incident incident) throws MojoExecutionException {
        try {
            return source.incident(incident.id())
                    .map(details -> Incident.builder().from(incident).occurrences(details.occurrences())
                            .occurrencesCount(Math.max(incident.occurrencesCount(), details.occurrences().size()))
                            .build())
                    .orElse(incident);
        } catch (RuntimeException e) {
            throw gitGuardianError(e);
        }
    }

    private Severity threshold() throws MojoExecutionException {
        String value = failOnSeverity == null ? "unknown" : failOnSeverity.trim().toLowerCase(Locale.ROOT);
        List<String> names = java.util.Arrays.stream(Severity.values()).map(Severity::apiName)
                .collect(Collectors.toList());
        if (!names.contains(value)) {
            throw new MojoExecutionException("incident.failOnSeverity '" + failOnSeverity + "' is not a severity: use "
                    + "one of " + String.join(", ", names) + ".");
        }
        return Severity.parse(value);
    }

    private Allowlist readAllowlist() throws MojoExecutionException {
        if (allowlist == null) {
            return Allowlist.none();
        }
        try {
            return Allowlist.read(allowlist.toPath());
        } catch (AllowlistException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    private File outputDirectory() {
        return directoryOrDefault(outputDirectory, "target/incident");
    }

    private String pluginVersion() {
        String version = CheckMojo.class.getPackage().getImplementationVersion();
        return version == null ? "0.1.0-SNAPSHOT" : version;
    }

    /** Forgets the incidents cached by earlier builds in this JVM (tests). */
    static void clearCache() {
        CACHE.clear();
    }

    void setFailOnSeverity(String failOnSeverity) {
        this.failOnSeverity = failOnSeverity;
    }

    void setFailBuild(boolean failBuild) {
        this.failBuild = failBuild;
    }

    void setAllowlist(File allowlist) {
        this.allowlist = allowlist;
    }

    void setFetchOccurrences(boolean fetchOccurrences) {
        this.fetchOccurrences = fetchOccurrences;
    }

    void setOutputDirectory(File outputDirectory) {
        this.outputDirectory = outputDirectory;
    }
}
