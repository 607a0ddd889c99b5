package dev.vigie.mattermost.model;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A post search in one team. {@link #terms()} uses Mattermost's syntax (words, {@code "phrases"}, {@code #hashtags},
 * {@code in:channel}, {@code from:user}). The time range is given as instants: the client turns it into the server's
 * exclusive, day-granular {@code after:}/{@code before:} flags in {@link #timeZoneOffset()}, widened to whole days,
 * and drops results outside {@code [since, until)} itself. Do not put {@code after:}/{@code before:}/{@code on:} in
 * {@link #terms()} when using {@link #since()} or {@link #until()}.
 */
@Value.Immutable
public interface PostSearch {

    /** Search terms and flags; may be flags only. */
    String terms();

    /** {@code true}: any term matches; {@code false} (default): all terms must match. */
    @Value.Default
    default boolean orSearch() {
        return false;
    }

    /** Only posts created at or after this instant. */
    Optional<Instant> since();

    /** Only posts created before this instant. */
    Optional<Instant> until();

    /** The zone in which the server computes days ({@code time_zone_offset}); UTC by default. */
    @Value.Default
    default ZoneOffset timeZoneOffset() {
        return ZoneOffset.UTC;
    }

    /** Whether to search archived channels too. */
    @Value.Default
    default boolean includeDeletedChannels() {
        return false;
    }

    /** Rejects a search with neither terms nor a time range. */
    @Value.Check
    default void check() {
        if (terms().isBlank() && since().isEmpty() && until().isEmpty()) {
            throw new IllegalArgumentException("A search needs terms or a time range");
        }
    }

    /** A search for {@code terms} with defaults. */
    static PostSearch of(String terms) {
        return builder().terms(terms).build();
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link PostSearch}. */
    final class Builder extends ImmutablePostSearch.Builder {}
}
