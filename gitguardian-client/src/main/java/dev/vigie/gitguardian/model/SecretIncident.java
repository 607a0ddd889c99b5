package dev.vigie.gitguardian.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A secret incident (gitguardian-api.md 8.1). The share link is a credential: redacted from {@code toString()}. */
@Value.Immutable
@JsonSerialize(as = ImmutableSecretIncident.class)
@JsonDeserialize(as = ImmutableSecretIncident.class)
public interface SecretIncident {

    long id();

    Detector detector();

    /** Leak date (the commit date for historical scans). */
    Instant date();

    Optional<Long> secretId();

    /** Stable hash of the secret (not the secret). */
    Optional<String> secretHash();

    Optional<String> hmslHash();

    @Value.Default
    default int occurrencesCount() {
        return 0;
    }

    @Value.Default
    default SecretStatus status() {
        return SecretStatus.UNKNOWN;
    }

    Optional<Instant> triggeredAt();

    Optional<Instant> ignoredAt();

    Optional<Long> ignorerId();

    Optional<String> ignorerApiTokenId();

    Optional<Instant> resolvedAt();

    Optional<Long> resolverId();

    Optional<String> resolverApiTokenId();

    Optional<IgnoreReason> ignoreReason();

    @Value.Default
    default boolean secretRevoked() {
        return false;
    }

    @Value.Default
    default SecretValidity validity() {
        return SecretValidity.UNKNOWN;
    }

    @Value.Default
    default SecretSeverity severity() {
        return SecretSeverity.UNKNOWN;
    }

    Optional<Long> assigneeId();

    Optional<String> assigneeEmail();

    /** Share link; empty when not shared. Recorded fixtures hold the placeholder {@code [REDACTED]}. */
    @Value.Redacted
    Optional<String> shareUrl();

    List<Feedback> feedbackList();

    Optional<Integer> riskScore();

    Optional<Long> severityRuleId();

    Optional<Boolean> isVaulted();

    /** Present (possibly empty) only on {@code GET /v1/incidents/secrets/{id}}; empty in lists. */
    List<SecretOccurrence> occurrences();

    Optional<SecretPresence> secretPresence();

    Optional<Boolean> regression();

    /** Dashboard link of the incident. */
    Optional<String> gitguardianUrl();

    /** Tags as strings: new ones appear often. */
    List<String> tags();

    Optional<String> incidentName();

    Optional<PublicExposure> publicExposure();

    List<DestinationTicket> destinationTickets();

    List<CustomTag> customTags();
}
