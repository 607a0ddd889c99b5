package dev.vigie.incident.triage;

import static dev.vigie.incident.TestIncidents.incident;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.incident.Incident;
import dev.vigie.incident.IncidentStatus;
import dev.vigie.incident.Severity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TriagePolicyTest {

    private final List<Incident> backlog = List.of(
            incident(1, Severity.LOW, "2026-06-01T10:00:00Z").build(),
            incident(2, Severity.CRITICAL, "2020-01-01T10:00:00Z").build(),
            incident(3, Severity.UNKNOWN, "2026-11-01T10:00:00Z").build(),
            incident(4, Severity.HIGH, "2026-03-01T10:00:00Z").build(),
            incident(5, Severity.HIGH, "2026-05-01T10:00:00Z").build(),
            incident(6, Severity.CRITICAL, "2026-02-01T10:00:00Z").status(IncidentStatus.ASSIGNED).build(),
            incident(7, Severity.INFO, "2026-10-01T10:00:00Z").build(),
            incident(8, Severity.MEDIUM, "2026-04-01T10:00:00Z").status(IncidentStatus.RESOLVED).build(),
            incident(9, Severity.parse("apocalyptic"), "2026-11-02T10:00:00Z").build(),
            // same severity and leak date as 5: trigger date breaks the tie, then id
            incident(10, Severity.HIGH, "2026-05-01T10:00:00Z")
                    .triggeredAt(Instant.parse("2026-05-03T00:00:00Z")).build(),
            incident(11, Severity.HIGH, "2026-05-01T10:00:00Z").build());

    @Test
    void triggeredOnlyThenSeverityThenMostRecent() {
        List<Long> order = TriagePolicy.procedure().backlog(backlog).stream().map(Incident::id).toList();
        assertThat(order).containsExactly(2L, 10L, 11L, 5L, 4L, 1L, 7L, 9L, 3L);
    }

    @Test
    void orderIsTheSameWhateverTheInputOrder() {
        List<Incident> shuffled = new ArrayList<>(backlog);
        List<Long> expected = TriagePolicy.procedure().backlog(backlog).stream().map(Incident::id).toList();
        for (int seed = 0; seed < 20; seed++) {
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(TriagePolicy.procedure().backlog(shuffled).stream().map(Incident::id).toList())
                    .isEqualTo(expected);
        }
    }

    @Test
    void configurableStatusesAndMinimumSeverity() {
        TriagePolicy policy = TriagePolicy.builder()
                .statuses(Set.of(IncidentStatus.TRIGGERED, IncidentStatus.ASSIGNED))
                .minimumSeverity(Severity.HIGH)
                .build();
        assertThat(policy.backlog(backlog).stream().map(Incident::id).toList())
                .containsExactly(6L, 2L, 10L, 11L, 5L, 4L);
    }
}
