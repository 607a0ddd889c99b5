package dev.vigie.incident;

import java.time.Duration;
import java.util.Optional;

/**
 * The procedure's two alert levels (PROCEDURE.md 2), with their definition, example and deadlines.
 */
public enum AlertLevel {
    /** Data is readable in clear on the web. */
    RED("Alerte rouge",
            "Data is readable in clear on the web.",
            "Des données sont lisibles en clair sur le web.",
            "The product's users' emails are reachable by anyone.",
            "Contact the team immediately; fix immediately; report within 24 hours.",
            "Contacter l'équipe immédiatement ; corriger immédiatement ; rapport sous 24 heures.",
            Duration.ZERO,
            Duration.ofHours(24)),
    /** Bad practices in the code could lead to a red alert. */
    ORANGE("Alerte orange",
            "Bad practices in the code could lead to a red alert.",
            "De mauvaises pratiques dans le code pourraient mener à une alerte rouge.",
            "Test environments open to the world: if that goes to production, big leak risk.",
            "Fix within 30 days.",
            "Corriger sous 30 jours.",
            Duration.ofDays(30),
            null);

    private final String frenchName;
    private final String definition;
    private final String frenchDefinition;
    private final String example;
    private final String sla;
    private final String frenchSla;
    private final Duration fixWithin;
    private final Duration reportWithin;

    AlertLevel(
            String frenchName,
            String definition,
            String frenchDefinition,
            String example,
            String sla,
            String frenchSla,
            Duration fixWithin,
            Duration reportWithin) {
        this.frenchName = frenchName;
        this.definition = definition;
        this.frenchDefinition = frenchDefinition;
        this.example = example;
        this.sla = sla;
        this.frenchSla = frenchSla;
        this.fixWithin = fixWithin;
        this.reportWithin = reportWithin;
    }

    /** {@code Alerte rouge} or {@code Alerte orange}. */
    public String frenchName() {
        return frenchName;
    }

    public String definition() {
        return definition;
    }

    public String frenchDefinition() {
        return frenchDefinition;
    }

    public String example() {
        return example;
    }

    /** The deadlines in words, English. */
    public String sla() {
        return sla;
    }

    /** The deadlines in words, French. */
    public String frenchSla() {
        return frenchSla;
    }

    /** How long the team has to fix: zero means immediately. */
    public Duration fixWithin() {
        return fixWithin;
    }

    /** How long until the incident report is due, when the level sets one (RED: 24 hours). */
    public Optional<Duration> reportWithin() {
        return Optional.ofNullable(reportWithin);
    }

    /** Whether the team must be contacted now, by phone and with an audio or video call (PROCEDURE.md 3.1, 4.1). */
    public boolean requiresCall() {
        return this == RED;
    }
}
