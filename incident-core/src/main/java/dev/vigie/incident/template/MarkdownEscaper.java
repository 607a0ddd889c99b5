package dev.vigie.incident.template;

/**
 * Makes outside text safe inside a Markdown report: it stays on one line, cannot close a table cell, open an HTML
 * tag, or form a link or an image.
 */
public final class MarkdownEscaper {

    private static final String SPECIALS = "\\`*_[]<>|!";
    private static final java.util.regex.Pattern PLAIN_URL =
            java.util.regex.Pattern.compile("https?://[A-Za-z0-9._~:/?#@!$&'*+,;=%-]+");

    private MarkdownEscaper() {}

    /**
     * Whether a URL may go raw into Markdown (a link target, a bare link): http(s), and none of the characters that
     * could close the link or start markup. Outside URLs (an export file's) can be anything, {@code javascript:}
     * included.
     */
    public static boolean isPlainUrl(String url) {
        return url != null && PLAIN_URL.matcher(url).matches();
    }

    /** Escapes {@code text} for a Markdown report; {@code null} gives {@code ""}. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n' || Character.isISOControl(c)) {
                out.append(' ');
            } else if (SPECIALS.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
