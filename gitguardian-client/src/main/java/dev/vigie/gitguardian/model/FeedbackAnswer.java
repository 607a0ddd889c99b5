package dev.vigie.gitguardian.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;
import org.immutables.value.Value;

/** One answer of a feedback form (gitguardian-api.md 8.2). */
@Value.Immutable
@JsonSerialize(as = ImmutableFeedbackAnswer.class)
@JsonDeserialize(as = ImmutableFeedbackAnswer.class)
public interface FeedbackAnswer {

    /** {@code boolean} or {@code text}. */
    Optional<String> type();

    /** e.g. {@code actual_secret_yes_no}, {@code remarks_text}. */
    Optional<String> fieldRef();

    Optional<String> fieldLabel();

    /** The answer when {@link #type()} is {@code boolean} (JSON {@code boolean}). */
    @JsonProperty("boolean")
    Optional<Boolean> booleanAnswer();

    /** The answer when {@link #type()} is {@code text}. */
    Optional<String> text();
}
