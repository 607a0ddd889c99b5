package dev.vigie.incident;

import java.util.Locale;

/** Whether GitGuardian found the leaked secret still working. */
public enum Validity {
    VALID,
    INVALID,
    FAILED_TO_CHECK,
    NO_CHECKER,
    UNKNOWN;

    /** Parses a validity leniently; {@code null} or an unknown value gives {@link #UNKNOWN}. Never throws. */
    public static Validity parse(String value) {
        if (value == null) {
            return UNKNOWN;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknownValue) {
            return UNKNOWN;
        }
    }

    /** Valid, or not known to be invalid: the secret must be presumed usable by whoever reads it. */
    public boolean mayStillWork() {
        return this != INVALID;
    }

    /** The lower-case API spelling. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
