package dev.vigie.incident.directory;

import java.util.Optional;
import org.immutables.value.Value;

/** A person to warn on escalation (security lead, DPO): kept privately in the user's directory file. */
@Value.Immutable
public interface Contact {

    String name();

    Optional<String> email();

    Optional<String> phone();

    /** {@code Name <email>, phone}, with what is known. */
    default String describe() {
        StringBuilder s = new StringBuilder(name());
        email().ifPresent(e -> s.append(" <").append(e).append('>'));
        phone().ifPresent(p -> s.append(", ").append(p));
        return s.toString();
    }

    static Builder builder() {
        return new Builder();
    }

    final class Builder extends ImmutableContact.Builder {}
}
