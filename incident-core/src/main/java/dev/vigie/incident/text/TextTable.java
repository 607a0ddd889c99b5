package dev.vigie.incident.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for a terminal or a build log: left-aligned columns separated by two spaces, a dashed line under
 * the header; cells of every column but the last are cut at 60 characters. Never escapes: callers pass display text.
 */
public final class TextTable {

    private static final int MAX_CELL = 60;

    private TextTable() {}

    /** The header, its dashed rule, then one line per row; every row has the header's number of cells. */
    public static List<String> render(String[] header, List<String[]> rows) {
        int[] widths = new int[header.length];
        for (int c = 0; c < header.length; c++) {
            widths[c] = header[c].length();
            for (String[] row : rows) {
                widths[c] = Math.max(widths[c], Math.min(row[c].length(), MAX_CELL));
            }
        }
        String[] rule = new String[header.length];
        for (int c = 0; c < header.length; c++) {
            rule[c] = "-".repeat(widths[c]);
        }
        List<String> lines = new ArrayList<>(rows.size() + 2);
        lines.add(line(header, widths));
        lines.add(line(rule, widths));
        rows.forEach(r -> lines.add(line(r, widths)));
        return lines;
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder s = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            boolean last = c == cells.length - 1;
            String cell = !last && cells[c].length() > MAX_CELL ? cells[c].substring(0, MAX_CELL - 1) + "…" : cells[c];
            s.append(last ? cell : cell + " ".repeat(widths[c] - cell.length() + 2));
        }
        return s.toString().stripTrailing();
    }
}
