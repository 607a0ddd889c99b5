package dev.vigie.gitguardian.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import java.util.Locale;

/** Status of a secret incident (API spelling upper case). Unknown values read as {@link #UNKNOWN}. */
public enum SecretStatus {
    TRIGGERED,
    ASSIGNED,
    RESOLVED,
    IGNORED,
    /** A value this version does not know (or the API's own {@code unknown}). */
    @JsonEnumDefaultValue
    UNKNOWN;

    /** The API spelling of this value. */
    public String apiName() {
        return name();
    }
}
