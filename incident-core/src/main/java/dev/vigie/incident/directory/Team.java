package dev.vigie.incident.directory;

import dev.vigie.incident.RepositoryRef;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A product team of the directory: its repositories and every known way to reach it (PROCEDURE.md 3.2). */
@Value.Immutable
public interface Team {

    /** Stable id (the beta.gouv.fr startup id when there is one). */
    String id();

    String name();

    /** Normalised repositories this team owns; one product often has several. */
    List<RepositoryRef> repositories();

    /** The product page listing the team members. */
    Optional<String> productPage();

    /** The product's generic email. */
    Optional<String> email();

    Optional<TeamChat> chat();

    Optional<Incubator> incubator();

    List<Member> members();

    /** {@code Name (id)}. */
    default String describe() {
        return name() + " (" + id() + ")";
    }

    static Builder builder() {
        return new Builder();
    }

    final class Builder extends ImmutableTeam.Builder {}
}
