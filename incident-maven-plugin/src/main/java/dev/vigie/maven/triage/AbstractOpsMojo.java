package dev.vigie.maven.triage;

import dev.vigie.gitguardian.incident.GitGuardianIncidentSource;
import dev.vigie.incident.directory.DirectoryFormatException;
import dev.vigie.incident.directory.TeamChat;
import dev.vigie.incident.directory.TeamDirectory;
import dev.vigie.incident.directory.TeamDirectoryLoader;
import dev.vigie.incident.journal.JournalFormatException;
import dev.vigie.incident.journal.JsonlJournal;
import dev.vigie.incident.port.Chat;
import dev.vigie.incident.template.Language;
import dev.vigie.incident.template.MessageTemplates;
import dev.vigie.incident.template.TemplateException;
import dev.vigie.incident.triage.JournalWriteException;
import dev.vigie.incident.triage.TriageException;
import dev.vigie.incident.triage.Workflow;
import dev.vigie.maven.support.AbstractIncidentMojo;
import dev.vigie.maven.support.ProxySettings;
import dev.vigie.maven.support.Secret;
import dev.vigie.maven.support.SecretResolver;
import dev.vigie.mattermost.MattermostClient;
import dev.vigie.mattermost.errors.MattermostException;
import dev.vigie.mattermost.incident.MattermostChat;
import java.io.File;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * What {@code triage} and {@code followup} share: the Mattermost connection, the team directory, the journal and
 * the chat settings of PRODUCT.md, and the wiring of incident-core's {@link Workflow}.
 */
abstract class AbstractOpsMojo extends AbstractIncidentMojo {

    /**
     * Print the plan and change nothing anywhere. Set to {@code false} to act.
     *
     * @since 0.1.0
     */
    @Parameter(property = "incident.dryRun", defaultValue = "true")
    boolean dryRun = true;

    /**
     * The team directory: a {@code teams.yaml} file (format in PRODUCT.md), or a folder of beta.gouv.fr API JSON
     * files (optionally with a {@code teams.yaml} that overrides them).
     *
     * @since 0.1.0
     */
    @Parameter(property = "incident.directory", defaultValue = "teams.yaml")
    File directory = new File("teams.yaml");

    /**
     * Mattermost site URL. Default: env {@code MATTERMOST_URL}. Without one, a dry run still plans from the journal.
     *
     * @since 0.1.0
     */
    @Parameter(property = "incident.mattermost.url")
    String mattermostUrl;

    /**
     * Name of the environment variable holding a Mattermost personal or bot access token.
     *
     * @since 0.1.0
     */
    @Parameter(property = "incident.mattermost.tokenEnv", defaultValue = "MATTERMOST_TOKEN")
    String tokenEnv = "MATTERMOST_TOKEN";

    /**
     * Id of the {@code settings.xml} {@code <server>} whose (decrypted) password is the Mattermost token, used when
     * the environment variable is unset.
     *
     * @since 0.1.0
     */
    @Parameter(property = "incident.mattermost.serverId", defaultValue = "mattermost")
    String tokenServerId = "mattermost";

    /**
     * Mattermost team of the security and ops channels. Default: the directory's top-level {@code chat.team}, else
     * the one Mattermost team all its teams share.
     *
     * @since 0.1.0
     */
    @Parameter(property = "incident.mattermost.team")
    String chatTeam;

    /**
     * Channel where the ops team logs who was told. Default: the directory's {@code chat.securityChannel}, else
     * {@code domaine-secu}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "incident.securityChannel")
    String securityChannel;

    /**
     * Message language: {@code fr} or {@code en}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "incident.lang", defaultValue = "fr")
    String lang = "fr";

    /**
     * A folder of Mustache files replacing the built-in messages they are named after: {@code team-notice.mustache},
     * {@code security-log.mustache}, {@code lead-claim.mustache}, {@code reminder.mustache},
     * {@code reminder-log.mustache}, {@code escalation.mustache}. Outside values in them are escaped as in the
     * built-in ones. Unset: the built-in messages of {@code incident.lang}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "incident.messageTemplates")
    File messageTemplates;

    /**
     * The append-only record of every action, so that a rerun never acts twice.
     *
     * @since 0.1.0
     */
    @Parameter(property = "incident.journal", defaultValue = ".vigie/journal.jsonl")
    File journal = new File(".vigie/journal.jsonl");

    AbstractOpsMojo(MavenSession session, MavenProject project, SettingsDecrypter decrypter) {
        super(session, project, decrypter);
    }

