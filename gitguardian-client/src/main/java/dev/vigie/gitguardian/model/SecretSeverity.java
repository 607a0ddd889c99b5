package dev.vigie.gitguardian.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import java.util.Locale;

/** Severity of a secret incident. Unknown values read as {@link #UNKNOWN}. */
public enum SecretSeverity {
    CRITICAL,
    HIGH,
    MEDIUM,
    LOW,
    INFO,
    /** A value this version does not know (or the API's own {@code unknown}). */
    @JsonEnumDefaultValue
    UNKNOWN;

    /** The API spelling of this value. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
