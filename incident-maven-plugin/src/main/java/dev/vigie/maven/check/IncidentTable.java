package dev.vigie.maven.check;

import dev.vigie.incident.Incident;
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

    /** Header then one line per incident, columns padded to their widest cell. */
    public static List<String> lines(List<Evaluated> rows) {
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"ID", "SEVERITY", "STATUS", "ALERT", "DETECTOR", "DATE", "LINK"});
        for (Evaluated e : rows) {
            Incident i = e.incident();
            cells.add(new String[] {String.valueOf(i.id()), i.severity().apiName(), i.status().name(),
                e.proposal().level().name(), truncate(i.detectorDisplayName(), 28), DAY.format(i.date()),
                i.gitguardianUrl().orElse("-") + e.note().map(n -> "  (" + n + ")").orElse("")});
        }
        int[] width = new int[7];
        for (String[] row : cells) {
            for (int c = 0; c < row.length; c++) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (String[] row : cells) {
            StringBuilder line = new StringBuilder("  ");
            for (int c = 0; c < row.length; c++) {
                line.append(c == row.length - 1 ? row[c] : pad(row[c], width[c] + 2));
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
