package dev.vigie.gitguardian.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Feedback submitted through a share link (gitguardian-api.md 8.2). */
@Value.Immutable
@JsonSerialize(as = ImmutableFeedback.class)
@JsonDeserialize(as = ImmutableFeedback.class)
public interface Feedback {

    Optional<Instant> createdAt();

    Optional<Instant> updatedAt();

    Optional<String> email();

    Optional<Long> memberId();

    List<FeedbackAnswer> answers();
}
