package dev.vigie.maven.support;

import dev.vigie.gitguardian.GitGuardianClient;
import dev.vigie.gitguardian.GitGuardianUrls;
import dev.vigie.gitguardian.incident.ExportFileIncidentSource;
import dev.vigie.gitguardian.incident.GitGuardianIncidentSource;
import dev.vigie.incident.Incident;
import dev.vigie.incident.RepositoryRef;
import dev.vigie.incident.port.IncidentQuery;
import dev.vigie.incident.port.IncidentSource;
import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Base of every Vigie goal: the common parameters of PRODUCT.md ({@code incident.skip}, {@code incident.gitguardian.*},
 * {@code incident.repository}, {@code incident.export}), the API key ({@link SecretResolver}), the proxy
 * ({@link ProxySettings}), the GitGuardian client and incident source, and the mapping of client errors to
 * {@link MojoExecutionException} ({@link GitGuardianErrors}). Subclasses implement {@link #run()}.
 *
 * <p>Mojos stay thin: Maven components come in through the constructor ({@code @Inject} on the subclass), Vigie's
 * services are plain objects built here from the parameters.
 */
public abstract class AbstractIncidentMojo extends AbstractMojo {

    /** {@code groupId:artifactId} of this plugin, to find where a goal is bound. */
    public static final String PLUGIN_KEY = "dev.vigie:incident-maven-plugin";

    /**
     * Do nothing.
     *
     * @since 0.1.0
     */
    @Parameter(property = "incident.skip", defaultValue = "false")
    private boolean skip;

    /**
     * GitGuardian API URL, or a dashboard URL to derive it from (SaaS {@code dashboard.*} gives {@code api.*};
     * self-hosted gives {@code <url>/exposed}). Default: env {@code GITGUARDIAN_API_URL}, else env
     * {@code GITGUARDIAN_INSTANCE}, else {@code https://api.gitguardian.com}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "incident.gitguardian.url")
    private String gitguardianUrl;

    /**
     * Name of the environment variable holding the GitGuardian API key (scopes {@code incidents:read},
     * {@code sources:read}). The key itself is never a parameter.
     *
     * @since 0.1.0
     */
    @Parameter(property = "incident.gitguardian.apiKeyEnv", defaultValue = "GITGUARDIAN_API_KEY")
    private String apiKeyEnv = "GITGUARDIAN_API_KEY";

    /**
     * Id of the {@code settings.xml} {@code <server>} whose (decrypted) password is the API key, used when the
     * environment variable is unset.
     *
     * @since 0.1.0
     */
    @Parameter(property = "incident.gitguardian.serverId", defaultValue = "gitguardian")
    private String serverId = "gitguardian";

    /**
     * The repository whose incidents count: {@code org/repo} or any GitHub/GitLab URL form. Default: the project's
     * {@code <scm>} url or connection, else {@code git remote get-url origin} in the base directory.
     *
     * @since 0.1.0
     */
    @Parameter(property = "incident.repository")
    private String repository;

    /**
     * A JSON file holding the repository's incidents (a JSON array, as {@code GET /v1/sources/{id}/incidents/secrets}
     * returns it). When set, no GitGuardian call is made: offline builds, demos.
     *
     * @since 0.1.0
     */
    @Parameter(property = "incident.export")
    private File export;

    /**
     * Id of the {@code settings.xml} {@code <proxy>} to use; default: the active proxy for https.
     *
     * @since 0.1.0
     */
    @Parameter(property = "incident.proxyId")
    private String proxyId;

    /**
     * Read timeout of each GitGuardian call, in seconds.
     *
     * @since 0.1.0
     */
    @Parameter(property = "incident.timeout", defaultValue = "30")
    private int timeout = 30;

    protected final MavenSession session;
    protected final MavenProject project;
    protected final SettingsDecrypter decrypter;

    private Function<String, String> environment = System::getenv;
    private Clock clock = Clock.systemUTC();
    private Optional<Secret> usedKey = Optional.empty();
    private Consumer<GitGuardianClient.Builder> clientCustomizer = builder -> {};

    protected AbstractIncidentMojo(MavenSession session, MavenProject project, SettingsDecrypter decrypter) {
        this.session = Objects.requireNonNull(session, "session");
        this.project = project;
        this.decrypter = Objects.requireNonNull(decrypter, "decrypter");
    }

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping (incident.skip=true)");
            return;
        }
        run();
    }

    /** The goal's work, after the skip switch. */
    protected abstract void run() throws MojoExecutionException, MojoFailureException;

    /** The project's base directory, or the current directory without a pom. */
    protected File basedir() {
        if (project != null && project.getBasedir() != null) {
            return project.getBasedir();
        }
        return new File(session.getRequest() != null && session.getRequest().getBaseDirectory() != null
                ? session.getRequest().getBaseDirectory() : ".").getAbsoluteFile();
    }

    /** A file parameter, relative to the base directory unless absolute. */
    protected Path resolve(File file) {
        return file.isAbsolute() ? file.toPath() : basedir().toPath().resolve(file.getPath());
    }

    /**
     * A directory parameter, or {@code fallback} under the base directory when it is unset or still holds an
     * uninterpolated expression (without a pom, Maven leaves {@code ${project.build.directory}} as
     * {@code ${project.basedir}/target}).
     */
    protected File directoryOrDefault(File configured, String fallback) {
        if (configured == null || configured.getPath().contains("${")) {
            return new File(basedir(), fallback);
        }
        return configured;
    }

    /**
     * Whether this project runs a repository-wide goal: the first project of the reactor (in build order) whose pom
     * binds {@code goal}, which is the execution root when the goal is bound in the root pom as usual; when no pom
     * binds it (a command-line call), the execution root, or the first project when the root is not in the build
     * ({@code -pl}). Incidents belong to the repository, not to a module. Elsewhere, logs that {@code what} happens
     * once per build.
     *
     * @param what what the goal does, for the log ({@code GitGuardian incidents are checked})
     */
    protected boolean runsOncePerReactor(String goal, String what) {
        if (isOncePerReactorProject(goal)) {
            return true;
        }
        getLog().info(what + " once per build, in the first project that binds the " + goal + " goal (normally the "
                + "execution root): nothing to do in " + (project == null ? "this module" : project.getArtifactId())
                + ".");
        return false;
    }

    private boolean isOncePerReactorProject(String goal) {
        List<MavenProject> projects = session.getProjects();
        if (project == null || projects == null || projects.size() <= 1) {
            return true;
        }
        for (MavenProject candidate : projects) {
            boolean binds = candidate.getBuildPlugins().stream()
                    .filter(p -> PLUGIN_KEY.equals(p.getKey()))
                    .anyMatch(p -> p.getExecutions().stream().anyMatch(e -> e.getGoals().contains(goal)));
            if (binds) {
                return candidate == project;
            }
        }
        if (project.isExecutionRoot()) {
            return true;
        }
        boolean rootInBuild = projects.stream().anyMatch(MavenProject::isExecutionRoot);
        return !rootInBuild && projects.get(0) == project;
    }

    /** Resolves the repository (see {@link RepositoryResolver}). */
    protected RepositoryResolver.Resolved resolveRepository() throws MojoExecutionException {
        return new RepositoryResolver(getLog()).resolve(repository, project, basedir());
    }

    /** The API URL: the parameter, else env {@code GITGUARDIAN_API_URL}, else {@code GITGUARDIAN_INSTANCE}, else SaaS. */
    public String configuredApiUrl() {
        return GitGuardianUrls.configured(gitguardianUrl, environment);
    }

    /** Whether incidents come from {@code incident.export} rather than the API. */
    protected boolean usesExport() {
        return export != null;
    }

    /** Where incidents come from, in words, for logs and reports. */
    protected String sourceDescription() {
        return usesExport() ? "export file " + export.getAbsolutePath() : "GitGuardian API " + apiUrlOrRaw();
    }

    private String apiUrlOrRaw() {
        try {
            return GitGuardianUrls.apiUrl(configuredApiUrl()).toString();
        } catch (IllegalArgumentException e) {
            return configuredApiUrl();
        }
    }

    /** The GitGuardian API key, from the env var named by {@code incident.gitguardian.apiKeyEnv} or settings.xml. */
    protected Secret apiKey() throws MojoExecutionException {
        return new SecretResolver(session, decrypter, environment, getLog()).resolve("GitGuardian API key", apiKeyEnv,
                "incident.gitguardian.apiKeyEnv", serverId, "incident.gitguardian.serverId",
                "Create a personal access token or service account token with scopes "
                        + GitGuardianErrors.READ_SCOPES + " in the GitGuardian dashboard (API > Personal access "
                        + "tokens).");
    }

    /**
     * A GitGuardian client for the configured URL, with the resolved key and the Maven proxy applied to this client
     * only; built once per goal, by {@link #apiSource()}.
     */
    private GitGuardianClient gitGuardianClient() throws MojoExecutionException {
        Secret key = apiKey();
        usedKey = Optional.of(key);
        String url = configuredApiUrl();
        URI api;
        try {
            api = GitGuardianUrls.apiUrl(url);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage() + " (incident.gitguardian.url, or env GITGUARDIAN_API_URL"
                    + " / GITGUARDIAN_INSTANCE)", e);
        }
        GitGuardianClient.Builder builder = GitGuardianClient.builder().baseUrl(url)
                .readTimeout(Duration.ofSeconds(Math.max(1, timeout)))
                .callTimeout(Duration.ofSeconds(Math.max(1, timeout) * 2L));
        try {
            builder.apiKey(key.value());
        } catch (IllegalArgumentException e) {
            // The builder's message describes the problem (empty, bad character) without the value.
            throw new MojoExecutionException("The GitGuardian API key read from " + key.origin() + " is not usable: "
                    + e.getMessage() + ".");
        }
        Optional<ProxySettings> proxy = proxyFor(api);
        if (proxy.isPresent()) {
            getLog().debug("GitGuardian calls go through proxy " + proxy.get().description());
            builder.proxy(proxy.get().proxy());
            proxy.get().authenticator().ifPresent(builder::proxyAuthenticator);
        }
        clientCustomizer.accept(builder);
        return builder.build();
    }

    /**
     * The incident source: the export file of {@code repo}'s incidents when {@code incident.export} is set (no
     * network), else the GitGuardian API ({@link #apiSource()}).
     */
    protected IncidentSource incidentSource(RepositoryRef repo) throws MojoExecutionException {
        return usesExport() ? new ExportFileIncidentSource(export.toPath(), repo) : apiSource();
    }

    /**
     * The GitGuardian API as incident source and actions, on a client built here. Offline ({@code mvn -o}) is an
     * error, never a silent skip (requiresOnline is a trap, conventions.md 2.6).
     */
    protected GitGuardianIncidentSource apiSource() throws MojoExecutionException {
        if (session.isOffline()) {
            throw new MojoExecutionException("Maven is offline (-o) and incident.export is not set: GitGuardian "
                    + "incidents cannot be checked. Run online, or set incident.export to a JSON export of the "
                    + "repository's incidents (GET /v1/sources/{id}/incidents/secrets).");
        }
        return new GitGuardianIncidentSource(gitGuardianClient());
    }

    /**
     * Every unresolved ({@code TRIGGERED}, {@code ASSIGNED}) incident of {@code repo} in {@code source}, read once.
     *
     * @throws MojoExecutionException for any client or export problem, with a message that says what to do
     */
    protected List<Incident> unresolvedIncidents(IncidentSource source, RepositoryRef repo)
            throws MojoExecutionException {
        try (Stream<Incident> incidents = source.incidents(IncidentQuery.unresolvedIn(repo))) {
            return incidents.collect(Collectors.toList());
        } catch (RuntimeException e) {
            throw gitGuardianError(e);
        }
    }

    /** The environment secrets and URLs are read from ({@code System::getenv} outside tests). */
    protected Function<String, String> environment() {
        return environment;
    }

    /** The proxy to reach {@code url} through, from Maven's settings ({@code incident.proxyId} or the active one). */
    protected Optional<ProxySettings> proxyFor(URI url) throws MojoExecutionException {
        return ProxySettings.fromSettings(session, decrypter, proxyId, url.getScheme(), url.getHost(), getLog());
    }

    /** Maps a GitGuardian client or export error to a message that says what to do. */
    protected MojoExecutionException gitGuardianError(RuntimeException error) {
        return GitGuardianErrors.toMojoException(error, apiUrlOrRaw(), usedKey);
    }

    /** The clock of this goal (tests fix it). */
    protected Clock clock() {
        return clock;
    }

    /** For tests: the environment the secret and URL are read from. */
    public void setEnvironment(Function<String, String> environment) {
        this.environment = Objects.requireNonNull(environment);
    }

    /** For tests and benchmarks: adjusts the GitGuardian client builder (sleeper, retry policy) before it is built. */
    public void setClientCustomizer(Consumer<GitGuardianClient.Builder> clientCustomizer) {
        this.clientCustomizer = Objects.requireNonNull(clientCustomizer);
    }

    /** For tests: a fixed clock. */
    public void setClock(Clock clock) {
        this.clock = Objects.requireNonNull(clock);
    }

    public void setSkip(boolean skip) {
        this.skip = skip;
    }

    public void setGitguardianUrl(String gitguardianUrl) {
        this.gitguardianUrl = gitguardianUrl;
    }

    public void setApiKeyEnv(String apiKeyEnv) {
        this.apiKeyEnv = apiKeyEnv;
    }

    public void setServerId(String serverId) {
        this.serverId = serverId;
    }

    public void setRepository(String repository) {
        this.repository = repository;
    }

    public void setExport(File export) {
        this.export = export;
    }

    public void setProxyId(String proxyId) {
        this.proxyId = proxyId;
    }

    public void setTimeout(int timeout) {
        this.timeout = timeout;
    }
}
