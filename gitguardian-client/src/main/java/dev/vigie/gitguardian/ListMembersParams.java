package dev.vigie.gitguardian;

import dev.vigie.gitguardian.model.AccessLevel;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Filters of {@code GET /v1/members} under their exact API names. */
@Value.Immutable
public interface ListMembersParams extends ListParams {

    /** {@code search}: part of a name or email. */
    Optional<String> search();

    Optional<AccessLevel> accessLevel();

    Optional<Boolean> active();

    /** {@code ordering}: {@code id}, {@code created_at}, {@code last_login}, each optionally prefixed by {@code -}. */
    Optional<String> ordering();

    /** The query parameters, in a stable order. */
    default Map<String, String> toQuery() {
        Map<String, String> q = new LinkedHashMap<>();
        search().ifPresent(v -> q.put("search", v));
        accessLevel().ifPresent(v -> q.put("access_level", v.apiName()));
        active().ifPresent(v -> q.put("active", v.toString()));
        ordering().ifPresent(v -> q.put("ordering", v));
        q.put("per_page", Integer.toString(perPage()));
        return q;
    }

    static ListMembersParams all() {
        return builder().build();
    }

    static Builder builder() {
        return new Builder();
    }

    /** Builder of {@link ListMembersParams}. */
    final class Builder extends ImmutableListMembersParams.Builder {}
}
