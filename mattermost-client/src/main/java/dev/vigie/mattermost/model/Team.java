package dev.vigie.mattermost.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** A Mattermost team. */
@Value.Immutable
@JsonSerialize(as = ImmutableTeam.class)
@JsonDeserialize(as = ImmutableTeam.class)
public interface Team {

    /** The 26-character team id. */
    String id();

    /** The URL name ({@code vigie-ops}). */
    @Value.Default
    default String name() {
        return "";
    }

    /** The {@code display_name} field. {@code ""} when absent. */
    @Value.Default
    default String displayName() {
        return "";
    }

    /** The {@code description} field. {@code ""} when absent. */
    @Value.Default
    default String description() {
        return "";
    }

    /** Open or invite-only; {@link TeamType#UNKNOWN} for a value this client does not know. */
    @Value.Default
    default TeamType type() {
        return TeamType.UNKNOWN;
    }

    /** Epoch milliseconds; {@code > 0} for an archived team. */
    @Value.Default
    default long deleteAt() {
        return 0;
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Team}. */
    final class Builder extends ImmutableTeam.Builder {}
}
