package dev.vigie.incident.escalation;

import dev.vigie.incident.directory.Contact;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The GDPR art. 33 clock (PROCEDURE.md 5.2, incident-practice.md 2): the controller has 72 wall-clock hours
 * (weekends included) from awareness, here the confirmation of RED with personal data, to notify the supervisory
 * authority (the CNIL); Vigie reminds at 24 and 48 hours. Boundaries are in {@link GdprState}.
 */
@Value.Immutable
public interface GdprClock {

    Duration DEADLINE = Duration.ofHours(72);
    Duration FIRST_REMINDER = Duration.ofHours(24);
    Duration SECOND_REMINDER = Duration.ofHours(48);

    /** When the controller became aware: RED confirmed with personal data. */
    Instant awareAt();

    /** The DPO correspondent, for art. 33(3)(b). */
    Optional<Contact> dpo();

    /** {@code awareAt + 72h}: still on time at this very instant, overdue after it. */
    default Instant deadline() {
        return awareAt().plus(DEADLINE);
    }

    default Instant firstReminderAt() {
        return awareAt().plus(FIRST_REMINDER);
    }

    default Instant secondReminderAt() {
        return awareAt().plus(SECOND_REMINDER);
    }

    default GdprState state(Instant now) {
        if (now.isBefore(awareAt())) {
            return GdprState.NOT_STARTED;
        }
        if (now.isBefore(firstReminderAt())) {
            return GdprState.RUNNING;
        }
        if (now.isBefore(secondReminderAt())) {
            return GdprState.REMINDER_24H_DUE;
        }
        if (!now.isAfter(deadline())) {
            return GdprState.REMINDER_48H_DUE;
        }
        return GdprState.OVERDUE;
    }

    /** Time left until the deadline: zero at the deadline, negative once overdue (by how much). */
    default Duration remaining(Instant now) {
        return Duration.between(now, deadline());
    }

    /**
     * What the notification, and so the incident report, must hold (GDPR art. 33(3), PROCEDURE.md 5.2), the DPO
     * contact filled in when the directory has it.
     */
    default List<String> reportItems() {
        List<String> items = new ArrayList<>();
        items.add("(a) nature of the breach: categories and approximate number of data subjects concerned, "
                + "categories and approximate number of personal data records concerned");
        items.add("(b) name and contact details of the DPO or other contact point: " + dpo().map(Contact::describe)
                .orElse("missing: add escalation.dpo: { name: …, email: … } to teams.yaml"));
        items.add("(c) likely consequences of the breach");
        items.add("(d) measures taken or proposed to address the breach, including measures to mitigate its "
                + "possible adverse effects");
        return items;
    }

    /** {@link #reportItems()}, plus the reasons for the delay (art. 33(1)) once overdue at {@code now}. */
    default List<String> reportItems(Instant now) {
        List<String> items = new ArrayList<>(reportItems());
        if (state(now) == GdprState.OVERDUE) {
            items.add("reasons for the delay: the notification comes after the 72-hour deadline of " + deadline()
                    + " (art. 33(1))");
        }
        return items;
    }

    /** One English line on where the clock stands at {@code now}. */
    default String describe(Instant now) {
        String head = "GDPR art. 33 clock: aware at " + awareAt() + ", notify the CNIL by " + deadline();
        switch (state(now)) {
            case NOT_STARTED:
                return head + "; not started yet";
            case RUNNING:
                return head + "; " + hours(remaining(now)) + " left; first reminder at " + firstReminderAt();
            case REMINDER_24H_DUE:
                return head + "; " + hours(remaining(now)) + " left; 24-hour reminder due, next at "
                        + secondReminderAt();
            case REMINDER_48H_DUE:
                return head + "; " + hours(remaining(now)) + " left; 48-hour reminder due";
            default:
                return head + "; OVERDUE by " + hours(remaining(now).negated())
                        + ": notify now and give the reasons for the delay";
        }
    }

    private static String hours(Duration d) {
        long minutes = d.toMinutes();
        return minutes / 60 + " h " + String.format(java.util.Locale.ROOT, "%02d", minutes % 60) + " min";
    }

    static GdprClock startingAt(Instant awareAt, Optional<Contact> dpo) {
        return builder().awareAt(awareAt).dpo(dpo).build();
    }

    static Builder builder() {
        return new Builder();
    }

    final class Builder extends ImmutableGdprClock.Builder {}
}
