package dev.vigie.incident.directory;

import java.util.Optional;
import org.immutables.value.Value;

/** The incubator hosting a team: its co-host or head is step 4 of PROCEDURE.md 3.2. */
@Value.Immutable
public interface Incubator {

    Optional<String> name();

    /** The incubator's co-host ("co-animateur") or head, as a name. */
    Optional<String> lead();

    Optional<String> email();

    static Builder builder() {
        return new Builder();
    }

    final class Builder extends ImmutableIncubator.Builder {}
}
