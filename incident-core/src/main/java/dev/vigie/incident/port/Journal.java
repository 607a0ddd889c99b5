package dev.vigie.incident.port;

import java.util.List;

/**
 * The append-only record of Vigie's actions, so that a rerun (after a crash, or the next day) never acts twice.
 */
public interface Journal {

    /** Records an action durably before returning: once this returns, a crash cannot lose the entry. */
    void append(JournalEntry entry);

    /** Every entry, oldest first. */
    List<JournalEntry> entries();
}
