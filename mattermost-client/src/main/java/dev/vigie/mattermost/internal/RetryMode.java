package dev.vigie.mattermost.internal;

/** Whether a call may be sent again after a failure (conventions 3.3). */
public enum RetryMode {
    /** Reads and get-or-create calls: retried on connection failures and on 408, 429, 500, 502, 503, 504. */
    SAFE,
    /**
     * {@code POST /posts} carrying a {@code pending_post_id}: retried like {@link #SAFE}, but only while the server's
     * 30-second dedupe window (minus a margin) still covers the first attempt.
     */
    DEDUPED,
    /** Other calls that change state: retried only when the request was never sent, or on 429. */
    UNSAFE
}
