package io.redress.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The running application's {@code /openapi}, read as a client generator would: its operations, their parameters
 * and the schemas of their request bodies, and raw HTTP calls to them. Tests driven by it cover a new endpoint
 * without being changed.
 */
public final class ApiDocument {

    private static final Client CLIENT = ClientBuilder.newClient();

    private final JsonObject document;

    private ApiDocument(JsonObject document) {
        this.document = document;
    }

    public static ApiDocument read() {
        String url = Api.baseUrl().replaceFirst("/redress/?$", "/openapi");
        try (Response r = CLIENT.target(url).request("application/json").get()) {
            if (r.getStatus() != 200) {
                throw new IllegalStateException(url + " answered " + r.getStatus());
            }
            try (JsonReader reader = Json.createReader(new StringReader(r.readEntity(String.class)))) {
                return new ApiDocument(reader.readObject());
            }
        }
    }

    /** One operation: method and path template as the document names them. */
    public record Operation(String method, String path, JsonObject spec) {

        public String key() {
            return method + " " + path;
        }

        public List<JsonObject> parameters(String in) {
            List<JsonObject> out = new ArrayList<>();
            if (spec.containsKey("parameters")) {
                for (JsonValue p : spec.getJsonArray("parameters")) {
                    if (p.asJsonObject().getString("in").equals(in)) {
                        out.add(p.asJsonObject());
                    }
                }
            }
            return out;
        }

        /** The schema of the JSON request body, or null when the operation takes none. */
        public JsonObject bodySchema() {
            if (!spec.containsKey("requestBody")) {
                return null;
            }
            return spec.getJsonObject("requestBody").getJsonObject("content").getJsonObject("application/json")
                    .getJsonObject("schema");
        }

        @Override
        public String toString() {
            return key();
        }
    }

