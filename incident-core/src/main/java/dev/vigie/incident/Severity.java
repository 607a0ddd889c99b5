package dev.vigie.incident;

import java.util.Locale;

/**
 * GitGuardian severity of a secret incident, highest first. The declaration order is the backlog order of
 * PROCEDURE.md 6.2: {@code critical > high > medium > low > info > unknown}.
 */
public enum Severity {
    CRITICAL,
    HIGH,
    MEDIUM,
    LOW,
    INFO,
    /** No severity rule matched, or a value this version of Vigie does not know: ranks last, never fails. */
    UNKNOWN;

    /**
     * Parses a severity leniently: case-insensitive, surrounding blanks ignored, {@code null} or an unknown value
     * gives {@link #UNKNOWN}. Never throws.
     */
    public static Severity parse(String value) {
        if (value == null) {
            return UNKNOWN;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknownValue) {
            return UNKNOWN;
        }
    }

    /** Whether this severity is the same as, or higher than, {@code threshold}. */
    public boolean isAtLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }

    /** The lower-case API spelling ({@code critical}, …, {@code unknown}). */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
