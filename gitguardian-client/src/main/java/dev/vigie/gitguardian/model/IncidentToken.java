package dev.vigie.gitguardian.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** The share link of an incident (gitguardian-api.md 8.5). A credential: redacted from {@code toString()}. */
@Value.Immutable
@JsonSerialize(as = ImmutableIncidentToken.class)
@JsonDeserialize(as = ImmutableIncidentToken.class)
public interface IncidentToken {

    /** The link to post. */
    @Value.Redacted
    String shareUrl();

    Optional<Long> incidentId();

    Optional<Boolean> feedbackCollection();

    Optional<Boolean> autoHealing();

    /** The token inside the URL; a secret. */
    @Value.Redacted
    Optional<String> token();

    Optional<Instant> expireAt();

    Optional<Instant> revokedAt();
}
