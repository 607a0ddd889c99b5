package dev.vigie.incident.directory;

import java.util.Optional;
import org.immutables.value.Value;

/** Where the ops team works (top-level {@code chat:} of {@code teams.yaml}); plugin properties override these. */
@Value.Immutable
public interface ChatSettings {

    /** Chat team (Mattermost team) of the security and ops channels. */
    Optional<String> team();

    /** The security channel, e.g. {@code domaine-secu}. */
    Optional<String> securityChannel();

    /** The private ops channel where the lead is claimed. */
    Optional<String> opsChannel();

    static ChatSettings empty() {
        return builder().build();
    }

    static Builder builder() {
        return new Builder();
    }

    final class Builder extends ImmutableChatSettings.Builder {}
}
