package dev.vigie.incident.triage;

import dev.vigie.incident.Incident;
import dev.vigie.incident.RepositoryRef;
import dev.vigie.incident.text.TextTable;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders triage and follow-up results as plain-text tables for a terminal or a build log: one row per incident,
 * in the procedure's order, then what happens to each repository and why. Never prints a share link.
 */
public final class ResultTable {

    private static final String[] TRIAGE_HEADER = {"#", "incident", "severity", "level", "repository", "team",
        "action"};

    private ResultTable() {}

    /** The ordered backlog with the action for each incident, then the reasons and plans per repository. */
    public static List<String> triage(TriageResult result) {
        List<String[]> rows = new ArrayList<>();
        for (GroupResult group : result.groups()) {
            for (IncidentLine line : group.incidents()) {
                Incident incident = line.incident();
                rows.add(new String[] {
                    String.valueOf(group.position()),
                    String.valueOf(incident.id()),
                    incident.severity().apiName(),
                    line.proposal().level().name() + (line.proposal().needsConfirmation() ? "?" : ""),
                    group.repository().map(RepositoryRef::path).orElse("(unknown)"),
                    group.team().orElse("-"),
                    line.skippedBecause().orElse(action(group.outcome(), result.dryRun()))
                });
            }
        }
        List<String> lines = new ArrayList<>(TextTable.render(TRIAGE_HEADER, rows));
        lines.add("");
        for (GroupResult group : result.groups()) {
            lines.add(group.position() + ". " + group.repository().map(RepositoryRef::path).orElse("(unknown)")
                    + group.channel().map(c -> " -> ~" + c).orElse("") + ": " + group.outcome() + ". "
                    + group.reason());
            group.actions().forEach(a -> lines.add("   - " + a));
            if (group.red() || group.outcome() == GroupOutcome.UNMAPPED || group.outcome() == GroupOutcome.NO_CHANNEL
                    || group.outcome() == GroupOutcome.PUBLIC_CHANNEL_REFUSED) {
                group.contactPlan().ifPresent(plan -> plan.lines().forEach(l -> lines.add("   contact: " + l)));
            }
            if (group.red()) {
                group.escalationPlan().ifPresent(plan -> plan.lines().forEach(l -> lines.add("   escalation: " + l)));
            }
        }
        result.warnings().forEach(w -> lines.add("warning: " + w));
        lines.add(summary(result));
        return lines;
    }

    /** One row per earlier team message: what the follow-up does about it. */
    public static List<String> followUp(FollowUpResult result) {
        List<String[]> rows = new ArrayList<>();
        for (ReminderResult reminder : result.reminders()) {
            rows.add(new String[] {reminder.repository(), reminder.team(), reminder.deadline().toString(),
                String.valueOf(reminder.incidents().size()), reminder.outcome().name(), reminder.reason()});
        }
        List<String> lines = new ArrayList<>(TextTable.render(new String[] {"repository", "team", "deadline",
            "pending", "outcome", "why"}, rows));
        for (ReminderResult reminder : result.reminders()) {
            reminder.actions().forEach(a -> lines.add(reminder.repository() + ": " + a));
            reminder.escalationPlan().ifPresent(plan -> plan.lines()
                    .forEach(l -> lines.add(reminder.repository() + " escalation: " + l)));
        }
        result.warnings().forEach(w -> lines.add("warning: " + w));
        lines.add((result.dryRun() ? "Dry run: nothing was posted. " : "")
                + result.reminders().stream().filter(r -> r.outcome() == ReminderOutcome.REMINDED
                        || r.outcome() == ReminderOutcome.PLANNED).count() + " reminder(s) "
                + (result.dryRun() ? "to send." : "sent."));
        return lines;
    }

    private static String action(GroupOutcome outcome, boolean dryRun) {
        return switch (outcome) {
            case PLANNED -> "share + notify team";
            case NOTIFIED -> "notified";
            case ALREADY_HANDLED -> "already handled";
            case UNMAPPED -> "unmapped: contact plan";
            case NO_CHANNEL -> "no channel: contact plan";
            case PUBLIC_CHANNEL_REFUSED -> "refused: public channel";
            case DEFERRED -> dryRun ? "next run" : "deferred";
            case FAILED -> "failed: rerun";
        };
    }

    private static String summary(TriageResult result) {
        long acted = result.groups().stream()
                .filter(g -> g.outcome() == GroupOutcome.PLANNED || g.outcome() == GroupOutcome.NOTIFIED).count();
        long red = result.groups().stream().filter(GroupResult::red).count();
        return (result.dryRun() ? "Dry run: nothing was changed. " + acted + " team(s) to notify"
                : acted + " team(s) notified") + " out of " + result.groups().size() + " repositories, "
                + result.backlogSize() + " incident(s) in the backlog" + (red > 0 ? "; " + red
                        + " with a proposed RED alert: call those teams first." : ".")
                + (result.dryRun() ? " Run with incident.dryRun=false to act." : "");
    }
}
