package dev.vigie.incident.triage;

import dev.vigie.incident.Incident;
import dev.vigie.incident.port.ChatMessage;
import dev.vigie.incident.port.JournalAction;
import dev.vigie.incident.port.JournalEntry;
import dev.vigie.incident.port.Marker;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether somebody already told a team about an incident (PROCEDURE.md 6.3): Vigie's journal, then the security
 * channel since the leak date, matching the incident id, its dashboard or share link, or Vigie's own marker.
 */
final class PriorNotices {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final List<JournalEntry> journal;
    private final List<ChatMessage> securityChannel;
    private final String securityChannelName;

    PriorNotices(List<JournalEntry> journal, List<ChatMessage> securityChannel, String securityChannelName) {
        this.journal = new java.util.ArrayList<>(journal);
        this.securityChannel = securityChannel;
        this.securityChannelName = securityChannelName;
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
        // Whole tokens only: incident 2146 is not in a link to incident 21460, nor in a date like 2146-01-01.
        Pattern id = Pattern.compile("(?<![\\w/-])#?" + incident.id() + "(?![\\w-])");
        for (ChatMessage message : securityChannel) {
            if (message.createdAt().isBefore(incident.date())) {
                continue;
            }
            Optional<Marker> marker = message.marker();
            boolean matches = marker.map(m -> m.incidentIds().contains(incident.id())).orElse(false)
                    || incident.gitguardianUrl().map(url -> mentions(message.text(), url)).orElse(false)
                    || incident.shareUrl().map(url -> mentions(message.text(), url)).orElse(false)
                    || id.matcher(message.text()).find();
            if (matches) {
                return Optional.of("already mentioned in ~" + securityChannelName + " on "
                        + DAY.format(message.createdAt()) + (marker.isPresent() ? " by Vigie" : ""));
            }
        }
        return Optional.empty();
    }

    /** Takes an entry this run just wrote into account. */
    void remember(JournalEntry entry) {
        journal.add(entry);
    }

    /** Whether {@code text} holds {@code url} as a whole link (not as the prefix of a longer one). */
    private static boolean mentions(String text, String url) {
        return Pattern.compile(Pattern.quote(url) + "(?![\\w/-])").matcher(text).find();
    }

    boolean journalled(long incidentId, JournalAction action) {
        return journal.stream().anyMatch(e -> e.action() == action && e.incidentIds().contains(incidentId));
    }

    /** The latest journal entry of this action that covers the incident. */
    Optional<JournalEntry> entry(long incidentId, JournalAction action) {
        JournalEntry found = null;
        for (JournalEntry e : journal) {
            if (e.action() == action && e.incidentIds().contains(incidentId)) {
                found = e;
            }
        }
        return Optional.ofNullable(found);
    }
}
