package dev.vigie.gitguardian.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import java.util.Locale;

/** Criticality a workspace gave a source. Unknown values read as {@link #UNKNOWN}. */
public enum SourceCriticality {
    CRITICAL,
    HIGH,
    MEDIUM,
    LOW,
    /** A value this version does not know (or the API's own {@code unknown}). */
    @JsonEnumDefaultValue
    UNKNOWN;

    /** The API spelling of this value. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
