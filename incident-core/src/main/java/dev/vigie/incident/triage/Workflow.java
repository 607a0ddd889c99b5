package dev.vigie.incident.triage;

import dev.vigie.incident.directory.TeamDirectory;
import dev.vigie.incident.port.Chat;
import dev.vigie.incident.port.IncidentActions;
import dev.vigie.incident.port.IncidentSource;
import dev.vigie.incident.port.Journal;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * The collaborators both workflows ({@link BacklogTriage}, {@link FollowUp}) act through. The chat is optional: a
 * dry run without a chat still orders the backlog and resolves teams, deduping from the journal only.
 *
 * @param actions may be {@code null} for dry runs only
 */
public record Workflow(IncidentSource source, IncidentActions actions, Optional<Chat> chat, TeamDirectory directory,
        Journal journal, Clock clock, AlertClassifier classifier) {

    public Workflow {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(classifier, "classifier");
    }

    /** The collaborators, with the standard alert classifier. */
    public static Workflow of(IncidentSource source, IncidentActions actions, Optional<Chat> chat,
            TeamDirectory directory, Journal journal, Clock clock) {
        return new Workflow(source, actions, chat, directory, journal, clock, AlertClassifier.standard());
    }

    /** The same collaborators with another alert rule. */
    public Workflow withClassifier(AlertClassifier other) {
        return new Workflow(source, actions, chat, directory, journal, clock, other);
    }

    Chat requireChat(String what) {
        return chat.orElseThrow(() -> new TriageException(what + " needs a chat: configure Mattermost "
                + "(incident.mattermost.url and the token), or keep incident.dryRun=true."));
    }

    IncidentActions requireActions() {
        if (actions == null) {
            throw new TriageException("Acting on incidents needs the GitGuardian API (not an export file): "
                    + "remove incident.export or keep incident.dryRun=true.");
        }
        return actions;
    }
}
