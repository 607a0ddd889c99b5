package dev.vigie.gitguardian.incident;

import dev.vigie.gitguardian.model.PublicExposure;
import dev.vigie.gitguardian.model.SecretIncident;
import dev.vigie.gitguardian.model.SecretMatch;
import dev.vigie.gitguardian.model.SecretOccurrence;
import dev.vigie.gitguardian.model.Source;
import dev.vigie.gitguardian.model.SourceVisibility;
import dev.vigie.incident.Incident;
import dev.vigie.incident.IncidentStatus;
import dev.vigie.incident.Occurrence;
import dev.vigie.incident.RepositoryRef;
import dev.vigie.incident.Severity;
import dev.vigie.incident.Validity;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Maps API incidents to core {@link Incident}s. Copies no secret value (the API model holds none); the share link
 * comes only from {@code share_url}, and only when it is a real URL (fixtures hold {@code [REDACTED]}).
 */
public final class IncidentMapper {

    private IncidentMapper() {}

    /**
     * Maps one incident.
     *
     * @param repository the repository it belongs to, when the caller knows it (per-source listing, export file);
     *     else taken from the occurrences' source
     * @param source the source it was listed from, when known: its visibility feeds {@code publiclyVisible}
     */
    public static Incident toIncident(SecretIncident api, Optional<RepositoryRef> repository, Optional<Source> source) {
        Optional<Source> src = source.or(() -> api.occurrences().stream()
                .flatMap(o -> o.source().stream()).findFirst());
        Optional<RepositoryRef> repo = repository.or(() -> src.flatMap(IncidentMapper::repositoryOf));
        boolean publicSource = src.map(s -> s.visibility() == SourceVisibility.PUBLIC).orElse(false)
                || api.publicExposure().flatMap(PublicExposure::sourcePubliclyVisible).orElse(false);
        Incident.Builder b = Incident.builder()
                .id(api.id())
                .detector(api.detector().name())
                .detectorDisplayName(api.detector().displayName().orElse(api.detector().name()))
                .date(api.date())
                .triggeredAt(api.triggeredAt())
                .status(IncidentStatus.parse(api.status().name()))
                .severity(Severity.parse(api.severity().name()))
                .validity(Validity.parse(api.validity().name()))
                .repository(repo)
                .publiclyVisible(publicSource)
                .tags(api.tags())
                .occurrencesCount(Math.max(api.occurrencesCount(), api.occurrences().size()))
                .gitguardianUrl(api.gitguardianUrl())
                .shareUrl(realShareUrl(api))
                .feedbackReceived(!api.feedbackList().isEmpty())
                .assigneeEmail(api.assigneeEmail())
                .secretHash(api.secretHash());
        api.riskScore().ifPresent(b::riskScore);
        for (SecretOccurrence o : api.occurrences()) {
            b.addOccurrences(toOccurrence(o));
        }
        return b.build();
    }

    /** The incident's share link when it is a real {@code http(s)} URL. */
    public static Optional<String> realShareUrl(SecretIncident api) {
        return api.shareUrl().filter(u -> u.startsWith("https://") || u.startsWith("http://"));
    }

    /** The normalised repository of a source: its {@code full_name}, else its URL. */
    public static Optional<RepositoryRef> repositoryOf(Source source) {
        return RepositoryRef.parse(source.fullName()).or(() -> source.url().flatMap(RepositoryRef::parse));
    }

    static Occurrence toOccurrence(SecretOccurrence o) {
        OptionalInt line = OptionalInt.empty();
        for (SecretMatch m : o.matches()) {
            Optional<Integer> l = m.postLineStart().or(m::preLineStart);
            if (l.isPresent()) {
                line = OptionalInt.of(l.get());
                break;
            }
        }
        return Occurrence.builder()
                .filePath(o.filepath())
                .commitSha(o.sha())
                .date(o.date())
                .authorName(o.authorName())
                .authorInfo(o.authorInfo())
                .line(line)
                .url(o.url())
                .presence(o.presence() == dev.vigie.gitguardian.model.Presence.UNKNOWN
                        ? Optional.empty() : Optional.of(o.presence().apiName()))
                .build();
    }
}
