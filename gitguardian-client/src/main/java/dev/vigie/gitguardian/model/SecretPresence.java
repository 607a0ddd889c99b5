package dev.vigie.gitguardian.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import org.immutables.value.Value;

/** Counts of files where the secret is present or fixed. */
@Value.Immutable
@JsonSerialize(as = ImmutableSecretPresence.class)
@JsonDeserialize(as = ImmutableSecretPresence.class)
public interface SecretPresence {

    @Value.Default
    default int filesRequiringCodeFix() {
        return 0;
    }

    @Value.Default
    default int filesPendingMerge() {
        return 0;
    }

    @Value.Default
    default int filesFixed() {
        return 0;
    }

    @Value.Default
    default int outsideVcs() {
        return 0;
    }

    @Value.Default
    default int removedOutsideVcs() {
        return 0;
    }

    @Value.Default
    default int inVcs() {
        return 0;
    }

    @Value.Default
    default int removedInVcs() {
        return 0;
    }
}
