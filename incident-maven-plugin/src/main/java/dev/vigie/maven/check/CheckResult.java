package dev.vigie.maven.check;

import dev.vigie.incident.Incident;
import dev.vigie.incident.RepositoryRef;
import dev.vigie.incident.Severity;
import dev.vigie.incident.triage.AlertClassifier;
import dev.vigie.incident.triage.TriagePolicy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The outcome of {@code incident:check}: every unresolved incident of the repository, evaluated against the
 * threshold ({@code incident.failOnSeverity}) and the allowlist, in the backlog order (severity, then newest first).
 *
 * @param repository the repository checked
 * @param repositoryOrigin where the repository name came from
 * @param source where the incidents came from (API URL or export file)
 * @param threshold the lowest severity that counts
 * @param allowlist the allowlist in force
 * @param checkedAt when the check ran
 * @param incidents every unresolved incident, evaluated
 */
public record CheckResult(RepositoryRef repository, String repositoryOrigin, String source, Severity threshold,
        Allowlist allowlist, Instant checkedAt, List<Evaluated> incidents) {

    /** The statuses that count as unresolved (the filter in force, printed in every report). */
    public static final List<String> STATUSES = List.of("TRIGGERED", "ASSIGNED");

    /**
     * Applies the policy to a repository's unresolved incidents.
     *
     * @param unresolved the unresolved incidents (re-checked here: resolved or ignored ones are dropped)
     */
    public static CheckResult evaluate(RepositoryRef repository, String repositoryOrigin, String source,
            List<Incident> unresolved, Severity threshold, Allowlist allowlist, AlertClassifier classifier,
            Instant now) {
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        List<Evaluated> evaluated = new ArrayList<>();
        unresolved.stream().filter(Incident::isUnresolved)
                .sorted(TriagePolicy.ORDER)
                .forEach(incident -> {
                    Optional<Allowlist.Entry> entry = allowlist.entry(incident.id());
                    boolean atThreshold = incident.severity().isAtLeast(threshold);
                    boolean accepted = allowlist.accepts(incident.id(), today);
                    Optional<String> note;
                    if (!atThreshold) {
                        note = Optional.of("below threshold " + threshold.apiName());
                    } else if (accepted) {
                        note = Optional.of("allowlisted" + entry.get().expires().map(d -> " until " + d).orElse("")
                                + ": " + entry.get().reason());
                    } else if (entry.isPresent()) {
                        note = Optional.of("allowlist entry expired on " + entry.get().expires().orElseThrow());
                    } else {
                        note = Optional.empty();
                    }
                    evaluated.add(new Evaluated(incident, classifier.classify(incident), atThreshold && !accepted,
                            entry, note));
                });
        return new CheckResult(repository, repositoryOrigin, source, threshold, allowlist, now, List.copyOf(evaluated));
    }

    /** The incidents that make the check fail. */
    public List<Evaluated> counted() {
        return incidents.stream().filter(Evaluated::counted).collect(Collectors.toList());
    }

    /** The unresolved incidents that do not count (below threshold, allowlisted). */
    public List<Evaluated> notCounted() {
        return incidents.stream().filter(e -> !e.counted()).collect(Collectors.toList());
    }

    /** Counted incidents whose allowlist entry expired. */
    public List<Evaluated> expiredAllowlisted() {
        return counted().stream().filter(e -> e.allowlistEntry().isPresent()).collect(Collectors.toList());
    }

    /** Whether the policy is breached. */
    public boolean failed() {
        return incidents.stream().anyMatch(Evaluated::counted);
    }

    /** {@code 3 unresolved incidents for org/repo: 1 critical, 2 high}. */
    public String summaryLine() {
        List<Evaluated> counted = counted();
        StringBuilder text = new StringBuilder();
        text.append(counted.size()).append(counted.size() == 1 ? " unresolved incident" : " unresolved incidents")
                .append(" for ").append(repository.path());
        if (!counted.isEmpty()) {
            Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
            counted.forEach(e -> bySeverity.merge(e.incident().severity(), 1L, Long::sum));
            text.append(": ").append(bySeverity.entrySet().stream().map(s -> s.getValue() + " " + s.getKey().apiName())
                    .collect(Collectors.joining(", ")));
        }
        if (threshold != Severity.UNKNOWN) {
            text.append(" (at or above ").append(threshold.apiName()).append(')');
        }
        List<Evaluated> others = notCounted();
        if (!others.isEmpty()) {
            long below = others.stream().filter(e -> !e.incident().severity().isAtLeast(threshold)).count();
            long allowed = others.size() - below;
            List<String> parts = new ArrayList<>();
            if (below > 0) {
                parts.add(below + " below the threshold");
            }
            if (allowed > 0) {
                parts.add(allowed + " allowlisted");
            }
            text.append("; not counted: ").append(String.join(", ", parts));
        }
        long expired = expiredAllowlisted().size();
        if (expired > 0) {
            text.append("; ").append(expired).append(expired == 1 ? " allowlist entry has" : " allowlist entries have")
                    .append(" expired");
        }
        return text.toString();
    }

    /** The filters in force, in one line (ggmcp PR #153: always say which filters applied). */
    public String filtersLine() {
        return "statuses " + String.join(", ", STATUSES) + "; severity at or above " + threshold.apiName()
                + " (incident.failOnSeverity); allowlist: " + allowlist.describe() + "; source: " + source;
    }
}
