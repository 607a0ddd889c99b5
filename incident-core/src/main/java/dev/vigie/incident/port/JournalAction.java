package dev.vigie.incident.port;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;

/** What Vigie did, as recorded in the journal. */
public enum JournalAction {
    /** The lead was claimed in the ops channel (PROCEDURE.md 1.1). */
    LEAD_CLAIMED,
    /** The incident was assigned in GitGuardian. */
    ASSIGNED,
    /** A share link exists for the incident (the link itself is never journalled: it is a credential). */
    SHARED,
    /** The team message was posted in the team's channel (6.5). */
    TEAM_NOTIFIED,
    /** The security channel was told (6.6). */
    SECURITY_LOGGED,
    /** A GitGuardian note records who was told where and until when. */
    NOTE_ADDED,
    /** A follow-up reminder was posted in the team's channel. */
    REMINDED,
    /** The security channel was told about the reminder. */
    REMINDER_LOGGED,
    /** A RED incident past its deadline was escalated. */
    ESCALATED,
    /** Written by a newer Vigie: kept, ignored by this one. */
    @JsonEnumDefaultValue
    UNKNOWN
}
