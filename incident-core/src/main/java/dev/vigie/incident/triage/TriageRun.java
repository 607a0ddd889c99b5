package dev.vigie.incident.triage;

import dev.vigie.incident.AlertLevel;
import dev.vigie.incident.Incident;
import dev.vigie.incident.template.MessageTemplates;
import java.time.LocalDate;
import java.util.Map;

/**
 * What one triage run has worked out before acting, shared by its steps: the options, today's date, what was already
 * done, the chat, the messages, and one alert proposal per backlog incident (the classifier runs once per incident).
 *
 * @param messages {@code null} in a dry run, which renders nothing
 */
record TriageRun(TriageOptions options, LocalDate today, PriorNotices notices, ChatSide chat,
        MessageTemplates messages, Map<Long, AlertProposal> proposals) {

    AlertProposal proposal(Incident incident) {
        return proposals.get(incident.id());
    }

    boolean red(Incident incident) {
        return proposal(incident).level() == AlertLevel.RED;
    }
}
