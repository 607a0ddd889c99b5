package dev.vigie.gitguardian.incident;

import dev.vigie.gitguardian.GitGuardianClient;
import dev.vigie.gitguardian.IncidentOrdering;
import dev.vigie.gitguardian.ListIncidentsParams;
import dev.vigie.gitguardian.ListSourcesParams;
import dev.vigie.gitguardian.ShareOptions;
import dev.vigie.gitguardian.errors.GitGuardianIoException;
import dev.vigie.gitguardian.errors.NotFoundException;
import dev.vigie.gitguardian.errors.ServerException;
import dev.vigie.gitguardian.model.Note;
import dev.vigie.gitguardian.model.SecretIncident;
import dev.vigie.gitguardian.model.SecretIncidentsBreakdown;
import dev.vigie.gitguardian.model.SecretStatus;
import dev.vigie.gitguardian.model.Source;
import dev.vigie.incident.Incident;
import dev.vigie.incident.IncidentStatus;
import dev.vigie.incident.RepositoryRef;
import dev.vigie.incident.Severity;
import dev.vigie.incident.port.IncidentActions;
import dev.vigie.incident.port.IncidentQuery;
import dev.vigie.incident.port.IncidentSource;
import dev.vigie.incident.port.RepositoryNotFoundException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * incident-core's {@link IncidentSource} and {@link IncidentActions} on the GitGuardian API.
 *
 * <p><b>Request budget for one repository.</b> The source is found first (1 request, {@code GET /v1/sources}). If
 * its {@code open_incidents_count} (or its open severity breakdown, for a severity threshold) says nothing open
 * matches, no listing follows: a clean repository costs 1 request. Otherwise its incidents are listed through
 * {@code GET /v1/sources/{id}/incidents/secrets?ordering=-date&per_page=100}. The API takes one {@code status} per
 * request and the source gives no per-status figure, so: when all of the source's incidents (open + closed) fit
 * in as many pages as there are statuses asked for, the listing is sent once <em>without</em> a status filter and
 * statuses are checked on the client (a repository with 100 incidents or fewer costs 2 requests in all); otherwise
 * one listing per status ({@code status=TRIGGERED}, then {@code status=ASSIGNED}). Every filter is re-checked
 * with {@link IncidentQuery#accepts}.
 */
public final class GitGuardianIncidentSource implements IncidentSource, IncidentActions {

    private static final int PER_PAGE = 100;

    private final GitGuardianClient client;

    /** @param client a configured client, shared */
    public GitGuardianIncidentSource(GitGuardianClient client) {
        this.client = client;
    }

    /**
     * With a repository: finds its source now (so a wrong name fails at once), then lists lazily. Without one (the
     * ops backlog): lists the sources with matching incidents, then each source's incidents, so every incident
     * knows its repository. Read-only.
     *
     * @throws RepositoryNotFoundException when the repository is not a source, or matches several
     */
    @Override
    public Stream<Incident> incidents(IncidentQuery query) {
        if (query.repository().isPresent()) {
            RepositoryRef repository = query.repository().get();
            Source source = client.findSource(repository);
            return incidentsOf(source, Optional.of(repository), query);
        }
        // When only open incidents are asked for, incidentsOf skips a source without any, with no request.
        return client.listSources(ListSourcesParams.all()).stream()
                .filter(s -> s.openIncidentsCount() + s.closedIncidentsCount() > 0)
                .flatMap(s -> incidentsOf(s, IncidentMapper.repositoryOf(s), query));
    }

    /** The incidents of one source that {@code query} accepts, lazily, with as few requests as the counts allow. */
    Stream<Incident> incidentsOf(Source source, Optional<RepositoryRef> repository, IncidentQuery query) {
        Set<IncidentStatus> statuses = query.statuses();
        if (statuses.isEmpty()) {
            return Stream.empty();
        }
        // Core counts UNKNOWN as unresolved: a status the API adds later must not let an incident slip through.
        boolean openOnly = statuses.stream().allMatch(IncidentStatus::isUnresolved);
        if (openOnly && openAtLeast(source, query.minimumSeverity()) == 0) {
            return Stream.empty();
        }
        ListIncidentsParams.Builder base = ListIncidentsParams.builder()
                .ordering(IncidentOrdering.DATE_DESC)
                .perPage(PER_PAGE);
        query.leakedAfter().ifPresent(base::dateAfter);
        ListIncidentsParams unfiltered = base.build();
        int total = source.openIncidentsCount() + source.closedIncidentsCount();
        int pagesUnfiltered = Math.max(1, (total + PER_PAGE - 1) / PER_PAGE);
        Stream<SecretIncident> api;
        // A status the API added since cannot be asked for by name: the unfiltered listing catches it, and is
        // used whenever it costs no more pages than one listing per known status.
        List<IncidentStatus> known = statuses.stream().filter(st -> st != IncidentStatus.UNKNOWN).sorted().toList();
        if (known.isEmpty() || pagesUnfiltered <= known.size()) {
            api = client.listSourceIncidents(source.id(), unfiltered).stream();
        } else {
            api = known.stream().flatMap(status -> client.listSourceIncidents(source.id(),
                    ListIncidentsParams.builder().from(unfiltered).status(SecretStatus.valueOf(status.name())).build())
                    .stream());
        }
        return api.map(i -> IncidentMapper.toIncident(i, repository, Optional.of(source))).filter(query::accepts);
    }

    /** Open incidents at or above {@code threshold} according to the source's own counts. */
    static int openAtLeast(Source source, Severity threshold) {
        if (source.openIncidentsCount() == 0 || threshold == Severity.UNKNOWN) {
            return source.openIncidentsCount();
        }
        return source.secretIncidentsBreakdown()
                .map(SecretIncidentsBreakdown::openSecretIncidents)
                .map(open -> open.severityBreakdown().atLeast(threshold))
                .orElse(source.openIncidentsCount());
    }

    /** {@code GET /v1/incidents/secrets/{id}?with_occurrences=100}; empty on 404. Read-only. */
    @Override
    public Optional<Incident> incident(long id) {
        try {
            SecretIncident api = client.getIncident(id, 100);
            return Optional.of(IncidentMapper.toIncident(api, Optional.empty(), Optional.empty()));
        } catch (NotFoundException unknown) {
            return Optional.empty();
        }
    }

    /**
     * Reuses the incident's {@code share_url}, else shares it with feedback collection on and auto-healing off.
     * After a 5xx or a transport failure on the share POST, re-reads the incident instead of posting again (a
     * second POST would issue a new token). Idempotent. The result is a credential.
     */
    @Override
    public String shareWithFeedback(long incidentId) {
        Optional<String> existing = IncidentMapper.realShareUrl(client.getIncident(incidentId, 0));
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            return client.shareIncident(incidentId, ShareOptions.withFeedback()).shareUrl();
        } catch (ServerException | GitGuardianIoException uncertain) {
            Optional<String> after = IncidentMapper.realShareUrl(client.getIncident(incidentId, 0));
            if (after.isPresent()) {
                return after.get();
            }
            throw uncertain;
        }
    }

    /** {@code POST …/assign {"email": …}}. Idempotent for the same email. */
    @Override
    public void assign(long incidentId, String email) {
        client.assignIncident(incidentId, email);
    }

    /** Every note's comment, all pages, oldest first. Read-only. */
    @Override
    public List<String> notes(long incidentId) {
        return client.listNotes(incidentId).stream()
                .sorted(Comparator.comparing((Note n) -> n.createdAt().orElse(Instant.MIN)).thenComparing(Note::id))
                .map(Note::comment)
                .collect(Collectors.toList());
    }

    /** {@code POST …/notes}. Not idempotent and never retried blindly: check {@link #notes} first. */
    @Override
    public void addNote(long incidentId, String comment) {
        client.createNote(incidentId, comment);
    }

    @Override
    public String toString() {
        return "GitGuardianIncidentSource{" + client + "}";
    }
}
