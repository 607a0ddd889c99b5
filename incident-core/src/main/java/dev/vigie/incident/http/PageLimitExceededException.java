package dev.vigie.incident.http;

/**
 * An auto-pager reached its page cap while the server still announced more: the result would be incomplete, so
 * the iteration stops loudly rather than return a partial list.
 */
public class PageLimitExceededException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public PageLimitExceededException(String what, int maxPages) {
        super("Stopped after " + maxPages + " pages of " + what + " while the server announced more: the list "
                + "would be incomplete. Narrow the query, or raise the page limit (maxPages).");
    }
}
