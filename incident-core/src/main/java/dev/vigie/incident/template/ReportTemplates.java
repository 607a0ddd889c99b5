package dev.vigie.incident.template;

import com.github.mustachejava.Mustache;
import dev.vigie.incident.AlertLevel;
import dev.vigie.incident.Incident;
import dev.vigie.incident.Occurrence;
import dev.vigie.incident.RepositoryRef;
import dev.vigie.incident.Severity;
import dev.vigie.incident.triage.AlertProposal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Renders incident report stubs (PROCEDURE.md 7) from a GitGuardian incident: the {@code fr} post-mortem (default),
 * the older {@code fr-short} form, {@code en}, or a user's Mustache file. Pre-fills what is known (detector, dates,
 * severity, validity, proposed alert level, repository, occurrence files and commits, the dashboard link, a first
 * timeline row) and never the secret, the share link or commit authors' emails.
 */
public final class ReportTemplates {

    /** The built-in template names. */
    public static final Set<String> BUILT_IN = Set.of("fr", "fr-short", "en");

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final Mustache template;
    private final Language language;

    private ReportTemplates(Mustache template, Language language) {
        this.template = template;
        this.language = language;
    }

    /**
     * The template named {@code fr}, {@code fr-short} or {@code en}, or else the Mustache file at that path
     * (which sees the French values).
     *
     * @throws TemplateException when the name is neither built in nor a readable file, or the file is not valid
     *     Mustache; the message lists the built-in names
     */
    public static ReportTemplates named(String nameOrPath) {
        MustacheRenderer renderer = new MustacheRenderer(MarkdownEscaper::escape);
        String name = nameOrPath.trim();
        if (BUILT_IN.contains(name)) {
            return new ReportTemplates(renderer.classpath("/dev/vigie/incident/template/reports/" + name + ".mustache"),
                    name.equals("en") ? Language.EN : Language.FR);
        }
        Path file = Path.of(name);
        if (!Files.isRegularFile(file)) {
            throw new TemplateException("Template '" + nameOrPath + "' is neither a built-in template (fr, fr-short, en) "
                    + "nor a readable Mustache file. Set incident.template to one of those.", null);
        }
        return new ReportTemplates(renderer.file(file), Language.FR);
    }

    /** The file name of an incident's report: {@code <leak date>-gg-<id>-<detector>.md}, safe on every OS. */
    public static String fileName(Incident incident) {
        String detector = incident.detector().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return DAY.format(incident.date()) + "-gg-" + incident.id() + "-" + (detector.isEmpty() ? "secret" : detector)
                + ".md";
    }

    /** Renders the report of {@code incident}, created at {@code now}. */
    public String render(Incident incident, AlertProposal proposal, Instant now) {
        boolean fr = language == Language.FR;
        Map<String, Object> scope = new HashMap<>();
        scope.put("id", incident.id());
        scope.put("detector", incident.detectorDisplayName());
        scope.put("detectorName", incident.detector());
        scope.put("repository", incident.repository().map(RepositoryRef::path)
                .orElse(fr ? "dépôt inconnu" : "unknown repository"));
        scope.put("public", incident.publiclyVisible());
        scope.put("leakedAt", TIMESTAMP.format(incident.date()));
        scope.put("triggeredAt", TIMESTAMP.format(incident.triggeredAt().orElse(incident.date())));
        scope.put("createdOn", language.longDate(now.atZone(ZoneOffset.UTC).toLocalDate()));
        scope.put("detectedOn", language.longDate(
                incident.triggeredAt().orElse(incident.date()).atZone(ZoneOffset.UTC).toLocalDate()));
        scope.put("severity", incident.severity().apiName());
        scope.put("validity", incident.validity().apiName());
        scope.put("status", incident.status().name());
        scope.put("impact", impact(incident.severity(), fr));
        scope.put("alertLevel", fr ? proposal.level().frenchName() : proposal.level() == AlertLevel.RED
                ? "RED alert" : "ORANGE alert");
        scope.put("alertSla", fr ? proposal.level().frenchSla() : proposal.level().sla());
        scope.put("alertReason", proposal.reason());
        scope.put("gitguardianUrl", incident.gitguardianUrl()
                .filter(MarkdownEscaper::isPlainUrl)
                .orElse(""));
        scope.put("occurrenceCount", incident.occurrencesCount());
        scope.put("occurrences", occurrences(incident.occurrences()));
        return MustacheRenderer.render(template, scope);
    }

    private static List<Map<String, Object>> occurrences(List<Occurrence> occurrences) {
        return occurrences.stream().map(o -> Map.<String, Object>of(
                "file", o.filePath(),
                "line", o.line().isPresent() ? String.valueOf(o.line().getAsInt()) : "",
                "commit", o.commitSha().map(sha -> sha.length() > 12 ? sha.substring(0, 12) : sha).orElse(""),
                "date", o.date().map(TIMESTAMP::format).orElse(""))).toList();
    }

    private static String impact(Severity severity, boolean fr) {
        return switch (severity) {
            case CRITICAL -> fr ? "Critique" : "Critical";
            case HIGH -> fr ? "Haut" : "High";
            case MEDIUM -> fr ? "Moyen" : "Medium";
            case LOW, INFO -> fr ? "Bas" : "Low";
            case UNKNOWN -> fr ? "A compléter" : "To complete";
        };
    }
}
