package dev.vigie.incident.directory;

import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/** A member of a product team. Phone numbers only ever come from the user's own directory file. */
@Value.Immutable
public interface Member {

    String name();

    Optional<String> role();

    Optional<String> email();

    Optional<String> phone();

    Optional<String> linkedin();

    Optional<String> twitter();

    /** GitHub login: matches a commit author to a member. */
    Optional<String> github();

    /**
     * Whether {@link #email()} is only the beta.gouv.fr convention {@code <username>@beta.gouv.fr}, derived from public
     * data: a labelled guess that may be inactive, never verified data.
     */
    @Value.Default
    default boolean emailIsGuess() {
        return false;
    }

    /** Whether the role reads like a developer's (PROCEDURE.md 3.1: find the developers' numbers first). */
    default boolean isDeveloper() {
        String r = role().orElse("").toLowerCase(Locale.ROOT);
        return r.contains("dev") || r.contains("dév") || r.contains("tech") || r.contains("cto")
                || r.contains("engineer") || r.contains("ingénieur");
    }

    static Builder builder() {
        return new Builder();
    }

    final class Builder extends ImmutableMember.Builder {}
}
