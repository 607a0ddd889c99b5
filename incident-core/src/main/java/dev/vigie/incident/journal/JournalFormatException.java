package dev.vigie.incident.journal;

/** A journal file that cannot be read back; the message has the file, the line and the cause. */
public class JournalFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public JournalFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
