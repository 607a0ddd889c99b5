package dev.vigie.gitguardian;

import dev.vigie.gitguardian.model.SecretSeverity;
import dev.vigie.gitguardian.model.SecretStatus;
import dev.vigie.gitguardian.model.SecretValidity;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Filters of {@code GET /v1/incidents/secrets} and {@code GET /v1/sources/{id}/incidents/secrets}, each sent under
 * its exact API name (gitguardian-api.md 4.1). The API silently ignores misspelt names, so callers should still
 * re-check results. One value per filter: comma lists are not supported on these routes.
 */
@Value.Immutable
public interface ListIncidentsParams extends ListParams {

    /** {@code status}. */
    Optional<SecretStatus> status();

    /** {@code severity}; {@code UNKNOWN} is sent as the API's own {@code unknown}. */
    Optional<SecretSeverity> severity();

    /** {@code validity}. */
    Optional<SecretValidity> validity();

    /** {@code date_before}: incidents whose {@code date} is before it. */
    Optional<Instant> dateBefore();

    /** {@code date_after}: incidents whose {@code date} is after it. */
    Optional<Instant> dateAfter();

    /** {@code assignee_email}. */
    Optional<String> assigneeEmail();

    /** {@code assignee_id}. */
    Optional<Long> assigneeId();

    /** {@code tags}, sent comma-separated. */
    List<String> tags();

    /** {@code ordering}; the API's default is oldest first by id. */
    Optional<IncidentOrdering> ordering();

    /** {@code detector_group_name}, e.g. {@code aws_iam}. */
    Optional<String> detectorGroupName();

    /** {@code ignorer_id}. */
    Optional<Long> ignorerId();

    /** {@code resolver_id}. */
    Optional<Long> resolverId();

    /** {@code ignorer_api_token_id} (UUID). */
    Optional<String> ignorerApiTokenId();

    /** {@code resolver_api_token_id} (UUID). */
    Optional<String> resolverApiTokenId();

    @Override
    @Value.Check
    default void check() {
        ListParams.super.check();
        if (status().filter(s -> s == SecretStatus.UNKNOWN).isPresent()) {
            throw new IllegalArgumentException("status UNKNOWN cannot be sent: the API knows TRIGGERED, ASSIGNED, "
                    + "RESOLVED, IGNORED (list without a status to see other values)");
        }
    }

    /** The query parameters, in a stable order. */
    default Map<String, String> toQuery() {
        Map<String, String> q = new LinkedHashMap<>();
        status().ifPresent(v -> q.put("status", v.apiName()));
        severity().ifPresent(v -> q.put("severity", v.apiName()));
        validity().ifPresent(v -> q.put("validity", v.apiName()));
        dateBefore().ifPresent(v -> q.put("date_before", v.toString()));
        dateAfter().ifPresent(v -> q.put("date_after", v.toString()));
        assigneeEmail().ifPresent(v -> q.put("assignee_email", v));
        assigneeId().ifPresent(v -> q.put("assignee_id", v.toString()));
        if (!tags().isEmpty()) {
            q.put("tags", String.join(",", tags()));
        }
        ordering().ifPresent(v -> q.put("ordering", v.apiName()));
        detectorGroupName().ifPresent(v -> q.put("detector_group_name", v));
        ignorerId().ifPresent(v -> q.put("ignorer_id", v.toString()));
        resolverId().ifPresent(v -> q.put("resolver_id", v.toString()));
        ignorerApiTokenId().ifPresent(v -> q.put("ignorer_api_token_id", v));
        resolverApiTokenId().ifPresent(v -> q.put("resolver_api_token_id", v));
        q.put("per_page", Integer.toString(perPage()));
        return q;
    }

    /** No filter, 100 per page. */
    static ListIncidentsParams all() {
        return builder().build();
    }

    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link ListIncidentsParams}. */
    final class Builder extends ImmutableListIncidentsParams.Builder {}
}
