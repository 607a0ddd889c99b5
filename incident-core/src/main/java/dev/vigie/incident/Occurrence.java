package dev.vigie.incident;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Where a leaked secret was seen: a file in a commit. Holds locations and authorship only, never the matched text.
 */
@Value.Immutable
public interface Occurrence {

    /** Path of the file in the repository. */
    String filePath();

    /** Commit SHA, when known. */
    Optional<String> commitSha();

    /** Commit date. */
    Optional<Instant> date();

    Optional<String> authorName();

    /** Usually the commit author's email. */
    Optional<String> authorInfo();

    /** First line of the match in the file (1-based), when the API gave line numbers. */
    OptionalInt line();

    /** Link to the commit diff on the forge. */
    Optional<String> url();

    /** Whether the secret is still present in the file ({@code present}) or was removed. */
    Optional<String> presence();

    static Builder builder() {
        return new Builder();
    }

    final class Builder extends ImmutableOccurrence.Builder {}
}
