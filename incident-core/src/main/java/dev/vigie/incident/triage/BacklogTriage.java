package dev.vigie.incident.triage;

import dev.vigie.incident.AlertLevel;
import dev.vigie.incident.Incident;
import dev.vigie.incident.IncidentStatus;
import dev.vigie.incident.RepositoryRef;
import dev.vigie.incident.contact.ContactPlan;
import dev.vigie.incident.directory.RepositoryMatch;
import dev.vigie.incident.directory.Team;
import dev.vigie.incident.directory.TeamChat;
import dev.vigie.incident.escalation.EscalationPlan;
import dev.vigie.incident.port.ChatChannel;
import dev.vigie.incident.port.IncidentQuery;
import dev.vigie.incident.port.JournalEntry;
import dev.vigie.incident.template.MessageTemplates;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Works the GitGuardian backlog as PROCEDURE.md 6 says: orders the TRIGGERED incidents (severity, then most recent),
 * groups them by repository (one team message per repository per run), skips what the journal or the security
 * channel shows as handled, and for each group claims the lead, shares the incidents with feedback collection,
 * posts the team message with the deadline, logs it in the security channel, and notes it in GitGuardian, recording
 * each action in the journal as it happens. A run that stops anywhere is finished by the next one without posting
 * twice. A dry run (the default) returns the same plan and changes nothing.
 */
public final class BacklogTriage {

    private final Workflow workflow;
    private final MessageTemplates templates;

    /**
     * @param templates the messages to post; their language wins over {@link TriageOptions#language()}
     */
    public BacklogTriage(Workflow workflow, MessageTemplates templates) {
        this.workflow = workflow;
        this.templates = templates;
    }

    /** A triage with the built-in templates of the options' language. */
    public BacklogTriage(Workflow workflow) {
        this(workflow, null);
    }

    /**
     * Runs the triage.
     *
     * @throws TriageException when the run cannot start as configured (no chat team, security channel not found,
     *     acting without a chat); what the ports throw passes through, leaving the journal complete up to the failure
     */
    public TriageResult run(TriageOptions options) {
        Instant startedAt = workflow.clock().instant();
        LocalDate today = startedAt.atZone(options.zone()).toLocalDate();
        // Dry runs render nothing: no template is compiled (and no Mustache is needed on the class path).
        MessageTemplates messages = templates != null || options.dryRun() ? templates
                : MessageTemplates.builtIn(options.language());
        if (!options.dryRun()) {
            workflow.requireChat("Notifying teams");
        }
        List<JournalEntry> journal = workflow.journal().entries();
        List<Incident> backlog = backlog(options.policy(), journal, options.assignTo());
        List<String> warnings = new ArrayList<>();
        ChatSide chat = ChatSide.open(workflow, options, warnings);
        PriorNotices notices = chat.priorNotices(journal, backlog, options);
        Map<Long, AlertProposal> proposals = new HashMap<>();
        backlog.forEach(i -> proposals.put(i.id(), workflow.classifier().classify(i)));
        TriageRun run = new TriageRun(options, today, notices, chat, messages, proposals);

        TriageResult.Builder result = TriageResult.builder().dryRun(options.dryRun()).startedAt(startedAt)
                .backlogSize(backlog.size()).addAllWarnings(warnings);
        int budget = options.max();
        int position = 0;
        for (List<Incident> group : groups(backlog, run)) {
            position++;
            Optional<RepositoryRef> repository = group.get(0).repository();
            List<IncidentLine> lines = new ArrayList<>();
            List<Incident> todo = new ArrayList<>();
            for (Incident incident : group) {
                IncidentLine line = IncidentLine.of(incident, run.proposal(incident));
                Optional<String> handled = notices.completedByVigie(incident, hasNotes())
                        ? Optional.of("already notified by Vigie (journal)")
                        : notices.startedByVigie(incident) ? Optional.empty() : notices.toldInSecurityChannel(incident);
                if (handled.isPresent()) {
                    lines.add(line.skipped(handled.get()));
                } else if (todo.size() < budget) {
                    todo.add(incident);
                    lines.add(line);
                } else {
                    lines.add(line.skipped("deferred: incident.max (" + options.max() + ") reached"));
                }
            }
            GroupResult.Builder out = GroupResult.builder().position(position).repository(repository)
                    .addAllIncidents(lines);
            if (todo.isEmpty()) {
                boolean deferred = lines.stream().anyMatch(l -> l.skippedBecause().orElse("").startsWith("deferred"));
                result.addGroups(out.outcome(deferred ? GroupOutcome.DEFERRED : GroupOutcome.ALREADY_HANDLED)
                        .reason(deferred ? "Not worked in this run: incident.max (" + options.max() + ") reached."
                                : lines.get(0).skippedBecause().orElse("already handled") + ".")
                        .build());
                continue;
            }
            budget -= todo.size();
            AlertLevel level = lines.stream().anyMatch(l -> l.proposal().level() == AlertLevel.RED
                    && l.skippedBecause().isEmpty()) ? AlertLevel.RED : AlertLevel.ORANGE;
            try {
                result.addGroups(work(out, repository, todo, level, run));
            } catch (JournalWriteException | TriageException fatal) {
                throw fatal;
            } catch (RuntimeException failure) {
                // One team's refusal (archived channel, missing scope) must not block the rest of the backlog.
                result.addGroups(out.outcome(GroupOutcome.FAILED).reason("Failed: " + failure.getMessage()
                        + " What was done is in the journal: rerun to finish.").build());
            }
        }
        return result.build();
    }

