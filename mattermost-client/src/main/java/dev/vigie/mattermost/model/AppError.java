package dev.vigie.mattermost.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** Mattermost's error body. Branch on {@link #id()}, e.g. {@code api.context.session_expired.app_error}. */
@Value.Immutable
@JsonSerialize(as = ImmutableAppError.class)
@JsonDeserialize(as = ImmutableAppError.class)
public interface AppError {

    /** Id used when the body is not an AppError (plain text, an HTML proxy page), as the Go driver does. */
    String NOT_JSON_ID = "model.utils.decode_json.app_error";

    /** Stable machine id. */
    @Value.Default
    default String id() {
        return "";
    }

    /** Localised text for people. */
    @Value.Default
    default String message() {
        return "";
    }

    /** Usually {@code ""}; for a body that was not JSON, the raw body, truncated. */
    @Value.Default
    default String detailedError() {
        return "";
    }

    /** Equals the {@code X-Request-ID} header. */
    @Value.Default
    default String requestId() {
        return "";
    }

    /** The {@code status_code} field. {@code 0} when absent. */
    @Value.Default
    default int statusCode() {
        return 0;
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link AppError}. */
    final class Builder extends ImmutableAppError.Builder {}
}
