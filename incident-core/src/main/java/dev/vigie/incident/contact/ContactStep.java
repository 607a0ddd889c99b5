package dev.vigie.incident.contact;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One way to reach the team: the values the directory knows for it, and what is missing. */
@Value.Immutable
public interface ContactStep {

    ContactKind kind();

    /** Raw values to act on: phone numbers, emails, links, {@code team/channel}. */
    List<String> values();

    /**
     * Who or what each value belongs to, in the order of {@link #values()} ({@code Camille Exemple, dev}; {@code guess:
     * …} for an unverified address); an empty string when there is nothing to say.
     */
    List<String> labels();

    /** What the directory lacks for this step, and how to fill it. */
    Optional<String> missing();

    /** Whether there is at least one value to try. */
    default boolean available() {
        return !values().isEmpty();
    }

    /** {@code Phone: +33 1 00 00 00 00 (Camille Exemple, dev)}, or {@code Phone: missing: …}. */
    default String describe() {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < values().size(); i++) {
            String label = i < labels().size() ? labels().get(i) : "";
            parts.add(label.isEmpty() ? values().get(i) : values().get(i) + " (" + label + ")");
        }
        StringBuilder s = new StringBuilder(kind().label()).append(": ");
        if (parts.isEmpty()) {
            s.append("missing: ").append(missing().orElse("nothing known"));
        } else {
            s.append(String.join(", ", parts));
            missing().ifPresent(m -> s.append(" (also missing: ").append(m).append(')'));
        }
        return s.toString();
    }

    static Builder builder() {
        return new Builder();
    }

    final class Builder extends ImmutableContactStep.Builder {}
}
