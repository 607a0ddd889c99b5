package dev.vigie.maven.check;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Accepted incidents ({@code incident.allowlist}): a YAML list of {@code id} (required), {@code reason} (required)
 * and {@code expires} ({@code yyyy-MM-dd}, optional, inclusive). An expired entry no longer excludes its incident.
 *
 * <pre>
 * - id: 123
 *   reason: test fixture key, revoked
 *   expires: 2026-12-31
 * </pre>
 */
public final class Allowlist {

    /** One accepted incident. */
    public record Entry(long id, String reason, Optional<LocalDate> expires, int line) {

        /** Whether the entry is past its expiry date on {@code today} (the expiry day itself still counts). */
        public boolean isExpired(LocalDate today) {
            return expires.map(today::isAfter).orElse(false);
        }
    }

    /** Loaded only when an allowlist is read: SnakeYAML costs start-up time the common case does not need. */
    private static final class Yaml {
        static final YAMLMapper MAPPER = new YAMLMapper();
    }

    private final Optional<Path> file;
    private final Map<Long, Entry> entries;

    private Allowlist(Optional<Path> file, Map<Long, Entry> entries) {
        this.file = file;
        this.entries = entries;
    }

    /** No accepted incident. */
    public static Allowlist none() {
        return new Allowlist(Optional.empty(), Map.of());
    }

    /**
     * Reads an allowlist file.
     *
     * @throws AllowlistException when the file is missing, is not YAML, or an entry lacks an id or reason or has a
     *     bad date; the message names the file and the line
     */
    public static Allowlist read(Path file) {
        Map<Long, Entry> entries = new LinkedHashMap<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                JsonParser parser = new YAMLFactory(Yaml.MAPPER).createParser(reader)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new Allowlist(Optional.of(file), Map.of());
            }
            if (first != JsonToken.START_ARRAY) {
                throw error(file, line(parser), "expected a list of entries ('- id: 123'), found " + describe(first));
            }
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
                int line = line(parser);
                if (token != JsonToken.START_OBJECT) {
                    throw error(file, line, "expected an entry with id, reason and expires, found " + describe(token));
                }
                JsonNode node = Yaml.MAPPER.readTree(parser);
                Entry entry = entry(file, line, node);
                if (entries.putIfAbsent(entry.id(), entry) != null) {
                    throw error(file, line, "incident " + entry.id() + " is listed twice (first at line "
                            + entries.get(entry.id()).line() + ")");
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw error(file, at == null ? 0 : at.getLineNr(), "not valid YAML: " + e.getOriginalMessage());
        } catch (java.nio.file.NoSuchFileException e) {
            throw new AllowlistException("Allowlist file " + file.toAbsolutePath() + " does not exist. Fix "
                    + "incident.allowlist, or remove it.", e);
        } catch (IOException e) {
            throw new AllowlistException("Could not read allowlist file " + file.toAbsolutePath() + ": " + e, e);
        }
        return new Allowlist(Optional.of(file), entries);
    }

    private static Entry entry(Path file, int line, JsonNode node) {
        JsonNode id = node.get("id");
        if (id == null || !(id.isIntegralNumber() || id.isTextual() && id.asText().trim().matches("\\d+"))) {
            throw error(file, line, "entry without a numeric 'id' (the GitGuardian incident id)");
        }
        JsonNode reason = node.get("reason");
        if (reason == null || reason.asText().isBlank()) {
            throw error(file, line, "entry for incident " + id.asText() + " has no 'reason': say why it is accepted");
        }
        Optional<LocalDate> expires = Optional.empty();
        JsonNode date = node.get("expires");
        if (date != null && !date.isNull()) {
            try {
                expires = Optional.of(LocalDate.parse(date.asText().trim()));
            } catch (DateTimeParseException e) {
                throw error(file, line, "entry for incident " + id.asText() + " has 'expires: " + date.asText()
                        + "', expected a date like 2026-12-31");
            }
        }
        for (var names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!List.of("id", "reason", "expires").contains(name)) {
                throw error(file, line, "entry for incident " + id.asText() + " has an unknown key '" + name
                        + "' (allowed: id, reason, expires)");
            }
        }
        return new Entry(Long.parseLong(id.asText().trim()), reason.asText().trim(), expires, line);
    }

    private static int line(JsonParser parser) {
        JsonLocation at = parser.currentTokenLocation();
        return at == null ? 0 : at.getLineNr();
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "a mapping";
            case START_ARRAY -> "a list";
            default -> "a plain value";
        };
    }

    private static AllowlistException error(Path file, int line, String what) {
        return new AllowlistException("Allowlist file " + file.toAbsolutePath() + " is malformed at line " + line
                + ": " + what + ". Expected entries like '- id: 123' / '  reason: ...' / '  expires: 2026-12-31'.",
                null);
    }

    /** The entry for an incident, if any. */
    public Optional<Entry> entry(long incidentId) {
        return Optional.ofNullable(entries.get(incidentId));
    }

    /** Whether an unexpired entry accepts the incident on {@code today}. */
    public boolean accepts(long incidentId, LocalDate today) {
        return entry(incidentId).filter(e -> !e.isExpired(today)).isPresent();
    }

    /** The file, when one was read. */
    public Optional<Path> file() {
        return file;
    }

    public List<Entry> entries() {
        return new ArrayList<>(entries.values());
    }

    /** For logs and reports: {@code none} or the path and entry count. */
    public String describe() {
        return file.map(f -> f + " (" + entries.size() + (entries.size() == 1 ? " entry)" : " entries)"))
                .orElse("none");
    }
}
