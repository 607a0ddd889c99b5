package dev.vigie.gitguardian.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A note on an incident (gitguardian-api.md 8.6). */
@Value.Immutable
@JsonSerialize(as = ImmutableNote.class)
@JsonDeserialize(as = ImmutableNote.class)
public interface Note {

    long id();

    Optional<Long> incidentId();

    Optional<Long> issueId();

    @Value.Default
    default String comment() {
        return "";
    }

    Optional<Instant> createdAt();

    Optional<Instant> updatedAt();

    Optional<Long> memberId();

    Optional<String> apiTokenId();

    Optional<Long> userId();

    /** The API token that wrote the note, in whatever shape the API sends. */
    Optional<JsonNode> apiToken();
}
