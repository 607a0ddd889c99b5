package dev.vigie.gitguardian.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import java.util.Locale;

/** Whether GitGuardian found the secret still valid. Unknown values read as {@link #UNKNOWN}. */
public enum SecretValidity {
    VALID,
    INVALID,
    FAILED_TO_CHECK,
    NO_CHECKER,
    /** A value this version does not know (or the API's own {@code unknown}). */
    @JsonEnumDefaultValue
    UNKNOWN;

    /** The API spelling of this value. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
