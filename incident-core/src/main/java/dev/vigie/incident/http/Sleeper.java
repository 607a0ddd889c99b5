package dev.vigie.incident.http;

import java.time.Duration;

/** Waits between retries. Tests inject one that records the delays instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

    /** The real one: {@link Thread#sleep}, restoring the interrupt flag and throwing when interrupted. */
    Sleeper SYSTEM = duration -> {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to retry", e);
        }
    };

    void sleep(Duration duration);
}
