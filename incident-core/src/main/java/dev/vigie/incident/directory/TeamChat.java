package dev.vigie.incident.directory;

import java.util.Optional;
import org.immutables.value.Value;

/** A product team's chat channel ({@code chat: { team: startups, channel: ma-cantine }}). */
@Value.Immutable
public interface TeamChat {

    /** The chat team (Mattermost team) holding the channel; when absent, the directory's top-level chat team. */
    Optional<String> team();

    /** The channel name as people type it. */
    String channel();

    /** {@code team/channel}, or the channel alone when the team is not known. */
    default String describe() {
        return team().map(t -> t + "/" + channel()).orElse(channel());
    }

    static Builder builder() {
        return new Builder();
    }

    final class Builder extends ImmutableTeamChat.Builder {}
}
