package dev.vigie.gitguardian.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** Forge metadata of a source. */
@Value.Immutable
@JsonSerialize(as = ImmutableProviderMetadata.class)
@JsonDeserialize(as = ImmutableProviderMetadata.class)
public interface ProviderMetadata {

    Optional<Boolean> archived();
}
