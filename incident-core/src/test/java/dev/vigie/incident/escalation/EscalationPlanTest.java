package dev.vigie.incident.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.incident.AlertLevel;
import dev.vigie.incident.directory.Contact;
import dev.vigie.incident.directory.Escalation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EscalationPlanTest {

    static final Instant CONFIRMED = Instant.parse("2026-11-26T10:00:00Z");
    static final Contact LEAD = Contact.builder().name("Rémi Sécurité").email("rssi@example.org")
            .phone("+33 1 00 00 00 01").build();
    static final Contact DPO = Contact.builder().name("Dana Protection").email("dpo@example.org").build();
    static final Escalation BOTH = Escalation.builder().securityLead(LEAD).dpo(DPO).build();

    private static Clock at(Instant now) {
        return Clock.fixed(now, ZoneOffset.UTC);
    }

    @Test
    void confirmedRedWithPersonalDataWarnsBothAndStartsTheClock() {
        Instant now = CONFIRMED.plus(Duration.ofHours(25));

        EscalationPlan plan = EscalationPlan.forIncident(AlertLevel.RED, BOTH, Optional.of(CONFIRMED), true, at(now));

        assertThat(plan.escalate()).isTrue();
        assertThat(plan.toWarn()).containsExactly(LEAD, DPO);
        assertThat(plan.missing()).isEmpty();
        GdprClock clock = plan.gdprClock().orElseThrow();
        assertThat(clock.awareAt()).isEqualTo(CONFIRMED);
        assertThat(clock.deadline()).isEqualTo(CONFIRMED.plus(Duration.ofHours(72)));
        assertThat(clock.state(plan.computedAt())).isEqualTo(GdprState.REMINDER_24H_DUE);
        assertThat(clock.dpo()).hasValue(DPO);
        assertThat(plan.reportDue()).hasValue(CONFIRMED.plus(Duration.ofHours(24)));
        assertThat(plan.fixBy()).isEqualTo(CONFIRMED);
        assertThat(plan.lines()).contains(
                "RED confirmed at 2026-11-26T10:00:00Z: warn the security lead and the DPO correspondent now.",
                "Security lead: Rémi Sécurité <rssi@example.org>, +33 1 00 00 00 01",
                "DPO correspondent: Dana Protection <dpo@example.org>",
                "Incident report due by 2026-11-27T10:00:00Z.",
                "The report must hold (GDPR art. 33(3)):");
    }

    @Test
    void confirmedRedWithoutPersonalDataHasNoClock() {
        EscalationPlan plan = EscalationPlan.forIncident(AlertLevel.RED, BOTH, Optional.of(CONFIRMED), false,
                at(CONFIRMED));

        assertThat(plan.escalate()).isTrue();
        assertThat(plan.gdprClock()).isEmpty();
        assertThat(plan.toWarn()).hasSize(2);
    }

    @Test
    void missingContactsAreCalledOut() {
        EscalationPlan plan = EscalationPlan.forIncident(AlertLevel.RED, Escalation.builder().dpo(DPO).build(),
                Optional.of(CONFIRMED), true, at(CONFIRMED));

        assertThat(plan.toWarn()).containsExactly(DPO);
        assertThat(plan.missing()).containsExactly("no security lead in the directory: add escalation.securityLead: "
                + "{ name: …, email: … } to teams.yaml");
        assertThat(plan.lines()).contains("Security lead: missing");
        EscalationPlan none = EscalationPlan.forIncident(AlertLevel.RED, Escalation.empty(), Optional.of(CONFIRMED),
                true, at(CONFIRMED));
        assertThat(none.missing()).hasSize(2);
        assertThat(none.gdprClock().orElseThrow().reportItems().get(1)).contains("missing");
    }

    @Test
    void aRedNotYetConfirmedDoesNotEscalate() {
        EscalationPlan plan = EscalationPlan.forIncident(AlertLevel.RED, BOTH, Optional.empty(), true,
                at(CONFIRMED));

        assertThat(plan.escalate()).isFalse();
        assertThat(plan.toWarn()).isEmpty();
        assertThat(plan.gdprClock()).isEmpty();
        assertThat(plan.missing()).isEmpty();
        assertThat(plan.lines()).singleElement().asString().startsWith("RED is only proposed")
                .endsWith("and the 72-hour GDPR clock starts.");
    }

    @Test
    void orangeNeverEscalatesAndIsFixedWithin30Days() {
        Instant decided = Instant.parse("2026-11-01T08:00:00Z");

        EscalationPlan plan = EscalationPlan.forIncident(AlertLevel.ORANGE, BOTH, Optional.of(decided), false,
                at(CONFIRMED));

        assertThat(plan.escalate()).isFalse();
        assertThat(plan.toWarn()).isEmpty();
        assertThat(plan.gdprClock()).isEmpty();
        assertThat(plan.reportDue()).isEmpty();
        assertThat(plan.fixBy()).isEqualTo(Instant.parse("2026-12-01T08:00:00Z"));
        assertThat(plan.fixRemaining(CONFIRMED)).isEqualTo(Duration.between(CONFIRMED, plan.fixBy()));
        assertThat(plan.lines()).containsExactly(
                "ORANGE: no escalation; the team fixes within 30 days, by 2026-12-01T08:00:00Z.");
    }

    @Test
    void orangeWithoutConfirmationCountsFromTheClock() {
        EscalationPlan plan = EscalationPlan.forIncident(AlertLevel.ORANGE, BOTH, Optional.empty(), true,
                at(CONFIRMED));

        assertThat(plan.fixBy()).isEqualTo(CONFIRMED.plus(Duration.ofDays(30)));
        assertThat(plan.lines()).hasSize(2).last().asString().startsWith("Personal data is flagged on an ORANGE");
    }

    @Test
    void overdueIsSaidInTheLines() {
        EscalationPlan plan = EscalationPlan.forIncident(AlertLevel.RED, BOTH, Optional.of(CONFIRMED), true,
                at(CONFIRMED.plus(Duration.ofHours(72)).plusSeconds(1)));

        assertThat(plan.gdprClock().orElseThrow().state(plan.computedAt())).isEqualTo(GdprState.OVERDUE);
        assertThat(plan.lines()).anyMatch(l -> l.contains("OVERDUE by 0 h 00 min"))
                .anyMatch(l -> l.startsWith("- reasons for the delay"));
    }
}
