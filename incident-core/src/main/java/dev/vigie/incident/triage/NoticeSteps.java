package dev.vigie.incident.triage;

import dev.vigie.incident.Incident;
import dev.vigie.incident.port.ChatChannel;
import dev.vigie.incident.port.ChatMessage;
import dev.vigie.incident.port.IncidentActions;
import dev.vigie.incident.port.JournalAction;
import dev.vigie.incident.port.JournalEntry;
import dev.vigie.incident.port.Marker;
import dev.vigie.incident.template.IncidentLink;
import dev.vigie.incident.template.MessageTemplates;
import dev.vigie.incident.template.MessageTemplates.Kind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Carries out a {@link NoticePlan}, step by step, each step first asking the journal (then the chat or the notes)
 * whether an earlier, interrupted run already did it, and journalling itself as soon as it is done.
 */
final class NoticeSteps {

    private final Workflow workflow;
    private final ChatSide chat;
    private final MessageTemplates messages;
    private final PriorNotices notices;
    private final TriageOptions options;
    private final List<String> done = new ArrayList<>();

    private final TriageRun run;

    NoticeSteps(Workflow workflow, TriageRun run) {
        this.workflow = workflow;
        this.run = run;
        this.chat = run.chat();
        this.messages = run.messages();
        this.notices = run.notices();
        this.options = run.options();
    }

    List<String> execute(NoticePlan plan, ChatChannel teamChannel) {
        for (NoticePlan.Unit planned : plan.units()) {
            for (NoticePlan.Unit unit : recoverEarlierNotices(plan, planned, teamChannel)) {
                claimLead(plan, unit);
                assign(plan, unit);
                Notice notice = notifyTeam(plan, unit, teamChannel);
                logInSecurityChannel(plan, unit, notice.deadline());
                addNotes(plan, unit, notice);
            }
        }
        return done;
    }

    /**
     * Splits a fresh unit by the team messages that an interrupted run posted without journalling them: the incidents
     * such a message names keep it (and the deadline it announced), whatever the unit has become since (more
     * incidents, or fewer); only the others get a new message.
     */
    private List<NoticePlan.Unit> recoverEarlierNotices(NoticePlan plan, NoticePlan.Unit unit, ChatChannel channel) {
        if (unit.notified().isPresent()) {
            return List.of(unit);
        }
        List<Incident> remaining = new ArrayList<>(unit.incidents());
        List<NoticePlan.Unit> units = new ArrayList<>();
        for (ChatMessage message : chat.messagesSince(channel, unit.earliestLeak())) {
            Optional<Marker> marker = message.marker().filter(m -> m.kind() == Marker.Kind.TEAM_NOTICE);
            List<Incident> covered = remaining.stream()
                    .filter(i -> marker.map(m -> m.incidentIds().contains(i.id())).orElse(false)).toList();
            if (covered.isEmpty()) {
                continue;
            }
            LocalDate announced = marker.get().deadline().orElseGet(() -> message.createdAt()
                    .atZone(options.zone()).toLocalDate().plusDays(options.deadlineDays()));
            JournalEntry entry = record(JournalAction.TEAM_NOTIFIED, plan, ids(covered), announced, plan.where(),
                    message.id(), null);
            units.add(new NoticePlan.Unit(covered, Optional.of(entry), announced));
            remaining.removeAll(covered);
            done.add("found the team message of an interrupted run in ~" + plan.where());
        }
        if (!remaining.isEmpty()) {
            units.add(0, new NoticePlan.Unit(remaining, Optional.empty(), unit.deadline()));
        }
        return units;
    }

    private void claimLead(NoticePlan plan, NoticePlan.Unit unit) {
        if (chat.ops().isEmpty() || unit.notified().isPresent()) {
            return;
        }
        ChatChannel ops = chat.ops().get();
        List<Incident> unclaimed = new ArrayList<>();
        for (Incident incident : unit.incidents()) {
            if (!notices.journalled(incident.id(), JournalAction.LEAD_CLAIMED)) {
                unclaimed.add(incident);
            }
        }
        for (ChatMessage earlier : chat.messagesSince(ops, unit.earliestLeak())) {
            Optional<Marker> marker = earlier.marker().filter(m -> m.kind() == Marker.Kind.LEAD_CLAIM);
            List<Incident> claimed = unclaimed.stream()
                    .filter(i -> marker.map(m -> m.incidentIds().contains(i.id())).orElse(false)).toList();
            if (!claimed.isEmpty()) {
                record(JournalAction.LEAD_CLAIMED, plan, ids(claimed), unit.deadline(), ops.name(), earlier.id(),
                        null);
                unclaimed.removeAll(claimed);
            }
        }
        if (unclaimed.isEmpty()) {
            return;
        }
        boolean red = unclaimed.stream().anyMatch(run::red);
        NoticePlan.Unit claim = new NoticePlan.Unit(unclaimed, Optional.empty(), unit.deadline());
        String id = postOnce(ops, Marker.Kind.LEAD_CLAIM, claim, messages.render(Kind.LEAD_CLAIM, plan.repository(),
                plan.team().name(), ops.name(), dashboardLinks(claim), unit.deadline(), red), null).id();
        record(JournalAction.LEAD_CLAIMED, plan, claim, ops.name(), id, null);
        done.add("claimed the lead in ~" + ops.name());
    }

    private void assign(NoticePlan plan, NoticePlan.Unit unit) {
        if (options.assignTo().isEmpty() || unit.notified().isPresent()) {
            return;
        }
        IncidentActions actions = workflow.requireActions();
        String who = options.assignTo().get();
        for (Incident incident : unit.incidents()) {
            if (!notices.journalled(incident.id(), JournalAction.ASSIGNED)) {
                actions.assign(incident.id(), who);
                record(JournalAction.ASSIGNED, plan, List.of(incident.id()), unit.deadline(), null, null, who);
            }
        }
        done.add("assigned " + unit.incidents().size() + " incident(s) to " + who + " in GitGuardian");
    }