    /** The directory file, loaded strictly. */
    TeamDirectory loadDirectory() throws MojoExecutionException {
        Path path = resolve(directory);
        if (!Files.exists(path)) {
            throw new MojoExecutionException("No team directory at " + path + ": create a teams.yaml (format in "
                    + "Vigie's PRODUCT.md) or point incident.directory to one, or to a folder of beta.gouv.fr API "
                    + "files.");
        }
        try {
            return TeamDirectoryLoader.load(path, clock());
        } catch (DirectoryFormatException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new MojoExecutionException("Cannot read the team directory " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs one of incident-core's workflows on the collaborators ({@link #workflow}) and the messages, mapping what
     * it throws ({@link #failure}).
     */
    <R> R runWorkflow(TeamDirectory teams, BiFunction<Workflow, MessageTemplates, R> run)
            throws MojoExecutionException {
        try {
            return run.apply(workflow(teams), messages());
        } catch (RuntimeException e) {
            throw failure(e);
        }
    }

    /** The workflow collaborators: GitGuardian (or the export file), Mattermost when configured, directory, journal. */
    private Workflow workflow(TeamDirectory teams) throws MojoExecutionException {
        JsonlJournal file = new JsonlJournal(resolve(journal));
        Optional<Chat> chat = chat();
        if (usesExport()) {
            return Workflow.of(incidentSource(resolveRepository().repository()), null, chat, teams, file, clock());
        }
        GitGuardianIncidentSource source = apiSource();
        return Workflow.of(source, source, chat, teams, file, clock());
    }

    /** Mattermost, when a site URL is configured. */
    Optional<Chat> chat() throws MojoExecutionException {
        Optional<String> site = trimmed(mattermostUrl).or(() -> trimmed(environment().apply("MATTERMOST_URL")));
        if (site.isEmpty()) {
            return Optional.empty();
        }
        String url = site.get();
        Secret token = new SecretResolver(session, decrypter, environment(), getLog()).resolve("Mattermost token",
                tokenEnv, "incident.mattermost.tokenEnv", tokenServerId, "incident.mattermost.serverId",
                "Create a personal access token (Profile > Security) or a bot account token, with permission to "
                        + "read and post in the security channel and the teams' channels.");
        MattermostClient.Builder builder = MattermostClient.builder();
        try {
            builder.siteUrl(url).token(token.value());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage() + " (incident.mattermost.url or env MATTERMOST_URL, token "
                    + "from " + token.origin() + ")", e);
        }
        Optional<ProxySettings> proxy = proxyFor(URI.create(url));
        if (proxy.isPresent()) {
            builder.proxy(proxy.get().proxy());
            proxy.get().authenticator().ifPresent(builder::proxyAuthenticator);
        }
        return Optional.of(new MattermostChat(builder.build()));
    }

    /** The chat team: the property, the directory's {@code chat.team}, or the one team every team's channel is in. */
    Optional<String> chatTeam(TeamDirectory teams) {
        return trimmed(chatTeam).or(() -> teams.chat().team()).or(() -> {
            Set<String> shared = teams.teams().stream().flatMap(t -> t.chat().flatMap(TeamChat::team).stream())
                    .collect(Collectors.toSet());
            return shared.size() == 1 ? Optional.of(shared.iterator().next()) : Optional.empty();
        });
    }

    String securityChannel(TeamDirectory teams) {
        return trimmed(securityChannel).or(() -> teams.chat().securityChannel()).orElse("domaine-secu");
    }

    /** A string parameter, trimmed; empty when unset or blank. */
    static Optional<String> trimmed(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /** The messages to post: the built-in ones of the language, with the user's overrides. */
    MessageTemplates messages() throws MojoExecutionException {
        MessageTemplates templates = MessageTemplates.builtIn(language());
        if (messageTemplates == null) {
            return templates;
        }
        try {
            return templates.withOverrides(resolve(messageTemplates));
        } catch (TemplateException e) {
            throw new MojoExecutionException(e.getMessage() + " (incident.messageTemplates)", e);
        }
    }

    Language language() throws MojoExecutionException {
        try {
            return Language.parse(lang);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage() + " (incident.lang)", e);
        }
    }

    /** Maps what the workflow can throw to messages that say what to do. */
    MojoExecutionException failure(RuntimeException error) {
        if (error instanceof TriageException || error instanceof JournalWriteException
                || error instanceof JournalFormatException || error instanceof TemplateException
                || error instanceof DirectoryFormatException) {
            return new MojoExecutionException(error.getMessage(), error);
        }
        if (error instanceof UncheckedIOException) {
            return new MojoExecutionException("Vigie could not read or write a local file: " + error.getMessage(),
                    error);
        }
        if (error instanceof MattermostException) {
            return new MojoExecutionException("Mattermost: " + error.getMessage()
                    + " The journal holds every action done so far: rerun to finish.", error);
        }
        return gitGuardianError(error);
    }
}
