package dev.vigie.incident.template;

import dev.vigie.incident.Incident;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One incident as a line of a message: a link and what the reader needs to recognise it. The URL is inserted raw
 * only when it is a plain http(s) URL; anything else is escaped like outside text.
 *
 * @param url a GitGuardian dashboard link (security channel) or share link (team channel only)
 */
public record IncidentLink(long id, String detector, String date, String severity, String url) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    /** A link to {@code url} for {@code incident}. */
    public static IncidentLink of(Incident incident, String url) {
        return new IncidentLink(incident.id(), incident.detectorDisplayName(), DAY.format(incident.date()),
                incident.severity().apiName(), url);
    }

    /** A link to the incident's dashboard page (or its id when it has none): safe for any channel. */
    public static IncidentLink dashboard(Incident incident) {
        return of(incident, incident.gitguardianUrl().orElse("GitGuardian #" + incident.id()));
    }

    /** Whether {@link #url()} may be inserted raw into Markdown. */
    boolean plainUrl() {
        return MarkdownEscaper.isPlainUrl(url);
    }
}
