package dev.vigie.incident.triage;

import dev.vigie.incident.AlertLevel;
import dev.vigie.incident.Incident;
import dev.vigie.incident.RepositoryRef;
import dev.vigie.incident.escalation.EscalationPlan;
import dev.vigie.incident.port.ChatChannel;
import dev.vigie.incident.port.ChatMessage;
import dev.vigie.incident.port.JournalAction;
import dev.vigie.incident.port.JournalEntry;
import dev.vigie.incident.port.Marker;
import dev.vigie.incident.template.IncidentLink;
import dev.vigie.incident.template.MessageTemplates;
import dev.vigie.incident.template.MessageTemplates.Kind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Chases the team messages whose deadline has passed (incident-practice.md 3: remind after the deadline, not every
 * day forever): for each one whose incidents are still unresolved with no feedback, a reminder threaded under the
 * team message, a line in the security channel, and for a proposed RED alert an escalation line; each at most once
 * per deadline, even across crashes (journal first, then Vigie's markers in the channels).
 */
public final class FollowUp {

    private final Workflow workflow;
    private final MessageTemplates templates;

    /** @param templates the messages to post, or {@code null} for the built-in ones of the options' language */
    public FollowUp(Workflow workflow, MessageTemplates templates) {
        this.workflow = workflow;
        this.templates = templates;
    }

    public FollowUp(Workflow workflow) {
        this(workflow, null);
    }

    /**
     * Runs the follow-up.
     *
     * @throws TriageException when the run cannot start as configured
     */
    public FollowUpResult run(FollowUpOptions options) {
        Instant startedAt = workflow.clock().instant();
        LocalDate today = startedAt.atZone(options.zone()).toLocalDate();
        MessageTemplates messages = templates != null || options.dryRun() ? templates
                : MessageTemplates.builtIn(options.language());
        List<String> warnings = new ArrayList<>();
        if (!options.dryRun()) {
            workflow.requireChat("Reminding teams");
        }
        ChatSide chat = ChatSide.open(workflow, options.securityChannel(), Optional.empty(), options.chatTeam(),
                warnings);
        List<JournalEntry> journal = new ArrayList<>(workflow.journal().entries());
        FollowUpResult.Builder result = FollowUpResult.builder().dryRun(options.dryRun()).startedAt(startedAt)
                .addAllWarnings(warnings);
        for (JournalEntry notice : List.copyOf(journal)) {
            if (notice.action() == JournalAction.TEAM_NOTIFIED && notice.deadline().isPresent()
                    && notice.repository().isPresent()) {
                result.addReminders(followUp(notice, journal, chat, messages, options, today));
            }
        }
        return result.build();
    }

    private ReminderResult followUp(JournalEntry notice, List<JournalEntry> journal, ChatSide chat,
            MessageTemplates messages, FollowUpOptions options, LocalDate today) {
        LocalDate deadline = notice.deadline().orElseThrow();
        String where = notice.channel().orElse("");
        ReminderResult.Builder out = ReminderResult.builder().repository(notice.repository().orElseThrow())
                .team(notice.team().orElse("?")).channel(where).deadline(deadline);
        if (!deadline.isBefore(today)) {
            return out.outcome(ReminderOutcome.NOT_DUE).reason("Deadline " + deadline + " has not passed.").build();
        }
        String noticeKey = "notice:" + notice.messageId().orElse(notice.at().toString());
        boolean red = false;
        List<IncidentLine> pending = new ArrayList<>();
        for (long id : notice.incidentIds()) {
            Optional<Incident> incident = workflow.source().incident(id);
            if (incident.isPresent() && incident.get().isUnresolved() && !incident.get().feedbackReceived()) {
                IncidentLine line = IncidentLine.of(incident.get(), workflow.classifier().classify(incident.get()));
                red |= line.proposal().level() == AlertLevel.RED;
                pending.add(line);
            }
        }
        out.addAllIncidents(pending);
        if (pending.isEmpty()) {
            return out.outcome(ReminderOutcome.NOTHING_PENDING)
                    .reason("Every incident was resolved or answered through the form.").build();
        }
        if (red) {
            out.escalationPlan(EscalationPlan.forIncident(AlertLevel.RED, workflow.directory().escalation(),
                    Optional.empty(), false, workflow.clock()));
        }
        Reminder reminder = new Reminder(notice, noticeKey, pending, red, journal);
        if (reminder.complete()) {
            return out.outcome(ReminderOutcome.ALREADY_REMINDED)
                    .reason("Already followed up for the " + deadline + " deadline.").build();
        }
        if (options.dryRun()) {
            List<String> planned = new ArrayList<>(List.of("remind the team in its thread in ~" + where,
                    "tell ~" + options.securityChannel()));
            if (red) {
                planned.add("escalate the proposed RED alert in ~" + options.securityChannel());
            }
            return out.outcome(ReminderOutcome.PLANNED).addAllActions(planned)
                    .reason(pending.size() + " incident(s) still unresolved with no feedback after " + deadline + ".")
                    .build();
        }
        return out.outcome(ReminderOutcome.REMINDED).addAllActions(reminder.send(chat, messages, where))
                .reason(pending.size() + " incident(s) still unresolved with no feedback after " + deadline + ".")
                .build();
    }

    /** The steps of one follow-up, each skipped when the journal or the channel shows it done. */
    private final class Reminder {
        private final JournalEntry notice;
        private final String noticeKey;
        private final List<IncidentLine> pending;
        private final boolean red;
        private final List<JournalEntry> journal;
        private final List<Long> ids;
        private final RepositoryRef repository;

        Reminder(JournalEntry notice, String noticeKey, List<IncidentLine> pending, boolean red,
                List<JournalEntry> journal) {
            this.notice = notice;
            this.noticeKey = noticeKey;
            this.pending = pending;
            this.red = red;
            this.journal = journal;
            this.ids = pending.stream().map(l -> l.incident().id()).sorted().toList();
            this.repository = RepositoryRef.of(notice.repository().orElseThrow());
        }

        boolean complete() {
            return done(JournalAction.REMINDED) && done(JournalAction.REMINDER_LOGGED)
                    && (!red || done(JournalAction.ESCALATED));
        }

        List<String> send(ChatSide chat, MessageTemplates messages, String where) {
            List<String> actions = new ArrayList<>();
            LocalDate deadline = notice.deadline().orElseThrow();
            String team = workflow.directory().team(notice.team().orElse("")).map(t -> t.name())
                    .orElse(notice.team().orElse(""));
            List<IncidentLink> dashboard = pending.stream().map(l -> IncidentLink.dashboard(l.incident())).toList();
            if (!done(JournalAction.REMINDED)) {
                int slash = where.indexOf('/');
                ChatChannel channel = chat.teamChannel(where.substring(0, Math.max(slash, 0)),
                        where.substring(slash + 1)).orElseThrow(() -> new TriageException("Channel " + where
                                + " of the original message is gone: remind the team by the contact plan."));
                // The channel may have gone public since the notice: the share links (credentials) then stay out.
                boolean privateChannel = channel.visibility().isPrivate();
                List<IncidentLink> teamLinks = privateChannel ? pending.stream().map(l -> IncidentLink.of(l.incident(),
                        l.incident().shareUrl().or(() -> l.incident().gitguardianUrl())
                                .orElse("#" + l.incident().id()))).toList() : dashboard;
                if (!privateChannel) {
                    actions.add("~" + where + " is not private any more: the reminder carries dashboard links, "
                            + "not the share links");
                }
                String text = messages.render(Kind.REMINDER, repository, team, where, teamLinks, deadline, red);
                String id = postOnce(chat, channel, Marker.Kind.REMINDER, text, notice.messageId());
                record(JournalAction.REMINDED, where, id);
                actions.add("reminded the team in its thread in ~" + where);
            }
            ChatChannel security = chat.security();
            if (!done(JournalAction.REMINDER_LOGGED)) {
                String text = messages.render(Kind.REMINDER_LOG, repository, team, where, dashboard, deadline, red);
                record(JournalAction.REMINDER_LOGGED, security.name(),
                        postOnce(chat, security, Marker.Kind.REMINDER_LOG, text, Optional.empty()));
                actions.add("told ~" + security.name());
            }
            if (red && !done(JournalAction.ESCALATED)) {
                String text = messages.render(Kind.ESCALATION, repository, team, where, dashboard, deadline, true);
                record(JournalAction.ESCALATED, security.name(),
                        postOnce(chat, security, Marker.Kind.ESCALATION, text, Optional.empty()));
                actions.add("escalated the proposed RED alert in ~" + security.name());
            }
            return actions;
        }

        private String postOnce(ChatSide chat, ChatChannel channel, Marker.Kind kind, String text,
                Optional<String> rootId) {
            Instant since = notice.at();
            Optional<ChatMessage> earlier = chat.findOwn(channel, kind, ids, since);
            return earlier.map(ChatMessage::id).orElseGet(() -> chat.post(channel, Marker.of(kind, ids),
                    noticeKey + "@" + notice.deadline().orElseThrow(), text, rootId).id());
        }

        private boolean done(JournalAction action) {
            return journal.stream().anyMatch(e -> e.action() == action && e.detail().orElse("").equals(noticeKey)
                    && e.deadline().equals(notice.deadline()));
        }

        private void record(JournalAction action, String channel, String messageId) {
            JournalEntry entry = JournalEntry.builder().at(workflow.clock().instant()).action(action)
                    .incidentIds(ids).repository(repository.path()).team(notice.team())
                    .channel(channel).messageId(messageId).deadline(notice.deadline()).detail(noticeKey).build();
            workflow.journal().append(entry);
            journal.add(entry);
        }
    }
}
