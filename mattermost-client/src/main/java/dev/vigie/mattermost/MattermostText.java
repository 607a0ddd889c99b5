package dev.vigie.mattermost;

import dev.vigie.incident.text.ChatEscaper;
import dev.vigie.mattermost.errors.MessageTooLongException;
import java.util.ArrayList;
import java.util.List;

/**
 * Message text rules: the server's length limit, counted in code points (runes) as the server does, and escaping of
 * untrusted text (repository names, commit messages, detector names) against mention, link and Markdown injection,
 * delegated to incident-core's {@link ChatEscaper} so every chat escapes the same way.
 */
public final class MattermostText {

    /** {@code PostMessageMaxRunesV2}: the longest message, in code points, current servers accept. */
    public static final int MAX_MESSAGE_CODE_POINTS = 16_383;

    private MattermostText() {}

    /** The length the server counts: code points, not UTF-16 chars. */
    public static int codePoints(String message) {
        return message.codePointCount(0, message.length());
    }

    /**
     * Returns {@code message} when it fits.
     *
     * @throws MessageTooLongException when it is longer than {@link #MAX_MESSAGE_CODE_POINTS} code points
     */
    public static String requireFits(String message) {
        int length = codePoints(message);
        if (length > MAX_MESSAGE_CODE_POINTS) {
            throw new MessageTooLongException(length, MAX_MESSAGE_CODE_POINTS);
        }
        return message;
    }

    /**
     * Cuts a long message into parts of at most {@code maxCodePoints} code points, preferring to cut after a line
     * break, else after a space, and never inside a surrogate pair. Post the first part, the rest as thread replies.
     * A message that fits is returned as the only part.
     */
    public static List<String> split(String message, int maxCodePoints) {
        if (maxCodePoints < 1) {
            throw new IllegalArgumentException("maxCodePoints must be positive");
        }
        List<String> parts = new ArrayList<>();
        String rest = message;
        while (codePoints(rest) > maxCodePoints) {
            int hard = rest.offsetByCodePoints(0, maxCodePoints);
            int cut = rest.lastIndexOf('\n', hard - 1) + 1;
            if (cut <= hard / 2) {
                cut = rest.lastIndexOf(' ', hard - 1) + 1;
            }
            if (cut <= hard / 2) {
                cut = hard;
            }
            parts.add(rest.substring(0, cut));
            rest = rest.substring(cut);
        }
        parts.add(rest);
        return List.copyOf(parts);
    }

    /**
     * Makes untrusted text inert in a message: no link ({@code [x](http://evil)}), no mention ({@code @channel}),
     * no hashtag, no Markdown, no new line; a person reads the same text. Delegates to {@link ChatEscaper#escape}.
     */
    public static String escape(String untrusted) {
        return ChatEscaper.escape(untrusted);
    }
}
