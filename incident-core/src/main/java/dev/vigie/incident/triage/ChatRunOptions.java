package dev.vigie.incident.triage;

import dev.vigie.incident.template.Language;
import java.time.ZoneId;
import java.util.Optional;
import org.immutables.value.Value;

/** Settings every workflow run that talks in the chat shares: dry run, language, where the ops team works. */
public interface ChatRunOptions {

    /** Print the plan, change nothing anywhere. On by default: acting needs an explicit {@code false}. */
    @Value.Default
    default boolean dryRun() {
        return true;
    }

    @Value.Default
    default Language language() {
        return Language.FR;
    }

    /** Chat team of the security and ops channels. */
    Optional<String> chatTeam();

    /** Where the ops team logs who was told (PROCEDURE.md 6.6). */
    @Value.Default
    default String securityChannel() {
        return "domaine-secu";
    }

    /** Time zone of the dates written in messages (the deadline). */
    @Value.Default
    default ZoneId zone() {
        return ZoneId.of("Europe/Paris");
    }
}
