package dev.vigie.incident.http;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy {@link Iterable} over every item of a paged list: the first page is requested when iteration starts, the
 * next one only when the previous page's items are used up, and never more than one page is held. Each
 * {@link #iterator()} starts again from the first page.
 *
 * @param <T> item type
 */
public final class AutoPager<T> implements Iterable<T> {

    private final Function<Optional<String>, Page<T>> fetch;
    private final int maxPages;
    private final String what;

    /**
     * @param what what is listed, for the page-limit message ({@code "incidents"})
     * @param fetch fetches the page at a cursor (empty: the first page); its exceptions pass through unchanged
     * @param maxPages the most pages one iteration may request
     */
    public AutoPager(String what, Function<Optional<String>, Page<T>> fetch, int maxPages) {
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be at least 1, was " + maxPages);
        }
        this.what = what;
        this.fetch = fetch;
        this.maxPages = maxPages;
    }

    @Override
    public Iterator<T> iterator() {
        return new PagingIterator();
    }

    /** The items as a sequential, lazy stream. */
    public Stream<T> stream() {
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    private final class PagingIterator implements Iterator<T> {
        private Iterator<T> current = null;
        private Optional<String> next = Optional.empty();
        private int pages = 0;

        @Override
        public boolean hasNext() {
            while (current == null || !current.hasNext()) {
                if (current != null && next.isEmpty()) {
                    return false;
                }
                if (pages >= maxPages) {
                    throw new PageLimitExceededException(what, maxPages);
                }
                Page<T> page = fetch.apply(next);
                pages++;
                current = page.items().iterator();
                next = page.nextCursor();
            }
            return true;
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }
    }
}