    /** The team message of a unit: its chat id and the deadline it announced. */
    private record Notice(String id, LocalDate deadline) {}

    private Notice notifyTeam(NoticePlan plan, NoticePlan.Unit unit, ChatChannel channel) {
        if (unit.notified().isPresent()) {
            return new Notice(unit.notified().get().messageId().orElse(""), unit.deadline());
        }
        IncidentActions actions = workflow.requireActions();
        List<IncidentLink> links = new ArrayList<>();
        for (Incident incident : unit.incidents()) {
            // The listing already says which incidents are shared: only the others cost a share call.
            String url = incident.shareUrl().orElseGet(() -> actions.shareWithFeedback(incident.id()));
            if (!notices.journalled(incident.id(), JournalAction.SHARED)) {
                record(JournalAction.SHARED, plan, List.of(incident.id()), unit.deadline(), null, null, null);
            }
            links.add(IncidentLink.of(incident, url));
        }
        done.add("shared " + links.size() + " incident(s) with feedback collection");
        chat.chat().join(channel);
        ChatMessage posted = postOnce(channel, Marker.Kind.TEAM_NOTICE, unit, messages.render(Kind.TEAM_NOTICE,
                plan.repository(), plan.team().name(), plan.where(), links, unit.deadline(), false), null);
        record(JournalAction.TEAM_NOTIFIED, plan, unit, plan.where(), posted.id(), null);
        done.add("posted the team message in ~" + plan.where() + " (deadline " + unit.deadline() + ")");
        return new Notice(posted.id(), unit.deadline());
    }

    private void logInSecurityChannel(NoticePlan plan, NoticePlan.Unit unit, LocalDate deadline) {
        if (journalled(unit, JournalAction.SECURITY_LOGGED)) {
            return;
        }
        ChatChannel security = chat.security();
        Optional<ChatMessage> earlier = findOwn(security, Marker.Kind.SECURITY_LOG, unit);
        String id = earlier.map(ChatMessage::id).orElseGet(() -> postOnce(security, Marker.Kind.SECURITY_LOG, unit,
                messages.render(Kind.SECURITY_LOG, plan.repository(), plan.team().name(), plan.where(),
                        dashboardLinks(unit), deadline, false), null).id());
        record(JournalAction.SECURITY_LOGGED, plan, unit.ids(), deadline, security.name(), id, null);
        done.add("told ~" + security.name());
    }

    private void addNotes(NoticePlan plan, NoticePlan.Unit unit, Notice notice) {
        IncidentActions actions = workflow.requireActions();
        String tag = "[vigie:team-notice:" + notice.id() + "]";
        int added = 0;
        for (Incident incident : unit.incidents()) {
            if (notices.journalled(incident.id(), JournalAction.NOTE_ADDED)) {
                continue;
            }
            boolean present = actions.notes(incident.id()).stream().anyMatch(n -> n.contains(tag));
            if (!present) {
                actions.addNote(incident.id(), "Vigie: team " + plan.team().name() + " told in ~" + plan.where()
                        + " with a share link; feedback expected by " + notice.deadline() + ". " + tag);
                added++;
            }
            record(JournalAction.NOTE_ADDED, plan, List.of(incident.id()), notice.deadline(), null, null, null);
        }
        if (added > 0) {
            done.add("added a GitGuardian note to " + added + " incident(s)");
        }
    }

    private ChatMessage postOnce(ChatChannel channel, Marker.Kind kind, NoticePlan.Unit unit, String text,
            String rootId) {
        Marker marker = Marker.of(kind, unit.ids()).withDeadline(unit.deadline());
        return chat.post(channel, marker, unit.deadline().toString(), text, Optional.ofNullable(rootId));
    }

    private Optional<ChatMessage> findOwn(ChatChannel channel, Marker.Kind kind, NoticePlan.Unit unit) {
        return chat.findOwn(channel, kind, unit.ids(), unit.earliestLeak());
    }

    private boolean journalled(NoticePlan.Unit unit, JournalAction action) {
        return unit.incidents().stream().allMatch(i -> notices.journalled(i.id(), action));
    }

    private List<IncidentLink> dashboardLinks(NoticePlan.Unit unit) {
        return unit.incidents().stream().map(IncidentLink::dashboard).toList();
    }

    private JournalEntry record(JournalAction action, NoticePlan plan, NoticePlan.Unit unit, String channel,
            String messageId, String detail) {
        return record(action, plan, unit.ids(), unit.deadline(), channel, messageId, detail);
    }

    private JournalEntry record(JournalAction action, NoticePlan plan, List<Long> ids, LocalDate deadline,
            String channel, String messageId, String detail) {
        JournalEntry.Builder entry = JournalEntry.builder().at(workflow.clock().instant()).action(action)
                .incidentIds(ids).repository(plan.repository().path()).team(plan.team().id()).deadline(deadline);
        Optional.ofNullable(channel).ifPresent(entry::channel);
        Optional.ofNullable(messageId).ifPresent(entry::messageId);
        Optional.ofNullable(detail).ifPresent(entry::detail);
        JournalEntry written = entry.build();
        try {
            workflow.journal().append(written);
        } catch (RuntimeException e) {
            throw new JournalWriteException(e);
        }
        notices.remember(written);
        return written;
    }

    private static List<Long> ids(List<Incident> incidents) {
        return incidents.stream().map(Incident::id).sorted().toList();
    }
}
