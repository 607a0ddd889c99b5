package dev.vigie.incident.escalation;

import dev.vigie.incident.AlertLevel;
import dev.vigie.incident.directory.Contact;
import dev.vigie.incident.directory.Escalation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who to warn at the top and by when (PROCEDURE.md 5, 2): for a RED confirmed after diagnosis, the security lead and
 * the DPO correspondent from the directory (missing ones called out), the 24-hour report, and when personal data is
 * involved the {@link GdprClock}. A RED not yet confirmed is a proposal: nothing escalates yet. ORANGE never
 * escalates: fix within 30 days. Computed from the injected clock only.
 */
@Value.Immutable
public interface EscalationPlan {

    AlertLevel level();

    /** When a person confirmed the level after diagnosis; for RED, the awareness instant of the GDPR clock. */
    Optional<Instant> confirmedAt();

    boolean personalDataInvolved();

    /** The directory's escalation contacts. */
    Escalation contacts();

    /** The injected clock's instant when the plan was computed. */
    Instant computedAt();

    /** Whether the security lead and the DPO must be warned now: RED confirmed after diagnosis. */
    default boolean escalate() {
        return level() == AlertLevel.RED && confirmedAt().isPresent();
    }

    /** The people to warn, security lead then DPO, those the directory knows; empty when nothing escalates. */
    default List<Contact> toWarn() {
        List<Contact> people = new ArrayList<>();
        if (escalate()) {
            contacts().securityLead().ifPresent(people::add);
            contacts().dpo().ifPresent(people::add);
        }
        return people;
    }

    /** The 72-hour clock: RED confirmed with personal data only. */
    default Optional<GdprClock> gdprClock() {
        if (!escalate() || !personalDataInvolved()) {
            return Optional.empty();
        }
        return Optional.of(GdprClock.startingAt(confirmedAt().orElseThrow(), contacts().dpo()));
    }

    /**
     * The fix deadline: RED immediately (the confirmation instant, else now); ORANGE 30 days
     * ({@link AlertLevel#fixWithin()}) from the confirmation when given, else from now. Pass the confirmation
     * instant so the deadline does not move between runs.
     */
    default Instant fixBy() {
        return confirmedAt().orElse(computedAt()).plus(level().fixWithin());
    }

    /** RED: the incident report is due 24 hours after confirmation (2.1). */
    default Optional<Instant> reportDue() {
        return level().reportWithin().flatMap(d -> confirmedAt().map(at -> at.plus(d)));
    }

    /** What the directory lacks to escalate: the security lead and the DPO, for an escalating RED. */
    default List<String> missing() {
        List<String> gaps = new ArrayList<>();
        if (escalate()) {
            if (contacts().securityLead().isEmpty()) {
                gaps.add("no security lead in the directory: add escalation.securityLead: { name: …, email: … } "
                        + "to teams.yaml");
            }
            if (contacts().dpo().isEmpty()) {
                gaps.add("no DPO correspondent in the directory: add escalation.dpo: { name: …, email: … } to "
                        + "teams.yaml");
            }
        }
        return gaps;
    }

    /** The ordered actions in English, as of {@link #computedAt()}. */
    default List<String> lines() {
        List<String> lines = new ArrayList<>();
        if (level() == AlertLevel.ORANGE) {
            lines.add("ORANGE: no escalation; the team fixes within " + level().fixWithin().toDays()
                    + " days, by " + fixBy() + ".");
            if (personalDataInvolved()) {
                lines.add("Personal data is flagged on an ORANGE alert: if data is readable in clear on the web, "
                        + "this is RED; reclassify it.");
            }
            return lines;
        }
        if (!escalate()) {
            lines.add("RED is only proposed: after diagnosis with the team, a person confirms it; then the security "
                    + "lead and the DPO correspondent are warned (PROCEDURE.md 5.1)"
                    + (personalDataInvolved() ? " and the 72-hour GDPR clock starts." : "."));
            return lines;
        }
        lines.add("RED confirmed at " + confirmedAt().orElseThrow() + ": warn the security lead and the DPO "
                + "correspondent now.");
        lines.add("Security lead: " + contacts().securityLead().map(Contact::describe).orElse("missing"));
        lines.add("DPO correspondent: " + contacts().dpo().map(Contact::describe).orElse("missing"));
        reportDue().ifPresent(due -> lines.add("Incident report due by " + due + "."));
        Optional<GdprClock> clock = gdprClock();
        if (clock.isPresent()) {
            lines.add(clock.get().describe(computedAt()));
            lines.add("The report must hold (GDPR art. 33(3)):");
            clock.get().reportItems(computedAt()).forEach(item -> lines.add("- " + item));
        } else {
            lines.add("No personal data involved: no GDPR clock. If personal data turns out to be involved, confirm "
                    + "again with it: the 72 hours run from then.");
        }
        missing().forEach(m -> lines.add("Missing: " + m));
        return lines;
    }

    /**
     * Computes the plan at {@code clock.instant()}.
     *
     * @param redConfirmedAt when a person confirmed the level after diagnosis (for RED: awareness, the GDPR clock's
     *     start; empty while RED is only proposed). For ORANGE it anchors the 30 days when given.
     */
    static EscalationPlan forIncident(AlertLevel level, Escalation contacts, Optional<Instant> redConfirmedAt,
            boolean personalDataInvolved, Clock clock) {
        return builder()
                .level(level)
                .contacts(contacts)
                .confirmedAt(redConfirmedAt)
                .personalDataInvolved(personalDataInvolved)
                .computedAt(clock.instant())
                .build();
    }

    /** Time left to fix, at {@code now}: negative once late. */
    default Duration fixRemaining(Instant now) {
        return Duration.between(now, fixBy());
    }

    static Builder builder() {
        return new Builder();
    }

    final class Builder extends ImmutableEscalationPlan.Builder {}
}
