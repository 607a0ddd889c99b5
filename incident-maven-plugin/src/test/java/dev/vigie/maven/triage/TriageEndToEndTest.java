package dev.vigie.maven.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.vigie.maven.triage.FakeMattermostServer.StoredPost;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The triage and follow-up goals against a GitGuardian and a Mattermost played by MockWebServer: what the servers
 * received on a first run, and that a second identical run posts nothing.
 */
class TriageEndToEndTest {

    private static final String KEY = "gg-key-e2e-0123456789";
    private static final String TOKEN = "mm-token-e2e-abcdefghij";

    @TempDir
    Path dir;

    Instant now = Instant.parse("2026-11-26T09:00:00Z");
    final FakeGitGuardianServer gitguardian = new FakeGitGuardianServer();
    final FakeMattermostServer mattermost = new FakeMattermostServer(() -> now.toEpochMilli());
    final MockWebServer ggServer = new MockWebServer();
    final MockWebServer mmServer = new MockWebServer();
    final List<String> log = new ArrayList<>();

    @BeforeEach
    void start() throws IOException {
        gitguardian.source(1, "exemple-org/ma-cantine", "private");
        gitguardian.source(2, "exemple-org/bureau-ouvert", "private");
        gitguardian.source(3, "exemple-org/inconnu", "private");
        gitguardian.incident(501, 1, "high", "2026-06-20T10:00:00Z");
        gitguardian.incident(502, 1, "critical", "2026-05-01T10:00:00Z");
        gitguardian.incident(503, 2, "medium", "2026-06-22T10:00:00Z");
        gitguardian.incident(504, 3, "low", "2026-07-01T10:00:00Z");
        mattermost.channel("incubateur", "domaine-secu", "O");
        mattermost.channel("startups", "ma-cantine", "P");
        mattermost.channel("startups", "town-square", "O");
        ggServer.setDispatcher(gitguardian);
        mmServer.setDispatcher(mattermost);
        ggServer.start();
        mmServer.start();
        try (InputStream teams = getClass().getResourceAsStream("/triage/teams.yaml")) {
            Files.copy(teams, dir.resolve("teams.yaml"));
        }
    }

    @AfterEach
    void stop() throws IOException {
        ggServer.close();
        mmServer.close();
    }

    private <T extends AbstractOpsMojo> T configure(T mojo, boolean dryRun) {
        mojo.setEnvironment(Map.of("GITGUARDIAN_API_KEY", KEY, "MATTERMOST_TOKEN", TOKEN)::get);
        mojo.setClock(Clock.fixed(now, ZoneOffset.UTC));
        mojo.setGitguardianUrl(ggServer.url("/").toString());
        mojo.mattermostUrl = mmServer.url("/").toString();
        mojo.dryRun = dryRun;
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                log.add(content.toString());
            }

