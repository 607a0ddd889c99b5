package dev.vigie.gitguardian;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Body of {@code POST /v1/incidents/secrets/{id}/share} (gitguardian-api.md 7.1). */
@Value.Immutable
public interface ShareOptions {

    /** {@code feedback_collection}: the developer may answer the feedback form (true by default). */
    @Value.Default
    default boolean feedbackCollection() {
        return true;
    }

    /** {@code auto_healing}: the developer may resolve or ignore through the link (false by default). */
    @Value.Default
    default boolean autoHealing() {
        return false;
    }

    /** {@code lifespan} in hours; absent = workspace default. */
    Optional<Integer> lifespan();

    /** The JSON body. */
    default Map<String, Object> toBody() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("feedback_collection", feedbackCollection());
        body.put("auto_healing", autoHealing());
        lifespan().ifPresent(h -> body.put("lifespan", h));
        return body;
    }

    /** Feedback collection on, auto-healing off, default lifespan: the procedure's share link. */
    static ShareOptions withFeedback() {
        return builder().build();
    }

    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link ShareOptions}. */
    final class Builder extends ImmutableShareOptions.Builder {}
}
