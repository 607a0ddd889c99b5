package dev.vigie.gitguardian.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/** Where a secret was seen: a file in a commit (gitguardian-api.md 8.3). Never holds the matched text. */
@Value.Immutable
@JsonSerialize(as = ImmutableSecretOccurrence.class)
@JsonDeserialize(as = ImmutableSecretOccurrence.class)
public interface SecretOccurrence {

    long id();

    Optional<Long> incidentId();

    /** Commit date. */
    Optional<Instant> date();

    @Value.Default
    default String filepath() {
        return "";
    }

    /** {@code realtime} or {@code historical} (case varies: compare with {@link #isRealtime()}). */
    Optional<String> kind();

    @Value.Default
    default Presence presence() {
        return Presence.UNKNOWN;
    }

    /** {@code addition} or {@code deletion}. */
    Optional<String> changeType();

    List<SecretMatch> matches();

    List<String> tags();

    /** Link to the commit diff on the forge. */
    Optional<String> url();

    Optional<String> sha();

    Optional<String> authorName();

    Optional<String> authorInfo();

    /** The full source object. */
    Optional<Source> source();

    /** Whether {@link #kind()} is {@code realtime}, case-insensitively. */
    default boolean isRealtime() {
        return kind().map(k -> k.toLowerCase(Locale.ROOT).equals("realtime")).orElse(false);
    }
}
