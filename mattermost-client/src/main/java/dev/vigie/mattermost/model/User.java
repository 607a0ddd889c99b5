package dev.vigie.mattermost.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** A Mattermost user account (a person or a bot). Many fields are sanitised by the server, e.g. {@code email}. */
@Value.Immutable
@JsonSerialize(as = ImmutableUser.class)
@JsonDeserialize(as = ImmutableUser.class)
public interface User {

    /** The 26-character user id. */
    String id();

    /** The {@code username} field. {@code ""} when absent. */
    @Value.Default
    default String username() {
        return "";
    }

    /** {@code ""} when the server hides email addresses. */
    @Value.Default
    default String email() {
        return "";
    }

    /** The {@code nickname} field. {@code ""} when absent. */
    @Value.Default
    default String nickname() {
        return "";
    }

    /** The {@code first_name} field. {@code ""} when absent. */
    @Value.Default
    default String firstName() {
        return "";
    }

    /** The {@code last_name} field. {@code ""} when absent. */
    @Value.Default
    default String lastName() {
        return "";
    }

    /** Space-separated roles, e.g. {@code system_user system_post_all_public}. */
    @Value.Default
    default String roles() {
        return "";
    }

    /** The {@code locale} field. {@code ""} when absent. */
    @Value.Default
    default String locale() {
        return "";
    }

    /** Epoch milliseconds; {@code > 0} for a deactivated account. */
    @Value.Default
    default long deleteAt() {
        return 0;
    }

    /** Whether the account is a bot. */
    @Value.Default
    @JsonProperty("is_bot")
    default boolean isBot() {
        return false;
    }

    /** A new builder. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link User}. */
    final class Builder extends ImmutableUser.Builder {}
}
