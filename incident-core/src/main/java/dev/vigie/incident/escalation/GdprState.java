package dev.vigie.incident.escalation;

/**
 * Where the GDPR art. 33 clock stands at an instant. With {@code t} the time since awareness: {@code t < 0}
 * {@link #NOT_STARTED}; {@code 0 <= t < 24h} {@link #RUNNING}; {@code 24h <= t < 48h} {@link #REMINDER_24H_DUE};
 * {@code 48h <= t <= 72h} {@link #REMINDER_48H_DUE} (the deadline instant itself is still on time); {@code t > 72h}
 * {@link #OVERDUE}.
 */
public enum GdprState {
    /** Before the awareness instant (a clock set ahead, or a confirmation recorded for later). */
    NOT_STARTED,
    /** Less than 24 hours since awareness. */
    RUNNING,
    /** From 24 hours on: the first reminder is due. */
    REMINDER_24H_DUE,
    /** From 48 hours up to and including the 72-hour deadline: the second reminder is due. */
    REMINDER_48H_DUE,
    /** Strictly after the deadline: a notification now must give the reasons for the delay (art. 33(1)). */
    OVERDUE
}
