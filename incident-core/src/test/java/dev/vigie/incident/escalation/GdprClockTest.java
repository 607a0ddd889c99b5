package dev.vigie.incident.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigie.incident.directory.Contact;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class GdprClockTest {

    static final Instant AWARE = Instant.parse("2026-11-26T10:00:00Z");
    static final GdprClock CLOCK = GdprClock.startingAt(AWARE, Optional.empty());

    @ParameterizedTest(name = "{0} after awareness: {1}")
    @CsvSource({
        "-PT1S,       NOT_STARTED",
        "PT0S,        RUNNING",
        "PT23H59M59S, RUNNING",
        "PT24H,       REMINDER_24H_DUE",
        "PT47H59M59S, REMINDER_24H_DUE",
        "PT48H,       REMINDER_48H_DUE",
        "PT71H59M59S, REMINDER_48H_DUE",
        "PT72H,       REMINDER_48H_DUE",
        "PT72H0M1S,   OVERDUE",
        "PT200H,      OVERDUE",
    })
    void stateAroundEveryBoundary(Duration elapsed, GdprState expected) {
        assertThat(CLOCK.state(AWARE.plus(elapsed))).isEqualTo(expected);
    }

    @Test
    void deadlineAndRemindersCountWallClockHours() {
        assertThat(CLOCK.deadline()).isEqualTo(Instant.parse("2026-11-29T10:00:00Z")); // a Sunday: weekends count
        assertThat(CLOCK.firstReminderAt()).isEqualTo(Instant.parse("2026-11-27T10:00:00Z"));
        assertThat(CLOCK.secondReminderAt()).isEqualTo(Instant.parse("2026-11-28T10:00:00Z"));
    }

    @Test
    void remainingIsZeroAtTheDeadlineAndNegativeAfter() {
        assertThat(CLOCK.remaining(AWARE.plus(Duration.ofHours(24).minusSeconds(1))))
                .isEqualTo(Duration.ofHours(48).plusSeconds(1));
        assertThat(CLOCK.remaining(CLOCK.deadline())).isZero();
        assertThat(CLOCK.remaining(CLOCK.deadline().plusSeconds(1))).isEqualTo(Duration.ofSeconds(-1));
    }

    @Test
    void reportItemsFollowArticle33And3WithTheDpo() {
        GdprClock withDpo = GdprClock.startingAt(AWARE,
                Optional.of(Contact.builder().name("Dana Protection").email("dpo@example.org").build()));

        assertThat(withDpo.reportItems()).hasSize(4)
                .satisfiesExactly(
                        a -> assertThat(a).startsWith("(a) nature of the breach").contains("data subjects")
                                .contains("records"),
                        b -> assertThat(b).isEqualTo("(b) name and contact details of the DPO or other contact "
                                + "point: Dana Protection <dpo@example.org>"),
                        c -> assertThat(c).startsWith("(c) likely consequences"),
                        d -> assertThat(d).startsWith("(d) measures taken or proposed"));
        assertThat(CLOCK.reportItems().get(1)).endsWith("missing: add escalation.dpo: { name: …, email: … } to "
                + "teams.yaml");
        assertThat(CLOCK.reportItems(CLOCK.deadline())).hasSize(4);
        assertThat(CLOCK.reportItems(CLOCK.deadline().plusSeconds(1))).hasSize(5).last().asString()
                .startsWith("reasons for the delay");
    }

    @Test
    void describesWhereItStands() {
        assertThat(CLOCK.describe(AWARE.plus(Duration.ofHours(30)))).isEqualTo("GDPR art. 33 clock: aware at "
                + "2026-11-26T10:00:00Z, notify the CNIL by 2026-11-29T10:00:00Z; 42 h 00 min left; 24-hour reminder "
                + "due, next at 2026-11-28T10:00:00Z");
        assertThat(CLOCK.describe(AWARE.plus(Duration.ofHours(73).plusMinutes(5)))).endsWith("; OVERDUE by 1 h 05 "
                + "min: notify now and give the reasons for the delay");
    }
}
