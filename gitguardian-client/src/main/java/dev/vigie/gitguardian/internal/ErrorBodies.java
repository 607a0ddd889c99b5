package dev.vigie.gitguardian.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigie.incident.http.Redaction;
import java.io.IOException;
import java.util.Locale;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;

/** Turns an error (or unexpected) body into a short, redacted text: the API's {@code detail}, else the page text. */
final class ErrorBodies {

    static final int PEEK_BYTES = 8192;
    private static final int MAX_TEXT = 300;

    private ErrorBodies() {}

    /** The {@code detail} (or {@code error}) of a JSON body, else a shortened text of the body. */
    static String detail(Response response, String apiKey) {
        String text;
        try {
            ResponseBody peeked = response.peekBody(PEEK_BYTES);
            text = peeked.string();
        } catch (IOException | IllegalStateException unreadable) {
            return "(body unreadable)";
        }
        if (text.isBlank()) {
            return "(no detail)";
        }
        String trimmed = text.trim();
        if (trimmed.startsWith("{")) {
            try {
                JsonNode node = Json.mapper().readTree(trimmed);
                JsonNode detail = node.has("detail") ? node.get("detail") : node.get("error");
                if (detail != null && !detail.isNull()) {
                    String value = detail.isTextual() ? detail.asText() : detail.toString();
                    return clean(value, apiKey);
                }
            } catch (IOException notJson) {
                // fall through: described as text below
            }
        }
        return "non-JSON body (" + contentType(response) + "): " + clean(pageText(trimmed), apiKey);
    }

    /** A short text of a body that should have been JSON, for a decode message. */
    static String snippet(Response response, String apiKey) {
        try {
            return clean(pageText(response.peekBody(PEEK_BYTES).string().trim()), apiKey);
        } catch (IOException | IllegalStateException unreadable) {
            return "(body unreadable)";
        }
    }

    static String contentType(Response response) {
        MediaType type = response.body().contentType();
        return type == null ? "no content type" : type.type() + "/" + type.subtype();
    }

    static boolean isJson(Response response) {
        MediaType type = response.body().contentType();
        return type != null && type.subtype().toLowerCase(Locale.ROOT).contains("json");
    }

    private static String pageText(String body) {
        String text = body;
        String lower = body.toLowerCase(Locale.ROOT);
        int title = lower.indexOf("<title>");
        if (title >= 0) {
            int end = lower.indexOf("</title>", title);
            if (end > title) {
                text = body.substring(title + 7, end) + " " + body.substring(end);
            }
        }
        return text.replaceAll("(?s)<script.*?</script>|<style.*?</style>", " ")
                .replaceAll("<[^>]*>", " ")
                .replaceAll("\\s+", " ")
                .trim();
    }

    private static String clean(String text, String apiKey) {
        return Redaction.truncate(Redaction.redact(text, apiKey), MAX_TEXT);
    }
}
