package dev.vigie.incident.triage;

/**
 * The journal could not record an action that was just taken. Fatal for the run: going on without a journal could
 * make the next run act twice. Rerunning is safe (Vigie's markers in the chat cover the missing entry).
 */
public class JournalWriteException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    JournalWriteException(RuntimeException cause) {
        super("Could not write the journal after an action was taken: " + cause.getMessage()
                + ". Fix the journal file (incident.journal), then rerun: Vigie will recognise what was already "
                + "done from its markers in the chat.", cause);
    }
}
