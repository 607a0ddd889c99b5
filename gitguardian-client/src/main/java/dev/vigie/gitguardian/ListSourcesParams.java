package dev.vigie.gitguardian;

import dev.vigie.gitguardian.model.SourceCriticality;
import dev.vigie.gitguardian.model.SourceHealth;
import dev.vigie.gitguardian.model.SourceVisibility;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Filters of {@code GET /v1/sources} under their exact API names (gitguardian-api.md 6.1). No URL filter exists. */
@Value.Immutable
public interface ListSourcesParams extends ListParams {

    /** {@code search}: substring of the name or full name. */
    Optional<String> search();

    /** {@code type}: {@code github}, {@code gitlab}, {@code azure_devops}, … */
    Optional<String> type();

    Optional<SourceVisibility> visibility();

    Optional<SourceHealth> health();

    /** {@code last_scan_status}, e.g. {@code finished}. */
    Optional<String> lastScanStatus();

    Optional<SourceCriticality> sourceCriticality();

    Optional<Boolean> monitored();

    Optional<String> externalId();

    Optional<Long> teamId();

    /** {@code ordering}: {@code last_scan_date} or {@code -last_scan_date}. */
    Optional<String> ordering();

    /** The query parameters, in a stable order. */
    default Map<String, String> toQuery() {
        Map<String, String> q = new LinkedHashMap<>();
        search().ifPresent(v -> q.put("search", v));
        type().ifPresent(v -> q.put("type", v));
        visibility().ifPresent(v -> q.put("visibility", v.apiName()));
        health().ifPresent(v -> q.put("health", v.apiName()));
        lastScanStatus().ifPresent(v -> q.put("last_scan_status", v));
        sourceCriticality().ifPresent(v -> q.put("source_criticality", v.apiName()));
        monitored().ifPresent(v -> q.put("monitored", v.toString()));
        externalId().ifPresent(v -> q.put("external_id", v));
        teamId().ifPresent(v -> q.put("team_id", v.toString()));
        ordering().ifPresent(v -> q.put("ordering", v));
        q.put("per_page", Integer.toString(perPage()));
        return q;
    }

    static ListSourcesParams all() {
        return builder().build();
    }

    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link ListSourcesParams}. */
    final class Builder extends ImmutableListSourcesParams.Builder {}
}
