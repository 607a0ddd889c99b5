package dev.vigie.maven.check;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigie.incident.Incident;
import dev.vigie.incident.template.MarkdownEscaper;
import dev.vigie.incident.Occurrence;
import dev.vigie.incident.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the three reports of {@code incident:check} (conventions.md 2.9), before the build fails:
 *
 * <ul>
 *   <li>{@code incidents.json}: {@code repository}, {@code repositoryOrigin}, {@code source}, {@code checkedAt},
 *       {@code filters} ({@code statuses}, {@code failOnSeverity}, {@code allowlist}), {@code counted},
 *       {@code failed}, and {@code incidents[]} (every unresolved incident: {@code id}, {@code detector},
 *       {@code detectorName}, {@code severity}, {@code status}, {@code validity}, {@code date}, {@code triggeredAt},
 *       {@code publiclyVisible}, {@code proposedAlertLevel}, {@code alertReason}, {@code gitguardianUrl},
 *       {@code occurrencesCount}, {@code occurrences[]} ({@code file}, {@code line}, {@code commit}),
 *       {@code counted}, {@code note}, {@code allowlist} ({@code reason}, {@code expires})).</li>
 *   <li>{@code incidents.sarif}: SARIF 2.1.0, one result per counted incident, one rule per detector.</li>
 *   <li>{@code summary.md}: a Markdown table for a CI job summary, with the filters in force.</li>
 * </ul>
 *
 * <p>No report holds a secret, a share link, or a commit author's email.
 */
public final class CheckReports {

    public static final String JSON = "incidents.json";
    public static final String SARIF = "incidents.sarif";
    public static final String SUMMARY = "summary.md";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private CheckReports() {}

    /** Writes the three reports to {@code directory} (created if needed); returns their paths. */
    public static List<Path> write(CheckResult result, Path directory, String toolVersion) throws IOException {
        Files.createDirectories(directory);
        Path json = directory.resolve(JSON);
        Path sarif = directory.resolve(SARIF);
        Path summary = directory.resolve(SUMMARY);
        Files.writeString(json, MAPPER.writeValueAsString(json(result)) + "\n", StandardCharsets.UTF_8);
        Files.writeString(sarif, MAPPER.writeValueAsString(sarif(result, toolVersion)) + "\n", StandardCharsets.UTF_8);
        Files.writeString(summary, markdown(result), StandardCharsets.UTF_8);
        return List.of(json, sarif, summary);
    }

