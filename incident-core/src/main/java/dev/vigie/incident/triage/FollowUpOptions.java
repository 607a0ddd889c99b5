package dev.vigie.incident.triage;

import org.immutables.value.Value;

/** How a follow-up run behaves (the {@code incident:followup} properties of PRODUCT.md). */
@Value.Immutable
public interface FollowUpOptions extends ChatRunOptions {

    static Builder builder() {
        return new Builder();
    }

    final class Builder extends ImmutableFollowUpOptions.Builder {}
}
