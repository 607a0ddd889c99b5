package dev.vigie.incident.directory;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A parsed YAML or JSON value that remembers where it came from, so every error can name file, line and column.
 * Scalars keep their source text (a phone number written as a bare number keeps its digits).
 */
final class Node {

    enum Kind { MAP, LIST, SCALAR, NULL }

    final Kind kind;
    final String file;
    final int line;
    final int column;
    private final Map<String, Node> map;
    private final Map<String, Node> keys;
    private final List<Node> list;
    private final String text;

    private Node(Kind kind, String file, JsonLocation at, Map<String, Node> map, Map<String, Node> keys,
            List<Node> list, String text) {
        this.kind = kind;
        this.file = file;
        this.line = at.getLineNr();
        this.column = at.getColumnNr();
        this.map = map;
        this.keys = keys;
        this.list = list;
        this.text = text;
    }

    /** Reads one document; an empty document is a {@link Kind#NULL} node. */
    static Node read(JsonFactory factory, Reader reader, String file) {
        try (JsonParser p = factory.createParser(reader)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return new Node(Kind.NULL, file, p.currentLocation(), Map.of(), Map.of(), List.of(), "");
            }
            return read(p, file);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new DirectoryFormatException(file, at == null ? 0 : at.getLineNr(), at == null ? 0
                    : at.getColumnNr(), "malformed " + kindOf(factory) + ", fix the syntax here ("
                            + cause(e.getOriginalMessage()) + ")", e);
        } catch (IOException e) {
            throw new DirectoryFormatException(file, 0, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    /** The parser's own words on one line, without its source excerpts and positions (SnakeYAML adds them). */
    private static String cause(@Nullable String message) {
        if (message == null) {
            return "unreadable";
        }
        StringBuilder s = new StringBuilder();
        for (String line : message.split("\\R")) {
            if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
                if (s.length() > 0) {
                    s.append("; ");
                }
                s.append(line.trim());
            }
        }
        return s.length() == 0 ? message.trim() : s.toString();
    }

    private static String kindOf(JsonFactory factory) {
        return factory.getFormatName().equals("JSON") ? "JSON" : "YAML";
    }

    private static Node read(JsonParser p, String file) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                Map<String, Node> map = new LinkedHashMap<>();
                Map<String, Node> keys = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonLocation keyAt = p.currentTokenLocation();
                    Node key = new Node(Kind.SCALAR, file, keyAt, Map.of(), Map.of(), List.of(), name);
                    if (keys.containsKey(name)) {
                        throw new DirectoryFormatException(file, keyAt.getLineNr(), keyAt.getColumnNr(),
                                "duplicate key '" + name + "' (first at line " + keys.get(name).line
                                        + "): keep only one");
                    }
                    p.nextToken();
                    keys.put(name, key);
                    map.put(name, read(p, file));
                }
                return new Node(Kind.MAP, file, at, Collections.unmodifiableMap(map), keys, List.of(), "");
            }
            case START_ARRAY: {
                List<Node> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(read(p, file));
                }
                return new Node(Kind.LIST, file, at, Map.of(), Map.of(), Collections.unmodifiableList(list), "");
            }
            case VALUE_NULL:
                return new Node(Kind.NULL, file, at, Map.of(), Map.of(), List.of(), "");
            default:
                return new Node(Kind.SCALAR, file, at, Map.of(), Map.of(), List.of(), p.getText());
        }
    }

    DirectoryFormatException error(String problem) {
        return new DirectoryFormatException(file, line, column, problem);
    }

    boolean isMap() {
        return kind == Kind.MAP;
    }

    boolean isList() {
        return kind == Kind.LIST;
    }

    boolean isNull() {
        return kind == Kind.NULL;
    }

    String kindInWords() {
        switch (kind) {
            case MAP:
                return "a mapping";
            case LIST:
                return "a list";
            case NULL:
                return "nothing";
            default:
                return "the text '" + text + "'";
        }
    }

    /** The entries of a mapping (empty for anything else). */
    Map<String, Node> entries() {
        return map;
    }

    /** The key node of an entry, for its location. */
    Node key(String name) {
        Node k = keys.get(name);
        return k == null ? this : k;
    }

    /** The items of a list (empty for anything else). */
    List<Node> items() {
        return list;
    }

    @Nullable
    Node get(String name) {
        return map.get(name);
    }

    /** The scalar's text, trimmed; empty for a blank scalar, null, or anything not a scalar. */
    Optional<String> text() {
        if (kind != Kind.SCALAR) {
            return Optional.empty();
        }
        String s = text.trim();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    /** Lenient field read: the entry's scalar text, empty when absent, null, blank or not a scalar. */
    Optional<String> text(String name) {
        Node n = map.get(name);
        return n == null ? Optional.empty() : n.text();
    }
}