    static ObjectNode json(CheckResult result) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("repository", result.repository().path());
        root.put("repositoryOrigin", result.repositoryOrigin());
        root.put("source", result.source());
        root.put("checkedAt", result.checkedAt().toString());
        ObjectNode filters = root.putObject("filters");
        CheckResult.STATUSES.forEach(filters.putArray("statuses")::add);
        filters.put("failOnSeverity", result.threshold().apiName());
        if (result.allowlist().file().isPresent()) {
            filters.put("allowlist", result.allowlist().file().get().toString());
        } else {
            filters.putNull("allowlist");
        }
        root.put("counted", result.counted().size());
        root.put("failed", result.failed());
        ArrayNode incidents = root.putArray("incidents");
        for (Evaluated e : result.incidents()) {
            Incident i = e.incident();
            ObjectNode node = incidents.addObject();
            node.put("id", i.id());
            node.put("detector", i.detectorDisplayName());
            node.put("detectorName", i.detector());
            node.put("severity", i.severity().apiName());
            node.put("status", i.status().name());
            node.put("validity", i.validity().apiName());
            node.put("date", i.date().toString());
            i.triggeredAt().ifPresent(t -> node.put("triggeredAt", t.toString()));
            node.put("publiclyVisible", i.publiclyVisible());
            node.put("proposedAlertLevel", e.proposal().level().name());
            node.put("alertReason", e.proposal().reason());
            i.gitguardianUrl().ifPresent(u -> node.put("gitguardianUrl", u));
            node.put("occurrencesCount", i.occurrencesCount());
            ArrayNode occurrences = node.putArray("occurrences");
            for (Occurrence o : i.occurrences()) {
                ObjectNode occ = occurrences.addObject();
                occ.put("file", o.filePath());
                if (o.line().isPresent()) {
                    occ.put("line", o.line().getAsInt());
                }
                o.commitSha().ifPresent(s -> occ.put("commit", s));
            }
            node.put("counted", e.counted());
            e.note().ifPresent(n -> node.put("note", n));
            e.allowlistEntry().ifPresent(entry -> {
                ObjectNode allow = node.putObject("allowlist");
                allow.put("reason", entry.reason());
                entry.expires().ifPresent(d -> allow.put("expires", d.toString()));
            });
        }
        return root;
    }

    /** SARIF level from severity: critical/high → error, medium → warning, else note. */
    static String level(Severity severity) {
        return switch (severity) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            default -> "note";
        };
    }

    static ObjectNode sarif(CheckResult result, String toolVersion) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "vigie-incident");
        driver.put("fullName", "Vigie incident-maven-plugin (GitGuardian incidents)");
        driver.put("version", toolVersion);
        driver.put("informationUri", "https://docs.gitguardian.com/");
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        ArrayNode results = run.putArray("results");
        for (Evaluated e : result.counted()) {
            Incident i = e.incident();
            String ruleId = "gitguardian/" + i.detector();
            Integer index = ruleIndex.get(ruleId);
            if (index == null) {
                index = ruleIndex.size();
                ruleIndex.put(ruleId, index);
                ObjectNode rule = rules.addObject();
                rule.put("id", ruleId);
                rule.put("name", i.detector());
                rule.putObject("shortDescription").put("text", "Leaked secret: " + i.detectorDisplayName());
                rule.putObject("fullDescription").put("text", "GitGuardian detected a " + i.detectorDisplayName()
                        + " secret in this repository; the incident is unresolved. Revoke the secret, then resolve "
                        + "the incident in GitGuardian.");
                // The dashboard link of the detector's first (most severe) counted incident: each result's own link
                // is in its message and its properties.
                i.gitguardianUrl().ifPresent(u -> rule.put("helpUri", u));
                rule.putObject("help").put("text", "Revoke the secret, remove it from the code, and resolve the "
                        + "incident in GitGuardian (the link in each result).");
                rule.putObject("defaultConfiguration").put("level", level(i.severity()));
                ArrayNode tags = rule.putObject("properties").putArray("tags");
                tags.add("security");
                tags.add("secret");
            }
            ObjectNode r = results.addObject();
            r.put("ruleId", ruleId);
            r.put("ruleIndex", index);
            r.put("level", level(i.severity()));
            r.putObject("message").put("text", "GitGuardian incident " + i.id() + ": " + i.detectorDisplayName()
                    + " (severity " + i.severity().apiName() + ", " + i.status().name() + ", proposed "
                    + e.proposal().level().name() + " alert)" + i.gitguardianUrl().map(u -> ": " + u).orElse("")
                    + e.note().map(n -> " [" + n + "]").orElse(""));
            ArrayNode locations = r.putArray("locations");
            for (Occurrence o : i.occurrences()) {
                ObjectNode physical = locations.addObject().putObject("physicalLocation");
                physical.putObject("artifactLocation").put("uri", o.filePath());
                if (o.line().isPresent() && o.line().getAsInt() > 0) {
                    physical.putObject("region").put("startLine", o.line().getAsInt());
                }
            }
            if (locations.isEmpty()) {
                r.remove("locations");
            }
            r.putObject("partialFingerprints").put("gitguardianIncidentId/v1", String.valueOf(i.id()));
            ObjectNode props = r.putObject("properties");
            props.put("gitguardianIncidentId", i.id());
            props.put("severity", i.severity().apiName());
            props.put("status", i.status().name());
            props.put("proposedAlertLevel", e.proposal().level().name());
            props.put("occurrencesCount", i.occurrencesCount());
            i.gitguardianUrl().ifPresent(u -> props.put("gitguardianUrl", u));
        }
        return root;
    }

    static String markdown(CheckResult result) {
        StringBuilder md = new StringBuilder();
        md.append("## GitGuardian incidents: ").append(cell(result.repository().path())).append("\n\n");
        if (result.failed()) {
            md.append("**").append(cell(result.summaryLine())).append("**\n\n");
        } else {
            md.append("No unresolved incident counts: ").append(cell(result.summaryLine())).append(".\n\n");
        }
        md.append("Filters in force: statuses ").append(String.join(", ", CheckResult.STATUSES))
                .append(" · severity at or above `").append(result.threshold().apiName())
                .append("` · allowlist: ").append(cell(result.allowlist().describe()))
                .append(" · source: ").append(cell(result.source())).append(" · checked ")
                .append(result.checkedAt()).append("\n\n");
        table(md, result.counted(), "Counted");
        table(md, result.notCounted(), "Not counted");
        if (result.failed()) {
            md.append("Resolve (or ignore) each incident in GitGuardian after revoking the secret, or accept it in "
                    + "the allowlist (`incident.allowlist`) with a reason and an expiry date. `mvn incident:stub` "
                    + "writes a pre-filled incident report per incident.\n");
        }
        return md.toString();
    }

    private static void table(StringBuilder md, List<Evaluated> rows, String title) {
        if (rows.isEmpty()) {
            return;
        }
        md.append("### ").append(title).append(" (").append(rows.size()).append(")\n\n");
        md.append("| ID | Severity | Status | Proposed alert | Detector | Leaked | Files | Note | Link |\n");
        md.append("|---:|---|---|---|---|---|---|---|---|\n");
        for (Evaluated e : rows) {
            Incident i = e.incident();
            String files = i.occurrences().stream().map(o -> cell(o.filePath())
                    + (o.line().isPresent() ? ":" + o.line().getAsInt() : "")).distinct().limit(3)
                    .reduce((a, b) -> a + ", " + b).orElse(i.occurrencesCount() + " occurrence(s)");
            md.append("| ").append(i.id()).append(" | ").append(i.severity().apiName()).append(" | ")
                    .append(i.status().name()).append(" | ").append(e.proposal().level().name()).append(" | ")
                    .append(cell(i.detectorDisplayName())).append(" | ").append(DAY.format(i.date())).append(" | ")
                    .append(files).append(" | ").append(cell(e.note().orElse(""))).append(" | ")
                    .append(i.gitguardianUrl().filter(MarkdownEscaper::isPlainUrl).map(u -> "[dashboard](" + u + ")")
                            .orElse("")).append(" |\n");
        }
        md.append('\n');
    }

    /** Outside text in the summary: one line, no table break, no code span, link, image or HTML. */
    private static String cell(String text) {
        return MarkdownEscaper.escape(text);
    }
}
