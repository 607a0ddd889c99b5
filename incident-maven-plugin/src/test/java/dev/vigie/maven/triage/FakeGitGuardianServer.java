package dev.vigie.maven.triage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/** A stateful GitGuardian for end-to-end tests: sources, incidents, shares and notes, as the real API shapes them. */
final class FakeGitGuardianServer extends Dispatcher {

    private static final ObjectMapper JSON = new ObjectMapper();

    final Map<Long, ObjectNode> incidents = new LinkedHashMap<>();
    final Map<Long, Long> sourceOf = new LinkedHashMap<>();
    final Map<Long, ObjectNode> sources = new LinkedHashMap<>();
    final Map<Long, List<String>> notes = new LinkedHashMap<>();
    final List<String> requests = new ArrayList<>();
    int sharesCreated;

    void source(long id, String fullName, String visibility) {
        ObjectNode source = template("source.json");
        source.put("id", id).put("type", "github").put("full_name", fullName)
                .put("url", "https://github.com/" + fullName).put("visibility", visibility);
        sources.put(id, source);
    }

    void incident(long id, long source, String severity, String date) {
        ObjectNode incident = template("incident.json");
        incident.put("id", id).put("status", "TRIGGERED").put("severity", severity).put("date", date)
                .put("validity", "invalid").putNull("share_url")
                .put("gitguardian_url", "https://dashboard.gitguardian.com/workspace/8/incidents/" + id);
        incidents.put(id, incident);
        sourceOf.put(id, source);
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        String method = request.getMethod();
        String path = request.getUrl().encodedPath().replaceFirst("^/exposed", "");
        requests.add(method + " " + path);
        String[] parts = path.split("/");
        if (method.equals("GET") && path.equals("/v1/sources")) {
            ArrayNode list = JSON.createArrayNode();
            sources.values().forEach(s -> {
                long open = sourceOf.entrySet().stream().filter(e -> e.getValue() == s.get("id").asLong())
                        .filter(e -> isOpen(incidents.get(e.getKey()))).count();
                list.add(s.deepCopy().put("open_incidents_count", open).put("closed_incidents_count", 0));
            });
            return json(list);
        }
        if (method.equals("GET") && path.matches("/v1/sources/\\d+/incidents/secrets")) {
            long source = Long.parseLong(parts[3]);
            String status = request.getUrl().queryParameter("status");
            ArrayNode list = JSON.createArrayNode();
            incidents.forEach((id, incident) -> {
                if (sourceOf.get(id) == source && (status == null || status.equals(incident.get("status").asText()))) {
                    list.add(incident.deepCopy().putNull("occurrences"));
                }
            });
            return json(list);
        }
        if (path.matches("/v1/incidents/secrets/\\d+.*")) {
            long id = Long.parseLong(parts[4]);
            ObjectNode incident = incidents.get(id);
            String action = parts.length > 5 ? parts[5] : "";
            switch (method + " " + action) {
                case "GET ":
                    return json(incident);
                case "POST share":
                    sharesCreated++;
                    String url = "https://dashboard.gitguardian.com/share/incidents/token-" + id;
                    incident.put("share_url", url);
                    return json(JSON.createObjectNode().put("share_url", url).put("incident_id", id)
                            .put("feedback_collection", true).put("auto_healing", false).put("token", "token-" + id));
                case "GET notes":
                    ArrayNode list = JSON.createArrayNode();
                    notes.getOrDefault(id, List.of()).forEach(c -> list.add(JSON.createObjectNode()
                            .put("id", 1).put("incident_id", id).put("comment", c)
                            .put("created_at", "2026-11-26T09:00:00Z").put("updated_at", "2026-11-26T09:00:00Z")));
                    return json(list);
                case "POST notes":
                    String comment = read(request).get("comment").asText();
                    notes.computeIfAbsent(id, k -> new ArrayList<>()).add(comment);
                    return json(JSON.createObjectNode().put("id", 1).put("incident_id", id).put("comment", comment)
                            .put("created_at", "2026-11-26T09:00:00Z")).newBuilder().code(201).build();
                default:
                    break;
            }
        }
        return new MockResponse.Builder().code(404).addHeader("Content-Type", "application/json")
                .body("{\"detail\":\"Not found.\"}").build();
    }

    private static boolean isOpen(JsonNode incident) {
        String status = incident.get("status").asText();
        return status.equals("TRIGGERED") || status.equals("ASSIGNED");
    }

    static MockResponse json(JsonNode body) {
        try {
            return new MockResponse.Builder().addHeader("Content-Type", "application/json")
                    .body(JSON.writeValueAsString(body)).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode read(RecordedRequest request) {
        try {
            return JSON.readTree(request.getBody().utf8());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode template(String name) {
        try (InputStream in = FakeGitGuardianServer.class.getResourceAsStream("/triage/" + name)) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
