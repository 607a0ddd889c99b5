package dev.vigie.incident.http;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Reads RFC 8288 {@code Link} headers ({@code <url>; rel="next", <url>; rel="prev"}). An absent or empty header, or
 * one without a {@code next} relation, means the last page.
 */
public final class LinkHeader {

    private LinkHeader() {}

    /** The {@code rel="next"} target of any of the given header values. */
    public static Optional<URI> next(List<String> headerValues) {
        for (String header : headerValues) {
            if (header == null) {
                continue;
            }
            for (String link : splitLinks(header)) {
                int open = link.indexOf('<');
                int close = link.indexOf('>', open + 1);
                if (open < 0 || close < 0) {
                    continue;
                }
                String params = link.substring(close + 1);
                if (hasRelNext(params)) {
                    try {
                        return Optional.of(URI.create(link.substring(open + 1, close).trim()));
                    } catch (IllegalArgumentException badUri) {
                        return Optional.empty();
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The decoded value of one query parameter of a link (e.g. the opaque {@code cursor}), so the caller can set it
     * on a request built from its own base URL and never send credentials to a host a link names.
     */
    public static Optional<String> queryParameter(URI link, String name) {
        String query = link.getRawQuery();
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (URLDecoder.decode(key, StandardCharsets.UTF_8).equals(name)) {
                return Optional.of(eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    private static boolean hasRelNext(String params) {
        for (String param : params.split(";")) {
            String p = param.trim();
            if (p.regionMatches(true, 0, "rel=", 0, 4)) {
                String value = p.substring(4).replace("\"", "").trim();
                for (String rel : value.split("\\s+")) {
                    if (rel.equalsIgnoreCase("next")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static List<String> splitLinks(String header) {
        // Commas may appear inside <...>; split only on commas outside angle brackets.
        java.util.ArrayList<String> links = new java.util.ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '<') {
                depth++;
            } else if (c == '>') {
                depth = Math.max(0, depth - 1);
            } else if (c == ',' && depth == 0) {
                links.add(header.substring(start, i));
                start = i + 1;
            }
        }
        links.add(header.substring(start));
        return links;
    }
}
