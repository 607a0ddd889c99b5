package dev.vigie.gitguardian.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A workspace-defined key/value tag. */
@Value.Immutable
@JsonSerialize(as = ImmutableCustomTag.class)
@JsonDeserialize(as = ImmutableCustomTag.class)
public interface CustomTag {

    Optional<String> id();

    Optional<String> key();

    Optional<String> value();
}
