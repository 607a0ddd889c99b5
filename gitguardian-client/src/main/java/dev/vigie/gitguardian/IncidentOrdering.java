package dev.vigie.gitguardian;

/** Server-side orderings of incident lists (there is none by severity: sort those on the client). */
public enum IncidentOrdering {
    DATE("date"),
    DATE_DESC("-date"),
    RESOLVED_AT("resolved_at"),
    RESOLVED_AT_DESC("-resolved_at"),
    IGNORED_AT("ignored_at"),
    IGNORED_AT_DESC("-ignored_at");

    private final String apiName;

    IncidentOrdering(String apiName) {
        this.apiName = apiName;
    }

    /** The {@code ordering} value, e.g. {@code -date}. */
    public String apiName() {
        return apiName;
    }
}
