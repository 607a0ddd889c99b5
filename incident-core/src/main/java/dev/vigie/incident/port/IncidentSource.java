package dev.vigie.incident.port;

import dev.vigie.incident.Incident;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where incidents come from: the GitGuardian API, an export file, or a test double. Read-only and idempotent.
 * Implementations throw their own unchecked exceptions for transport or authentication problems, and
 * {@link RepositoryNotFoundException} when a query names a repository the source does not know.
 */
public interface IncidentSource {

    /**
     * Lists the incidents that match {@code query}, lazily where the source pages. Every incident returned
     * satisfies {@link IncidentQuery#accepts}; callers must close the stream when they stop early.
     *
     * @throws RepositoryNotFoundException when the query's repository is unknown to the source
     */
    Stream<Incident> incidents(IncidentQuery query);

    /** Reads one incident afresh, with its occurrences; empty when the source has no such incident. */
    Optional<Incident> incident(long id);
}
