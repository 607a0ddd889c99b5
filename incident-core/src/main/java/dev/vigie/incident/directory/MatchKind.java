package dev.vigie.incident.directory;

/** How a repository was matched to a team (betagouv-data.md 8.3). */
public enum MatchKind {
    /** A team lists the repository (after normalisation): a mapping. */
    EXACT,
    /**
     * No team lists the repository, but its name equals a team id, or prefixes exactly one team id followed by
     * {@code -}: only a proposal for a person to confirm, not a mapping.
     */
    PROPOSAL_NAME_PREFIX,
    /** No team: the user must add the repository to a team in their directory file. */
    UNMAPPED
}
