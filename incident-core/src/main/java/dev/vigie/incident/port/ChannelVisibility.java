package dev.vigie.incident.port;

/** Who can read a chat channel. */
public enum ChannelVisibility {
    /** Anyone in the workspace can find and read it: a share link must not go there unless the user allows it. */
    PUBLIC,
    PRIVATE,
    /** A direct conversation between two accounts. */
    DIRECT,
    /** A group conversation. */
    GROUP,
    /** The chat did not say: treated as public, failing safe. */
    UNKNOWN;

    /** Whether a credential (a share link) may be posted here without an explicit override. */
    public boolean isPrivate() {
        return this == PRIVATE || this == DIRECT || this == GROUP;
    }
}
