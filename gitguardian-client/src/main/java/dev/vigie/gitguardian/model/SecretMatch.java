package dev.vigie.gitguardian.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** Where a secret matched inside a file; line numbers are nullable. */
@Value.Immutable
@JsonSerialize(as = ImmutableSecretMatch.class)
@JsonDeserialize(as = ImmutableSecretMatch.class)
public interface SecretMatch {

    /** e.g. {@code client_id}. */
    Optional<String> name();

    Optional<Integer> indiceStart();

    Optional<Integer> indiceEnd();

    Optional<Integer> preLineStart();

    Optional<Integer> preLineEnd();

    Optional<Integer> postLineStart();

    Optional<Integer> postLineEnd();
}
