package dev.vigie.gitguardian.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** Whether the incident's source or secret is exposed publicly. */
@Value.Immutable
@JsonSerialize(as = ImmutablePublicExposure.class)
@JsonDeserialize(as = ImmutablePublicExposure.class)
public interface PublicExposure {

    Optional<Boolean> sourcePubliclyVisible();

    Optional<Boolean> publicIncidentLinked();

    Optional<Boolean> leakedOutsidePerimeter();
}
