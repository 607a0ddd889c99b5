package dev.vigie.incident.triage;

/** A triage or follow-up run cannot start as configured; the message says which setting to fix. */
public class TriageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TriageException(String message) {
        super(message);
    }
}
