package dev.vigie.incident.port;

import java.util.List;

/**
 * What the workflows change on an incident (procedure 1.1 and 6.4). Each method says whether repeating it is safe,
 * since a crashed run is finished by the next one.
 */
public interface IncidentActions {

    /**
     * Returns the incident's share link, creating one with feedback collection on (and auto-healing off) only when
     * the incident has none: an existing link is reused, so this is idempotent. The returned URL is a credential.
     */
    String shareWithFeedback(long incidentId);

    /** Assigns the incident to the member with this email. Idempotent for the same email. */
    void assign(long incidentId, String email);

    /** The comments of the incident's notes, oldest first. Read-only. */
    List<String> notes(long incidentId);

    /**
     * Adds a note. Not idempotent: callers check {@link #notes(long)} for their marker before adding again.
     */
    void addNote(long incidentId, String comment);
}
