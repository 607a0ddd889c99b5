package dev.vigie.incident.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResultTableTest {

    @Test
    void dryRunPlanIsAReadableTableInTheProcedureOrderWithoutShareLinks() {
        BacklogTriageTest world = new BacklogTriageTest();
        world.setUp(BacklogTriageTest.backlog());
        List<String> lines = ResultTable.triage(world.run(TriageOptions.builder().chatTeam("incubateur").build()));

        assertThat(lines.get(0)).matches("#\\s+incident\\s+severity\\s+level\\s+repository\\s+team\\s+action");
        assertThat(lines.get(2)).matches("1\\s+102\\s+critical\\s+ORANGE\\s+betagouv/aidants-connect\\s+Aidants Connect"
                + "\\s+share \\+ notify team");
        assertThat(lines.get(3)).contains("101", "high", "betagouv/ma-cantine", "Ma Cantine");
        assertThat(lines.get(4)).contains("103", "medium");
        assertThat(lines.get(5)).contains("104", "someorg/orphan", "unmapped: contact plan");
        assertThat(lines).anyMatch(l -> l.startsWith("3. someorg/orphan: UNMAPPED."))
                .anyMatch(l -> l.startsWith("   contact: "))
                .anyMatch(l -> l.contains("2. betagouv/ma-cantine -> ~startups/ma-cantine: PLANNED."));
        assertThat(lines.get(lines.size() - 1)).startsWith("Dry run: nothing was changed. 2 team(s) to notify out of "
                + "3 repositories, 4 incident(s) in the backlog.");
        assertThat(String.join("\n", lines)).doesNotContain("/share/");
    }
}
