package dev.vigie.incident.triage;

import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;

/** The outcome of a follow-up run: one line per team message Vigie posted earlier. */
@Value.Immutable
public interface FollowUpResult {

    boolean dryRun();

    Instant startedAt();

    List<ReminderResult> reminders();

    List<String> warnings();

    static Builder builder() {
        return new Builder();
    }

    final class Builder extends ImmutableFollowUpResult.Builder {}
}
