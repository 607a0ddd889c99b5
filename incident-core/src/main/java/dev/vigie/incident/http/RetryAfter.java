package dev.vigie.incident.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads a server's wait hint: {@code Retry-After} as seconds or as an HTTP-date (RFC 1123), measured against the
 * response's own {@code Date} header rather than the local clock, so a skewed clock cannot turn it into zero or an
 * hour. Never throws: an unreadable hint is no hint.
 */
public final class RetryAfter {

    /** The shortest wait applied to a date-form hint that has already passed: servers' clocks drift. */
    static final Duration FLOOR = Duration.ofSeconds(1);

    private RetryAfter() {}

    /**
     * @param retryAfter the {@code Retry-After} header value, or {@code null}
     * @param dateHeader the response's {@code Date} header, or {@code null}
     * @param now the local time, used only when the response has no usable {@code Date}
     */
    public static Optional<Duration> parse(String retryAfter, String dateHeader, Instant now) {
        if (retryAfter == null || retryAfter.isBlank()) {
            return Optional.empty();
        }
        String value = retryAfter.trim();
        try {
            long seconds = Long.parseLong(value);
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException notSeconds) {
            // fall through to the date form
        }
        Optional<Instant> at = httpDate(value);
        if (at.isEmpty()) {
            return Optional.empty();
        }
        Instant reference = httpDate(dateHeader).orElse(now);
        Duration wait = Duration.between(reference, at.get());
        return Optional.of(wait.compareTo(FLOOR) < 0 ? FLOOR : wait);
    }

    /** Mattermost's {@code X-RateLimit-Reset}: seconds until the quota refills. */
    public static Optional<Duration> seconds(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            long seconds = Long.parseLong(value.trim());
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException notSeconds) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> httpDate(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.trim();
        // Servers get the weekday wrong (Mattermost's own documented example does): it adds nothing, drop it.
        int comma = text.indexOf(',');
        if (comma > 0 && comma <= 4) {
            text = text.substring(comma + 1).trim();
        }
        try {
            return Optional.of(ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }
}
