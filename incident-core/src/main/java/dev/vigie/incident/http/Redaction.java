package dev.vigie.incident.http;

import java.util.regex.Pattern;

/**
 * Removes credentials from text that may end up in a message or a log: known secret values, GitGuardian share links,
 * and Mattermost incoming-webhook URLs.
 */
public final class Redaction {

    /** What a removed credential is replaced with. */
    public static final String MASK = "****";

    // Any scheme: a mistyped URL (ftp://…/hooks/<id>) quoted in an error message must not show its credential.
    private static final Pattern SHARE_LINK = Pattern.compile("[a-z][a-z0-9+.-]*://[^\\s\"'<>]*/share/incidents/[^\\s\"'<>)]+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WEBHOOK = Pattern.compile("([a-z][a-z0-9+.-]*://[^\\s\"'<>]*/hooks/)[A-Za-z0-9]+",
            Pattern.CASE_INSENSITIVE);

    private Redaction() {}

    /**
     * Masks every occurrence of each secret (values of 4 characters or more; shorter ones would mask ordinary words)
     * and every share link or webhook URL in {@code text}.
     */
    public static String redact(String text, String... secrets) {
        if (text == null) {
            return "";
        }
        String out = text;
        for (String secret : secrets) {
            if (secret != null && secret.length() >= 4) {
                out = out.replace(secret, MASK);
            }
        }
        out = SHARE_LINK.matcher(out).replaceAll(MASK);
        return WEBHOOK.matcher(out).replaceAll("$1" + MASK);
    }

    /** Cuts a raw body to a length fit for a message, saying that it did. */
    public static String truncate(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max) + "… (" + (text.length() - max) + " more chars)";
    }
}
