package dev.vigie.gitguardian.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A ticket the incident was sent to (e.g. Jira). */
@Value.Immutable
@JsonSerialize(as = ImmutableDestinationTicket.class)
@JsonDeserialize(as = ImmutableDestinationTicket.class)
public interface DestinationTicket {

    Optional<String> id();

    /** e.g. {@code jira_cloud}. */
    Optional<String> type();

    Optional<String> link();
}
