package dev.vigie.incident.triage;

import dev.vigie.incident.Incident;
import dev.vigie.incident.RepositoryRef;
import dev.vigie.incident.directory.Team;
import dev.vigie.incident.port.JournalAction;
import dev.vigie.incident.port.JournalEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What is to be done for one repository in one run: one unit per team message, either a fresh one or one that an
 * earlier run posted and a crash interrupted (it keeps its message and its deadline).
 */
record NoticePlan(RepositoryRef repository, Team team, String where, List<Unit> units) {

    /** The incidents of one team message. */
    record Unit(List<Incident> incidents, Optional<JournalEntry> notified, LocalDate deadline) {

        List<Long> ids() {
            return incidents.stream().map(Incident::id).sorted().toList();
        }

        Instant earliestLeak() {
            return incidents.stream().map(Incident::date).min(Instant::compareTo).orElseThrow();
        }
    }

    static NoticePlan of(RepositoryRef repository, Team team, String where, List<Incident> todo,
            PriorNotices notices, TriageOptions options, LocalDate today) {
        Map<String, List<Incident>> resumed = new LinkedHashMap<>();
        Map<String, JournalEntry> entries = new LinkedHashMap<>();
        List<Incident> fresh = new ArrayList<>();
        for (Incident incident : todo) {
            Optional<JournalEntry> notified = notices.entry(incident.id(), JournalAction.TEAM_NOTIFIED);
            if (notified.isPresent()) {
                String key = notified.get().messageId().orElse("") + "@" + notified.get().at();
                resumed.computeIfAbsent(key, k -> new ArrayList<>()).add(incident);
                entries.put(key, notified.get());
            } else {
                fresh.add(incident);
            }
        }
        List<Unit> units = new ArrayList<>();
        LocalDate deadline = today.plusDays(options.deadlineDays());
        if (!fresh.isEmpty()) {
            units.add(new Unit(fresh, Optional.empty(), deadline));
        }
        resumed.forEach((key, incidents) -> units.add(new Unit(incidents, Optional.of(entries.get(key)),
                entries.get(key).deadline().orElse(deadline))));
        return new NoticePlan(repository, team, where, units);
    }

    LocalDate deadline() {
        return units.get(0).deadline();
    }

    /** The actions a real run would take, for a dry run's plan. */
    List<String> describe(TriageOptions options, boolean channelChecked) {
        List<String> actions = new ArrayList<>();
        for (Unit unit : units) {
            int n = unit.incidents().size();
            if (unit.notified().isPresent()) {
                actions.add("resume: team already told on " + unit.notified().get().at() + "; finish the security "
                        + "channel line and the GitGuardian notes");
                continue;
            }
            options.opsChannel().ifPresent(ops -> actions.add("claim the lead in ~" + ops));
            options.assignTo().ifPresent(who -> actions.add("assign " + n + " incident(s) to " + who));
            actions.add("share " + n + " incident(s) with feedback collection");
            actions.add("join ~" + where + " and post the team message (deadline " + unit.deadline() + ")"
                    + (channelChecked ? "" : " [channel not checked: no chat configured]"));
            actions.add("tell ~" + options.securityChannel() + " who was told, where, until when");
            actions.add("add a GitGuardian note to each incident");
        }
        return actions;
    }
}
