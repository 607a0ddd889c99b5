package dev.vigie.incident.triage;

/** What happened to one repository's incidents in a triage run. */
public enum GroupOutcome {
    /** Dry run: this is what a real run would do. */
    PLANNED,
    /** The team was told, the security channel logged, the notes added. */
    NOTIFIED,
    /** Journal or security channel show the team was already told: nothing done. */
    ALREADY_HANDLED,
    /** No team lists the repository (or only a name-based proposal matched): reach the team by the contact plan. */
    UNMAPPED,
    /** The team has no chat channel in the directory, or the chat does not know it. */
    NO_CHANNEL,
    /** The team's channel is not private: a share link is a credential, so nothing was posted. */
    PUBLIC_CHANNEL_REFUSED,
    /** Not worked in this run: the {@code max} tickets were reached. */
    DEFERRED,
    /**
     * The chat or GitGuardian refused or failed an action for this repository: the others were still worked, the
     * journal keeps what was done, and a rerun finishes it.
     */
    FAILED
}
