package dev.vigie.maven.triage;

import dev.vigie.incident.directory.TeamDirectory;
import dev.vigie.incident.triage.FollowUp;
import dev.vigie.incident.triage.FollowUpOptions;
import dev.vigie.incident.triage.FollowUpResult;
import dev.vigie.incident.triage.ResultTable;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Follows up the team messages of earlier triage runs (from the journal) whose deadline has passed: for incidents
 * still unresolved with no feedback, a reminder in the team's thread and a line in the security channel; a proposed
 * RED alert is escalated. At most once per deadline. A dry run by default.
 */
@Mojo(name = "followup", threadSafe = true, requiresProject = false, aggregator = true)
public class FollowupMojo extends AbstractOpsMojo {

    @Inject
    public FollowupMojo(MavenSession session, MavenProject project, SettingsDecrypter decrypter) {
        super(session, project, decrypter);
    }

    @Override
    protected void run() throws MojoExecutionException {
        TeamDirectory teams = loadDirectory();
        FollowUpOptions options = FollowUpOptions.builder().dryRun(dryRun).language(language())
                .chatTeam(chatTeam(teams)).securityChannel(securityChannel(teams)).build();
        getLog().info((dryRun ? "Dry run (incident.dryRun=true): nothing will be posted. " : "")
                + "Follow-up of the team messages in the journal, from " + sourceDescription());
        FollowUpResult result = runWorkflow(teams, (workflow, messages) -> new FollowUp(workflow, messages)
                .run(options));
        ResultTable.followUp(result).forEach(getLog()::info);
    }
}
