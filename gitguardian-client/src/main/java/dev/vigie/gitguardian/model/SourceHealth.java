package dev.vigie.gitguardian.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import java.util.Locale;

/** Health of a source. Unknown values read as {@link #UNKNOWN}. */
public enum SourceHealth {
    SAFE,
    AT_RISK,
    /** A value this version does not know (or the API's own {@code unknown}). */
    @JsonEnumDefaultValue
    UNKNOWN;

    /** The API spelling of this value. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
