package dev.vigie.incident;

import java.time.Instant;

/** Builders of realistic incidents for tests. */
public final class TestIncidents {

    private TestIncidents() {}

    public static Incident.Builder incident(long id, Severity severity, String date) {
        return Incident.builder()
                .id(id)
                .detector("aws_iam")
                .detectorDisplayName("AWS Keys")
                .date(Instant.parse(date))
                .status(IncidentStatus.TRIGGERED)
                .severity(severity)
                .gitguardianUrl("https://dashboard.gitguardian.com/workspace/8/incidents/" + id);
    }
}
