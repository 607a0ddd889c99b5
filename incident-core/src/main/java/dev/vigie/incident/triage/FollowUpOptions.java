package dev.vigie.incident.triage;

import dev.vigie.incident.template.Language;
import java.time.ZoneId;
import java.util.Optional;
import org.immutables.value.Value;

/** How a follow-up run behaves (the {@code incident:followup} properties of PRODUCT.md). */
@Value.Immutable
public interface FollowUpOptions {

    /** Print what is due, change nothing. On by default. */
    @Value.Default
    default boolean dryRun() {
        return true;
    }

    @Value.Default
    default Language language() {
        return Language.FR;
    }

    Optional<String> chatTeam();

    @Value.Default
    default String securityChannel() {
        return "domaine-secu";
    }

    @Value.Default
    default ZoneId zone() {
        return ZoneId.of("Europe/Paris");
    }

    static Builder builder() {
        return new Builder();
    }

    final class Builder extends ImmutableFollowUpOptions.Builder {}
}
