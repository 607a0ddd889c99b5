package dev.vigie.incident.port;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Vigie's own tag on a message it posts: what kind of message it is and which incidents it is about. Chats store it
 * next to the message (Mattermost: a post prop and a hashtag), so that a later run recognises its own posts even
 * when its journal is lost.
 */
@Value.Immutable
public interface Marker {

    /** What the message does. */
    enum Kind {
        LEAD_CLAIM,
        TEAM_NOTICE,
        SECURITY_LOG,
        REMINDER,
        REMINDER_LOG,
        ESCALATION;

        String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    Kind kind();

    /** The incidents the message is about, ascending. */
    @Value.NaturalOrder
    java.util.SortedSet<Long> incidentIds();

    /** The deadline the message announced, when it announces one: read back after a crash. */
    Optional<LocalDate> deadline();

    /** {@code team-notice:21460,21461@2026-12-03}: the form stored with the message. */
    default String encode() {
        return kind().code() + ":"
                + incidentIds().stream().map(String::valueOf).collect(Collectors.joining(","))
                + deadline().map(d -> "@" + d).orElse("");
    }

    /** The same marker announcing {@code deadline}. */
    default Marker withDeadline(LocalDate deadline) {
        return ImmutableMarker.builder().from(this).deadline(deadline).build();
    }

    /** Reads {@link #encode()}'s form back; empty for anything else (someone else's prop). Never throws. */
    static Optional<Marker> decode(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int colon = text.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String code = text.substring(0, colon).trim();
        for (Kind kind : Kind.values()) {
            if (kind.code().equals(code)) {
                List<Long> ids = new ArrayList<>();
                String rest = text.substring(colon + 1).trim();
                int at = rest.indexOf('@');
                Optional<LocalDate> deadline = Optional.empty();
                if (at >= 0) {
                    try {
                        deadline = Optional.of(LocalDate.parse(rest.substring(at + 1).trim()));
                    } catch (DateTimeParseException notADate) {
                        return Optional.empty();
                    }
                    rest = rest.substring(0, at);
                }
                String list = rest.trim();
                for (String part : list.isEmpty() ? new String[0] : list.split(",")) {
                    try {
                        ids.add(Long.parseLong(part.trim()));
                    } catch (NumberFormatException notAnId) {
                        return Optional.empty();
                    }
                }
                return Optional.of(ImmutableMarker.builder().kind(kind).addAllIncidentIds(ids).deadline(deadline)
                        .build());
            }
        }
        return Optional.empty();
    }

    static Marker of(Kind kind, Iterable<Long> incidentIds) {
        return ImmutableMarker.builder().kind(kind).addAllIncidentIds(incidentIds).build();
    }
}
