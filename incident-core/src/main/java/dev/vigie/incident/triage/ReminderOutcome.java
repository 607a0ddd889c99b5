package dev.vigie.incident.triage;

/** What a follow-up run did about one team message. */
public enum ReminderOutcome {
    /** The deadline has not passed yet. */
    NOT_DUE,
    /** Every incident was resolved or answered through the form: nothing to chase. */
    NOTHING_PENDING,
    /** This deadline was already followed up (journal): never twice. */
    ALREADY_REMINDED,
    /** Dry run: a real run would remind. */
    PLANNED,
    /** The team was reminded in its thread and the security channel told (RED: escalated). */
    REMINDED
}
