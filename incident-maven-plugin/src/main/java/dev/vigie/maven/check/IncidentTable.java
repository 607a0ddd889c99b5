package dev.vigie.maven.check;

import dev.vigie.incident.Incident;
import dev.vigie.incident.text.TextTable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The compact table {@code incident:check} logs: id, severity, status, proposed alert level, detector, leak date,
 * dashboard link (never a share link).
 */
public final class IncidentTable {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private IncidentTable() {}

    /** Header, rule, then one line per incident, indented under the summary line. */
    public static List<String> lines(List<Evaluated> rows) {
        List<String[]> cells = new ArrayList<>();
        for (Evaluated e : rows) {
            Incident i = e.incident();
            cells.add(new String[] {String.valueOf(i.id()), i.severity().apiName(), i.status().name(),
                e.proposal().level().name(), truncate(i.detectorDisplayName(), 28), DAY.format(i.date()),
                i.gitguardianUrl().orElse("-") + e.note().map(n -> "  (" + n + ")").orElse("")});
        }
        return TextTable.render(new String[] {"ID", "SEVERITY", "STATUS", "ALERT", "DETECTOR", "DATE", "LINK"}, cells)
                .stream().map(line -> "  " + line).toList();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
