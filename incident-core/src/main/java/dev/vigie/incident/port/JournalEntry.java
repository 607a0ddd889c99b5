package dev.vigie.incident.port;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One action Vigie took, recorded as it happened. Holds ids, names and dates only: never a secret, a token or a
 * share link.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableJournalEntry.class)
@JsonDeserialize(as = ImmutableJournalEntry.class)
public interface JournalEntry {

    Instant at();

    JournalAction action();

    /** The incidents the action was about. */
    List<Long> incidentIds();

    /** Normalised {@code org/repo}. */
    Optional<String> repository();

    /** Directory id of the team. */
    Optional<String> team();

    /** Channel name the action posted in. */
    Optional<String> channel();

    /** Chat id of the message posted, for threading follow-ups under it. */
    Optional<String> messageId();

    /** The feedback deadline the action announced. */
    Optional<LocalDate> deadline();

    /** Short free text (who was assigned, why something was refused). */
    Optional<String> detail();

    static Builder builder() {
        return new Builder();
    }

    final class Builder extends ImmutableJournalEntry.Builder {}
}
