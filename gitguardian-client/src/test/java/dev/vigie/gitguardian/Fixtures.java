package dev.vigie.gitguardian;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import mockwebserver3.MockResponse;

/** Reads the recorded VCR YAML fixtures from the test class path (never from /work/shared). */
public final class Fixtures {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> SKIPPED = Set.of("content-length", "content-encoding", "transfer-encoding",
            "connection");

    private Fixtures() {}

    /** The recorded interaction {@code index} of {@code file} (e.g. {@code test_get_incident.yaml}). */
    public static JsonNode interaction(String file, int index) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/gitguardian/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + file);
            }
            return YAML.readTree(in).get("interactions").get(index);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The recorded response body. */
    public static String body(String file, int index) {
        return interaction(file, index).get("response").get("body").get("string").asText();
    }

    /** The recorded response, status, headers and body, as a MockWebServer response. */
    public static MockResponse response(String file, int index) {
        JsonNode response = interaction(file, index).get("response");
        MockResponse.Builder builder = new MockResponse.Builder()
                .code(response.get("status").get("code").asInt())
                .body(response.get("body").get("string").asText());
        for (Map.Entry<String, JsonNode> header : response.get("headers").properties()) {
            if (SKIPPED.contains(header.getKey().toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            for (JsonNode value : header.getValue()) {
                builder.addHeaderLenient(header.getKey(), value.asText());
            }
        }
        return builder.build();
    }

    /** A 200 JSON response. */
    public static MockResponse json(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
    }

    /** A JSON response with this status. */
    public static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }
}
