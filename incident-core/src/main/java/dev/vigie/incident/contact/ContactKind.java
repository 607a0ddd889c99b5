package dev.vigie.incident.contact;

/** The ways to reach a team, in the order of PROCEDURE.md 3.2 with the phone of 3.1 first (RED only). */
public enum ContactKind {
    PHONE("Phone"),
    PRODUCT_PAGE("Product page"),
    EMAIL("Product email"),
    CHAT_CHANNEL("Team chat channel"),
    INCUBATOR("Incubator co-host or head"),
    LINKEDIN("LinkedIn"),
    TWITTER("Twitter"),
    OTHER("Other");

    private final String label;

    ContactKind(String label) {
        this.label = label;
    }

    /** Short English label, e.g. {@code Team chat channel}. */
    public String label() {
        return label;
    }
}
