package dev.vigie.incident.directory;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who the ops team warns for a RED alert after diagnosis (PROCEDURE.md 5.1). Not public data: always from the user's
 * directory file ({@code escalation:}).
 */
@Value.Immutable
public interface Escalation {

    Optional<Contact> securityLead();

    Optional<Contact> dpo();

    static Escalation empty() {
        return builder().build();
    }

    static Builder builder() {
        return new Builder();
    }

    final class Builder extends ImmutableEscalation.Builder {}
}
