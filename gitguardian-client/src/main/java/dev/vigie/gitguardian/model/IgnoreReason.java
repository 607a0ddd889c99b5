package dev.vigie.gitguardian.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import java.util.Locale;

/** Why an incident was ignored. Unknown values read as {@link #UNKNOWN}. */
public enum IgnoreReason {
    TEST_CREDENTIAL,
    FALSE_POSITIVE,
    LOW_RISK,
    INVALID,
    /** A value this version does not know (or the API's own {@code unknown}). */
    @JsonEnumDefaultValue
    UNKNOWN;

    /** The API spelling of this value. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
