package dev.vigie.incident.text;

/**
 * Makes text from outside (repository names, file paths, detector names, commit authors) inert in a Markdown chat
 * message: it can no longer form a link, an image, a mention ({@code @channel}, {@code @here}, {@code @all},
 * {@code @user}), a hashtag, code, emphasis, a table or a new line. The text still reads the same to a person.
 */
public final class ChatEscaper {

    /** Invisible, and enough to stop Mattermost (and Matrix clients) from reading a mention or an autolink. */
    static final char ZERO_WIDTH_SPACE = '\u200B';

    private static final String MARKDOWN_SPECIALS = "\\`*_[]()<>#|~";

    private ChatEscaper() {}

    /** Escapes {@code text} for use inside a Markdown chat message. {@code null} gives {@code ""}. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n' || c == '\t' || Character.isISOControl(c)) {
                out.append(' ');
            } else if (c == '@') {
                out.append('@').append(ZERO_WIDTH_SPACE);
            } else if (c == ':' && text.startsWith("//", i + 1)) {
                out.append(':').append(ZERO_WIDTH_SPACE);
            } else if (MARKDOWN_SPECIALS.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
