package dev.vigie.maven.triage;

import dev.vigie.incident.RepositoryRef;
import dev.vigie.incident.directory.TeamDirectory;
import dev.vigie.incident.triage.BacklogTriage;
import dev.vigie.incident.triage.GroupOutcome;
import dev.vigie.incident.triage.GroupResult;
import dev.vigie.incident.triage.ResultTable;
import dev.vigie.incident.triage.TriageOptions;
import dev.vigie.incident.triage.TriageResult;
import java.util.List;
import java.util.stream.Collectors;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Works the GitGuardian backlog as the ops procedure says (PROCEDURE.md 6): TRIGGERED incidents by severity then
 * most recent, grouped by repository; skips what the journal or the security channel shows as handled; shares the
 * incidents with feedback collection, posts the team message with the deadline, logs it in the security channel and
 * notes it in GitGuardian. A dry run by default: prints the ordered plan and changes nothing.
 */
@Mojo(name = "triage", threadSafe = true, requiresProject = false, aggregator = true)
public class TriageMojo extends AbstractOpsMojo {

    /**
     * How many tickets (incidents) to work in one run; those already handled do not count.
     *
     * @since 0.1.0
     */
    @Parameter(property = "incident.max", defaultValue = "10")
    int max = 10;

    /**
     * Days the team has to fill in the feedback form.
     *
     * @since 0.1.0
     */
    @Parameter(property = "incident.deadlineDays", defaultValue = "7")
    int deadlineDays = 7;

    /**
     * Private ops channel where the lead is claimed (PROCEDURE.md 1.1). Default: the directory's
     * {@code chat.opsChannel}; no claim post when neither is set.
     *
     * @since 0.1.0
     */
    @Parameter(property = "incident.opsChannel")
    String opsChannel;

    /**
     * Email of the GitGuardian member to assign the incidents to when claiming the lead (needs the
     * {@code incidents:write} scope). Unset: no assignment.
     *
     * @since 0.1.0
     */
    @Parameter(property = "incident.assignTo")
    String assignTo;

    /**
     * Allow share links in a team channel that is not private. A share link is a credential: leave this off and ask
     * the team for a private channel instead.
     *
     * @since 0.1.0
     */
    @Parameter(property = "incident.allowPublicChannel", defaultValue = "false")
    boolean allowPublicChannel;

    /**
     * Work repositories with a proposed RED alert first, instead of the procedure's order.
     *
     * @since 0.1.0
     */
    @Parameter(property = "incident.redFirst", defaultValue = "false")
    boolean redFirst;

    @Inject
    public TriageMojo(MavenSession session, MavenProject project, SettingsDecrypter decrypter) {
        super(session, project, decrypter);
    }

    @Override
    protected void run() throws MojoExecutionException {
        TeamDirectory teams = loadDirectory();
        TriageOptions options;
        try {
            options = TriageOptions.builder().dryRun(dryRun).max(max).deadlineDays(deadlineDays).language(language())
                    .chatTeam(chatTeam(teams)).securityChannel(securityChannel(teams))
                    .opsChannel(trimmed(opsChannel).or(() -> teams.chat().opsChannel()))
                    .assignTo(trimmed(assignTo)).allowPublicChannel(allowPublicChannel)
                    .redFirst(redFirst).build();
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        getLog().info((dryRun ? "Dry run (incident.dryRun=true): nothing will be changed. " : "")
                + "Triage of the GitGuardian backlog from " + sourceDescription() + ", at most " + max
                + " ticket(s), deadline " + deadlineDays + " days, security channel ~" + options.securityChannel());
        TriageResult result = runWorkflow(teams, (workflow, messages) -> new BacklogTriage(workflow, messages)
                .run(options));
        ResultTable.triage(result).forEach(getLog()::info);
        List<GroupResult> failed = result.withOutcome(GroupOutcome.FAILED);
        if (!failed.isEmpty()) {
            throw new MojoExecutionException(failed.size() + " repository(ies) could not be worked: "
                    + failed.stream().map(g -> g.repository().map(RepositoryRef::path).orElse("?") + ": " + g.reason())
                            .collect(Collectors.joining("; ")));
        }
    }
}
