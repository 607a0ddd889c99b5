package dev.vigie.gitguardian;

import org.immutables.value.Value;

/** What the list-call parameters share: {@code per_page}, 1–100, 100 by default. */
interface ListParams {

    /** {@code per_page}, 1–100; 100 by default. */
    @Value.Default
    default int perPage() {
        return 100;
    }

    @Value.Check
    default void check() {
        if (perPage() < 1 || perPage() > 100) {
            throw new IllegalArgumentException("per_page must be within 1-100, was " + perPage());
        }
    }
}
