/**
 * Transport-neutral pieces both API clients share: the retry policy and its backoff, {@code Retry-After} parsing,
 * {@code Link}-header paging and the lazy auto-pager, the https-unless-loopback rule and secret redaction. No OkHttp
 * types here: each client applies them in its own call loop.
 */
@NullMarked
@VigieStyle
package dev.vigie.incident.http;

import dev.vigie.incident.VigieStyle;
import org.jspecify.annotations.NullMarked;