    private GroupResult work(GroupResult.Builder out, Optional<RepositoryRef> repository, List<Incident> todo,
            AlertLevel level, TriageRun run) {
        TriageOptions options = run.options();
        ChatSide chat = run.chat();
        if (repository.isEmpty()) {
            return out.outcome(GroupOutcome.UNMAPPED)
                    .reason("GitGuardian did not say which repository these incidents belong to: open them in the "
                            + "dashboard to find the team.")
                    .build();
        }
        RepositoryMatch match = workflow.directory().match(repository.get());
        ContactPlan contact = ContactPlan.build(match, level);
        if (level == AlertLevel.RED) {
            out.contactPlan(contact).escalationPlan(EscalationPlan.forIncident(AlertLevel.RED,
                    workflow.directory().escalation(), Optional.empty(), false, workflow.clock()));
        }
        if (!match.isMapped()) {
            return out.outcome(GroupOutcome.UNMAPPED).contactPlan(contact)
                    .reason(String.join(" ", match.missing())).build();
        }
        Team team = match.team().orElseThrow();
        out.team(team.name());
        Optional<TeamChat> teamChat = team.chat();
        Optional<String> chatTeam = teamChat.flatMap(TeamChat::team).or(options::chatTeam);
        if (teamChat.isEmpty() || chatTeam.isEmpty()) {
            return out.outcome(GroupOutcome.NO_CHANNEL).contactPlan(contact)
                    .reason("Team " + team.id() + " has no chat channel" + (teamChat.isPresent() ? " team" : "")
                            + " in the directory: add chat: { team: …, channel: … } to it, or reach it by the "
                            + "contact plan.")
                    .build();
        }
        String where = chatTeam.get() + "/" + teamChat.get().channel();
        out.channel(where);
        Optional<ChatChannel> channel = chat.teamChannel(chatTeam.get(), teamChat.get().channel());
        if (chat.connected() && channel.isEmpty()) {
            return out.outcome(GroupOutcome.NO_CHANNEL).contactPlan(contact)
                    .reason("Channel " + where + " of team " + team.id() + " was not found in the chat: fix the "
                            + "directory, or ask the team which channel to use.")
                    .build();
        }
        if (channel.isPresent() && !channel.get().visibility().isPrivate() && !options.allowPublicChannel()) {
            return out.outcome(GroupOutcome.PUBLIC_CHANNEL_REFUSED).contactPlan(contact)
                    .reason("Channel " + where + " is " + channel.get().visibility().name().toLowerCase()
                            + ": a share link is a credential and must not go there. Ask the team for a private "
                            + "channel (or a direct message), or allow it with incident.allowPublicChannel=true.")
                    .build();
        }
        NoticePlan plan = NoticePlan.of(repository.get(), team, where, todo, run.notices(), options, run.today());
        out.deadline(plan.deadline());
        if (options.dryRun()) {
            return out.outcome(GroupOutcome.PLANNED).addAllActions(plan.describe(options, channel.isPresent()))
                    .reason(level == AlertLevel.RED
                            ? "RED proposed: call the team first (contact plan), then post the links."
                            : "Ready to notify the team.")
                    .build();
        }
        List<String> done = new NoticeSteps(workflow, run).execute(plan, channel.get());
        return out.outcome(GroupOutcome.NOTIFIED).addAllActions(done)
                .reason(level == AlertLevel.RED
                        ? "Team notified; RED proposed: a message is not enough, call the team now (contact plan)."
                        : "Team notified with a deadline of " + plan.deadline() + ".")
                .build();
    }

    /**
     * The policy's backlog, plus the incidents an interrupted run of Vigie already started on: assigning them in
     * GitGuardian took them out of TRIGGERED, and the next run must still finish their notice, unless someone else
     * has taken the incident since (PROCEDURE.md 1.1: a ticket claimed by someone else is left alone).
     */
    private List<Incident> backlog(TriagePolicy policy, List<JournalEntry> journal, Optional<String> assignTo) {
        Set<Long> started = journal.stream().flatMap(e -> e.incidentIds().stream()).collect(Collectors.toSet());
        Set<IncidentStatus> statuses = EnumSet.copyOf(policy.statuses());
        statuses.add(IncidentStatus.ASSIGNED);
        try (Stream<Incident> listed = workflow.source().incidents(IncidentQuery.builder()
                .statuses(statuses).minimumSeverity(policy.minimumSeverity()).build())) {
            return listed.filter(i -> policy.admits(i) || (i.isUnresolved() && started.contains(i.id())
                            && i.assigneeEmail().map(who -> assignTo.map(who::equalsIgnoreCase).orElse(false))
                                    .orElse(true)))
                    .sorted(policy.order()).toList();
        }
    }

    private boolean hasNotes() {
        return workflow.actions() != null;
    }

    /** Groups by repository in the order of each group's first incident; RED groups first when asked. */
    private static List<List<Incident>> groups(List<Incident> backlog, TriageRun run) {
        Map<Optional<RepositoryRef>, List<Incident>> byRepository = backlog.stream()
                .collect(Collectors.groupingBy(Incident::repository, LinkedHashMap::new, Collectors.toList()));
        List<List<Incident>> groups = new ArrayList<>(byRepository.values());
        if (run.options().redFirst()) {
            groups.sort(Comparator.comparing(g -> g.stream().noneMatch(run::red)));
        }
        return groups;
    }
}
