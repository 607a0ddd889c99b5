package dev.vigie.incident.http;

import java.util.List;
import java.util.Optional;

/**
 * One page of a list call: its items and the opaque cursor of the next page (empty on the last page).
 *
 * @param <T> item type
 */
public record Page<T>(List<T> items, Optional<String> nextCursor) {

    public Page {
        items = List.copyOf(items);
    }

    /** Whether another page follows. */
    public boolean hasNext() {
        return nextCursor.isPresent();
    }
}
