package dev.vigie.incident.triage;

import dev.vigie.incident.Incident;
import org.immutables.value.Value;

/** One incident of a triage or follow-up result, with the level Vigie proposes. Holds no share link. */
@Value.Immutable
public interface IncidentLine {

    Incident incident();

    AlertProposal proposal();

    /** Why the incident is not worked, when it is not ({@code already told in ~domaine-secu on …}). */
    java.util.Optional<String> skippedBecause();

    static IncidentLine of(Incident incident, AlertProposal proposal) {
        return ImmutableIncidentLine.builder().incident(incident).proposal(proposal).build();
    }

    default IncidentLine skipped(String reason) {
        return ImmutableIncidentLine.builder().from(this).skippedBecause(reason).build();
    }
}
