package dev.vigie.incident.triage;

import dev.vigie.incident.Incident;
import dev.vigie.incident.port.ChatMessage;
import dev.vigie.incident.port.JournalAction;
import dev.vigie.incident.port.JournalEntry;
import dev.vigie.incident.port.Marker;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether somebody already told a team about an incident (PROCEDURE.md 6.3): Vigie's journal, then the security
 * channel since the leak date, matching the incident id, its dashboard or share link, or Vigie's own marker.
 */
final class PriorNotices {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    /** The latest journal entry per action and incident: asked for every incident of the backlog, so indexed. */
    private final Map<JournalAction, Map<Long, JournalEntry>> latest = new EnumMap<>(JournalAction.class);
    private final List<ChatMessage> securityChannel;
    private final String securityChannelName;

    /** What the journal says, before the security channel is read. */
    PriorNotices(List<JournalEntry> journal, String securityChannelName) {
        journal.forEach(this::remember);
        this.securityChannel = List.of();
        this.securityChannelName = securityChannelName;
    }

    private PriorNotices(PriorNotices journal, List<ChatMessage> securityChannel) {
        this.latest.putAll(journal.latest);
        this.securityChannel = securityChannel;
        this.securityChannelName = journal.securityChannelName;
    }

    /** The same journal, with the security channel's messages as further evidence. */
    PriorNotices withSecurityChannel(List<ChatMessage> messages) {
        return new PriorNotices(this, messages);
    }

    /** Whether Vigie's journal records every step of the notice for this incident: nothing is left to do. */
    boolean completedByVigie(Incident incident, boolean notes) {
        return journalled(incident.id(), JournalAction.TEAM_NOTIFIED)
                && journalled(incident.id(), JournalAction.SECURITY_LOGGED)
                && (!notes || journalled(incident.id(), JournalAction.NOTE_ADDED));
    }

    /** Whether Vigie started a notice for this incident that a crash interrupted. */
    boolean startedByVigie(Incident incident) {
        return journalled(incident.id(), JournalAction.TEAM_NOTIFIED)
                || journalled(incident.id(), JournalAction.SHARED);
    }

    /**
     * Evidence in the security channel that the team was told about this incident, by a person or by a Vigie run
     * whose journal is not here; empty when there is none.
     */
    Optional<String> toldInSecurityChannel(Incident incident) {
        Pattern mention = mentionOf(incident);
        for (ChatMessage message : securityChannel) {
            if (message.createdAt().isBefore(incident.date())) {
                continue;
            }
            Optional<Marker> marker = message.marker();
            if (marker.map(m -> m.incidentIds().contains(incident.id())).orElse(false)
                    || mention.matcher(message.text()).find()) {
                return Optional.of("already mentioned in ~" + securityChannelName + " on "
                        + DAY.format(message.createdAt()) + (marker.isPresent() ? " by Vigie" : ""));
            }
        }
        return Optional.empty();
    }

    /**
     * The incident's id, dashboard link or share link as a whole token: incident 2146 is not in a link to incident
     * 21460, nor in a date like 2146-01-01. Compiled once per incident, matched against every message.
     */
    private static Pattern mentionOf(Incident incident) {
        StringBuilder regex = new StringBuilder("(?<![\\w/-])#?").append(incident.id()).append("(?![\\w-])");
        for (Optional<String> url : List.of(incident.gitguardianUrl(), incident.shareUrl())) {
            url.ifPresent(u -> regex.append('|').append(Pattern.quote(u)).append("(?![\\w/-])"));
        }
        return Pattern.compile(regex.toString());
    }

    /** Takes an entry this run just wrote into account. */
    void remember(JournalEntry entry) {
        Map<Long, JournalEntry> byIncident = latest.computeIfAbsent(entry.action(), a -> new HashMap<>());
        entry.incidentIds().forEach(id -> byIncident.put(id, entry));
    }

    boolean journalled(long incidentId, JournalAction action) {
        return entry(incidentId, action).isPresent();
    }

    /** The latest journal entry of this action that covers the incident. */
    Optional<JournalEntry> entry(long incidentId, JournalAction action) {
        return Optional.ofNullable(latest.getOrDefault(action, Map.of()).get(incidentId));
    }
}
