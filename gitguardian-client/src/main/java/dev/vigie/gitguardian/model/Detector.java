package dev.vigie.gitguardian.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** The detector that raised an incident (gitguardian-api.md 8.2). */
@Value.Immutable
@JsonSerialize(as = ImmutableDetector.class)
@JsonDeserialize(as = ImmutableDetector.class)
public interface Detector {

    /** Detector name, e.g. {@code aws_iam}. */
    String name();

    Optional<String> displayName();

    /** {@code specific} or {@code generic}. */
    Optional<String> nature();

    /** e.g. {@code credentials}, {@code cryptographic_key}. */
    Optional<String> family();

    /** e.g. {@code cloud_provider}; newer field. */
    Optional<String> category();

    Optional<String> detectorGroupName();

    Optional<String> detectorGroupDisplayName();
}
