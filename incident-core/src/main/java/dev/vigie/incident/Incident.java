package dev.vigie.incident;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * What the procedure needs to know about one secret-leak incident, whatever its source (the GitGuardian API or an
 * export file). It never holds the secret value. The share link is a credential: it is redacted from
 * {@link #toString()} and must only go where PROCEDURE.md 6.5 says.
 */
@Value.Immutable
public interface Incident {

    /** GitGuardian incident id. */
    long id();

    /** Detector name as the API spells it (e.g. {@code aws_iam}). */
    String detector();

    /** Human-readable detector name (e.g. {@code AWS Keys}); the detector name when none was given. */
    @Value.Default
    default String detectorDisplayName() {
        return detector();
    }

    /** Leak date: the commit date for historical scans (GitGuardian's {@code date}). */
    Instant date();

    /** When GitGuardian raised the incident. */
    Optional<Instant> triggeredAt();

    IncidentStatus status();

    Severity severity();

    @Value.Default
    default Validity validity() {
        return Validity.UNKNOWN;
    }

    /** Normalised {@code org/repo} of the repository where the secret leaked, when known. */
    Optional<RepositoryRef> repository();

    /** Whether the source is publicly visible on the web (public repository, public exposure). */
    @Value.Default
    default boolean publiclyVisible() {
        return false;
    }

    /** GitGuardian tags, as strings: new tags must not break parsing. */
    List<String> tags();

    List<Occurrence> occurrences();

    @Value.Default
    default int occurrencesCount() {
        return occurrences().size();
    }

    /** Dashboard link of the incident (safe to show: it needs a GitGuardian login). */
    Optional<String> gitguardianUrl();

    /** Share link, when sharing is on. A credential: never logged, never in a report. */
    @Value.Redacted
    Optional<String> shareUrl();

    /** Whether the team answered the feedback form of the share link. */
    @Value.Default
    default boolean feedbackReceived() {
        return false;
    }

    Optional<String> assigneeEmail();

    /** Stable hash of the secret (not the secret): with the source, the right key for dedupe. */
    Optional<String> secretHash();

    /** GitGuardian's 0–100 risk score, when the API gave one. */
    OptionalInt riskScore();

    /** Whether GitGuardian tags say the secret leaked publicly ({@code PUBLICLY_LEAKED}, {@code PUBLICLY_EXPOSED}). */
    default boolean publiclyLeaked() {
        return tags().contains("PUBLICLY_LEAKED") || tags().contains("PUBLICLY_EXPOSED");
    }

    /** Whether this incident is open: {@code TRIGGERED}, {@code ASSIGNED} or an unknown status. */
    default boolean isUnresolved() {
        return status().isUnresolved();
    }

    static Builder builder() {
        return new Builder();
    }

    final class Builder extends ImmutableIncident.Builder {}
}
