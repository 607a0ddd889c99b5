package dev.vigie.mattermost.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Who may join a team. */
public enum TeamType {
    /** {@code O}: anyone on the server may join. */
    @JsonProperty("O")
    OPEN,
    /** {@code I}: members join by invitation. */
    @JsonProperty("I")
    INVITE,
    /** A value this client does not know (a newer server). */
    @JsonEnumDefaultValue
    UNKNOWN
}
