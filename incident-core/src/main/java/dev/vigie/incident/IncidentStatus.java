package dev.vigie.incident;

import java.util.Locale;

/** GitGuardian status of a secret incident. */
public enum IncidentStatus {
    TRIGGERED,
    ASSIGNED,
    RESOLVED,
    IGNORED,
    /**
     * A status this version of Vigie does not know. It counts as unresolved: a CI gate must fail safe rather than
     * let an incident through because the API grew a new status.
     */
    UNKNOWN;

    /** Parses a status leniently; {@code null} or an unknown value gives {@link #UNKNOWN}. Never throws. */
    public static IncidentStatus parse(String value) {
        if (value == null) {
            return UNKNOWN;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknownValue) {
            return UNKNOWN;
        }
    }

    /** {@code TRIGGERED} or {@code ASSIGNED} (and, failing safe, {@code UNKNOWN}). */
    public boolean isUnresolved() {
        return this != RESOLVED && this != IGNORED;
    }
}