    public List<Operation> operations() {
        List<Operation> out = new ArrayList<>();
        Map<String, JsonValue> paths = new TreeMap<>(document.getJsonObject("paths"));
        for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
            for (Map.Entry<String, JsonValue> op : new TreeMap<>(path.getValue().asJsonObject()).entrySet()) {
                // the application's API only: other applications in the server (e.g. the tests' fixtures) merge into /openapi
                if (path.getKey().startsWith("/api/") && List.of("get", "put", "post", "delete", "patch").contains(op.getKey())) {
                    out.add(new Operation(op.getKey().toUpperCase(), path.getKey(), op.getValue().asJsonObject()));
                }
            }
        }
        return out;
    }

    /**
     * Where an answer departs from the shape {@code /openapi} documents for it, as a client generated from the document
     * would read it: an array documented as an object, or an object with a field no schema names (one of a
     * {@code oneOf} must fit). Arrays and objects are followed {@link #SHAPE_DEPTH} levels down; values themselves are
     * not checked. Empty when the answer fits.
     */
    public List<String> departures(String method, String path, int status, JsonValue body) {
        for (Operation op : operations()) {
            if (op.method().equals(method) && op.path().equals(path)) {
                JsonObject answer = op.spec().getJsonObject("responses").getJsonObject(Integer.toString(status));
                if (answer == null) {
                    return List.of(op + ": " + status + " is not documented");
                }
                List<String> out = new ArrayList<>();
                JsonObject content = answer.getJsonObject("content");
                if (content != null && content.containsKey("application/json")) {
                    shape(op + " $", content.getJsonObject("application/json").getJsonObject("schema"), body, out, 0);
                }
                return out;
            }
        }
        return List.of(method + " " + path + " is not in /openapi");
    }

    private static final int SHAPE_DEPTH = 3;

    private void shape(String at, JsonObject declared, JsonValue value, List<String> out, int depth) {
        JsonObject schema = resolve(declared);
        if (depth > SHAPE_DEPTH || value.getValueType() == JsonValue.ValueType.NULL) {
            return;
        }
        if (schema.containsKey("oneOf")) {
            List<String> misfits = new ArrayList<>();
            for (JsonValue alternative : schema.getJsonArray("oneOf")) {
                List<String> tried = new ArrayList<>();
                shape(at, alternative.asJsonObject(), value, tried, depth);
                if (tried.isEmpty()) {
                    return;
                }
                misfits.add(alternative + ": " + tried);
            }
            out.add(at + ": fits none of its oneOf: " + misfits);
            return;
        }
        String type = schema.getString("type", schema.containsKey("properties") ? "object" : "");
        if (type.equals("array")) {
            if (value.getValueType() != JsonValue.ValueType.ARRAY) {
                out.add(at + ": documented as an array, answered " + value.getValueType());
            } else if (schema.containsKey("items")) {
                JsonArray items = value.asJsonArray();
                for (int i = 0; i < Math.min(3, items.size()); i++) {
                    shape(at + "[" + i + "]", schema.getJsonObject("items"), items.get(i), out, depth + 1);
                }
            }
        } else if (type.equals("object")) {
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                out.add(at + ": documented as an object, answered " + value.getValueType());
            } else if (schema.containsKey("properties")) {
                JsonObject properties = schema.getJsonObject("properties");
                for (Map.Entry<String, JsonValue> field : value.asJsonObject().entrySet()) {
                    if (!properties.containsKey(field.getKey())) {
                        out.add(at + "." + field.getKey() + ": not documented (documented: " + properties.keySet() + ")");
                    } else {
                        shape(at + "." + field.getKey(), properties.getJsonObject(field.getKey()), field.getValue(), out, depth + 1);
                    }
                }
            }
        }
    }

    /** A schema with its reference followed. */
    public JsonObject resolve(JsonObject schema) {
        if (schema.containsKey("$ref")) {
            String name = schema.getString("$ref").substring("#/components/schemas/".length());
            return document.getJsonObject("components").getJsonObject("schemas").getJsonObject(name);
        }
        if (schema.containsKey("allOf")) {
            return resolve(schema.getJsonArray("allOf").getJsonObject(0));
        }
        return schema;
    }

    /** A value of the schema's shape: every property filled with a value of its type (examples where given). */
    public JsonValue sample(JsonObject schema, String marker) {
        return sample(schema, marker, Map.of());
    }

    /** {@link #sample}, with the given values for properties of these names (e.g. an account that exists). */
    public JsonValue sample(JsonObject schema, String marker, Map<String, String> known) {
        JsonObject s = resolve(schema);
        if (s.containsKey("example") && !s.containsKey("$ref")) {
            return s.get("example");
        }
        if (s.containsKey("enum")) {
            return s.getJsonArray("enum").get(0);
        }
        String type = s.getString("type", "object");
        switch (type) {
            case "string" -> {
                String format = s.getString("format", "");
                return Json.createValue(switch (format) {
                    case "date" -> "2024-01-02";
                    case "date-time" -> "2024-01-02T03:04:05Z";
                    default -> marker;
                });
            }
            case "integer", "number" -> {
                return Json.createValue(s.containsKey("minimum") ? s.getJsonNumber("minimum").longValue() : 1L);
            }
            case "boolean" -> {
                return JsonValue.TRUE;
            }
            case "array" -> {
                JsonArrayBuilder a = Json.createArrayBuilder();
                if (s.containsKey("items")) {
                    a.add(sample(s.getJsonObject("items"), marker, known));
                }
                return a.build();
            }
            default -> {
                JsonObjectBuilder o = Json.createObjectBuilder();
                if (s.containsKey("properties")) {
                    s.getJsonObject("properties").forEach((k, v) -> o.add(k, known.containsKey(k)
                            ? Json.createValue(known.get(k)) : sample(v.asJsonObject(), marker, known)));
                }
                return o.build();
            }
        }
    }

    /** The type of a property as the document gives it (string, integer, boolean, array, object; enum for enums). */
    public String kind(JsonObject property) {
        JsonObject s = resolve(property);
        if (s.containsKey("enum")) {
            return "enum";
        }
        if ("string".equals(s.getString("type", "")) && s.containsKey("format")
                && s.getString("format").startsWith("date")) {
            return "date";
        }
        return s.getString("type", "object");
    }

    /** An answer read completely. */
    public record Answer(int status, String contentType, String body) {

        public boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }
    }

    /**
     * Calls an operation. {@code path} and {@code query} are already percent-encoded (hostile values are sent as
     * they are); {@code body} is sent as application/json when not null.
     */
    public static Answer call(String method, String path, String query, String body, Fixtures.Credentials who) {
        String base = Api.baseUrl().replaceFirst("/$", "");
        URI uri = URI.create(base + path + (query == null || query.isEmpty() ? "" : "?" + query));
        Invocation.Builder request = CLIENT.target(uri).request();
        if (who != null) {
            request = request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (who.username() + ":" + who.password()).getBytes(StandardCharsets.UTF_8)));
        }
        try (Response r = body == null
                ? (method.equals("GET") || method.equals("DELETE") ? request.method(method)
                        : request.method(method, Entity.entity("", "application/json")))
                : request.method(method, Entity.entity(body, "application/json"))) {
            return new Answer(r.getStatus(), r.getMediaType() == null ? null : r.getMediaType().toString(),
                    r.hasEntity() ? r.readEntity(String.class) : "");
        }
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The path with every {parameter} replaced by the given, already encoded, value. */
    public static String fill(String template, Map<String, String> values, String otherwise) {
        StringBuilder out = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(template);
        while (m.find()) {
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(values.getOrDefault(m.group(1), otherwise)));
        }
        m.appendTail(out);
        return out.toString();
    }

    public static JsonArray array(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readArray();
        }
    }
}