            @Override
            public void warn(CharSequence content) {
                log.add(content.toString());
            }
        });
        return mojo;
    }

    private TriageMojo triage(boolean dryRun) {
        return configure(new TriageMojo(session(), project(), mock(SettingsDecrypter.class)), dryRun);
    }

    private FollowupMojo followUp(boolean dryRun) {
        return configure(new FollowupMojo(session(), project(), mock(SettingsDecrypter.class)), dryRun);
    }

    private MavenSession session() {
        MavenSession session = mock(MavenSession.class);
        when(session.getSettings()).thenReturn(new Settings());
        return session;
    }

    private MavenProject project() {
        MavenProject project = mock(MavenProject.class);
        when(project.getBasedir()).thenReturn(dir.toFile());
        return project;
    }

    @Test
    void dryRunPrintsThePlanAndSendsNoWrite() throws Exception {
        triage(true).execute();

        assertThat(mattermost.posts).isEmpty();
        assertThat(gitguardian.sharesCreated).isZero();
        assertThat(gitguardian.requests).allMatch(r -> r.startsWith("GET "));
        assertThat(Files.exists(dir.resolve(".vigie/journal.jsonl"))).isFalse();
        assertThat(log).anyMatch(l -> l.matches("1\\s+502\\s+critical\\s+ORANGE\\s+exemple-org/ma-cantine\\s+Ma Cantine"
                + "\\s+share \\+ notify team"));
        assertThat(log.get(log.size() - 1)).startsWith("Dry run: nothing was changed.");
    }

    @Test
    void firstRunNotifiesOnceAndASecondIdenticalRunPostsNothing() throws Exception {
        triage(false).execute();

        List<StoredPost> team = mattermost.postsIn("startups", "ma-cantine");
        assertThat(team).singleElement().satisfies(post -> assertThat(post.message())
                .startsWith(":wave: Gestion du backlog Git Guardian:wave:")
                .contains("d'ici le jeudi 3 décembre 2026 ?", "share/incidents/token-501", "share/incidents/token-502",
                        "#vigie_gg501 #vigie_gg502"));
        assertThat(mattermost.postsIn("startups", "town-square")).isEmpty();
        assertThat(mattermost.postsIn("incubateur", "domaine-secu")).singleElement()
                .satisfies(post -> assertThat(post.message()).startsWith("J'ai prévenu l'équipe Ma Cantine dans "
                        + "~startups/ma-cantine pour 2 alerte(s) GitGuardian sur exemple-org/ma-cantine")
                        .doesNotContain("/share/"));
        assertThat(mattermost.joined).hasSize(1);
        assertThat(gitguardian.sharesCreated).isEqualTo(2);
        assertThat(gitguardian.notes).containsOnlyKeys(501L, 502L);
        assertThat(log).anyMatch(l -> l.contains("PUBLIC_CHANNEL_REFUSED"))
                .anyMatch(l -> l.contains("exemple-org/inconnu: UNMAPPED"));
        assertThat(String.join("\n", log)).doesNotContain(KEY).doesNotContain(TOKEN).doesNotContain("/share/");

        int posts = mattermost.posts.size();
        now = now.plus(Duration.ofHours(3));
        triage(false).execute();

        assertThat(mattermost.posts).hasSize(posts);
        assertThat(gitguardian.sharesCreated).isEqualTo(2);
        assertThat(gitguardian.notes.values()).allSatisfy(n -> assertThat(n).hasSize(1));
    }

    @Test
    void followUpRemindsInTheThreadOnceTheDeadlinePassed() throws Exception {
        triage(false).execute();
        StoredPost notice = mattermost.postsIn("startups", "ma-cantine").get(0);
        int posts = mattermost.posts.size();

        now = now.plus(Duration.ofDays(3));
        followUp(false).execute();
        assertThat(mattermost.posts).hasSize(posts);

        now = now.plus(Duration.ofDays(6));
        followUp(false).execute();
        List<StoredPost> team = mattermost.postsIn("startups", "ma-cantine");
        assertThat(team).hasSize(2);
        assertThat(team.get(1).rootId()).isEqualTo(notice.id());
        assertThat(team.get(1).message()).contains("attendus pour le jeudi 3 décembre 2026");
        assertThat(mattermost.postsIn("incubateur", "domaine-secu")).hasSize(2);

        followUp(false).execute();
        assertThat(mattermost.posts).hasSize(posts + 2);
    }

    @Test
    void theOpsTeamsOwnTeamMessageReplacesTheBuiltInOne() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("messages"));
        Files.writeString(templates.resolve("team-notice.mustache"),
                "Bonjour {{team}}, merci de traiter avant le {{deadline}} :{{#links}} {{{url}}}{{/links}}");
        TriageMojo mojo = triage(false);
        mojo.messageTemplates = templates.toFile();
        mojo.execute();

        assertThat(mattermost.postsIn("startups", "ma-cantine")).singleElement().satisfies(post -> assertThat(
                post.message()).startsWith("Bonjour Ma Cantine, merci de traiter avant le jeudi 3 décembre 2026 : "
                        + "https://dashboard.gitguardian.com/share/incidents/token-502"));
        assertThat(mattermost.postsIn("incubateur", "domaine-secu")).singleElement()
                .satisfies(post -> assertThat(post.message()).startsWith("J'ai prévenu l'équipe Ma Cantine"));
    }

    @Test
    void aMissingDirectorySaysHowToProvideOne() throws Exception {
        Files.delete(dir.resolve("teams.yaml"));
        assertThatThrownBy(() -> triage(true).execute()).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("teams.yaml").hasMessageContaining("incident.directory");
    }

    @Test
    void actingWithoutAMattermostTokenNamesBothWaysToProvideIt() {
        TriageMojo mojo = triage(false);
        mojo.setEnvironment(Map.of("GITGUARDIAN_API_KEY", KEY)::get);
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("MATTERMOST_TOKEN").hasMessageContaining("mattermost");
    }

    static File file(Path path) {
        return path.toFile();
    }
}
