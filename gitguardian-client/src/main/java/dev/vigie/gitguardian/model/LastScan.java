package dev.vigie.gitguardian.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** The last scan of a source. */
@Value.Immutable
@JsonSerialize(as = ImmutableLastScan.class)
@JsonDeserialize(as = ImmutableLastScan.class)
public interface LastScan {

    Optional<Instant> date();

    /** Scan status string (e.g. {@code finished}); kept as text since the list grows. */
    Optional<String> status();

    Optional<String> failingReason();

    Optional<Integer> commitsScanned();

    /** Seconds, as the API sends them: a string ({@code "2.398961"}). */
    Optional<String> duration();

    Optional<Integer> branchesScanned();

    Optional<Integer> progress();
}
