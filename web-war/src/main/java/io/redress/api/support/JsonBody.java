package io.redress.api.support;

import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.InvalidInput;
import io.redress.shared.domain.StorableText;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a JSON request body field by field, collecting every type error (wrong JSON type, unknown enum
 * value, bad date, unknown field) so the client learns about all of them in one 400. Business rules on
 * the values are the domain's; this class only turns JSON into Java.
 */
public final class JsonBody {

    public static final int MAX_BYTES = 64 * 1024;
    /** No body Redress reads nests deeper than a few levels; the parser itself gives up (with a bare runtime error) at 1,000. */
    public static final int MAX_DEPTH = 32;
    /**
     * Found once: Json.createParser looks the JSON-P provider up through the ServiceLoader at every call, which
     * was a third of the server CPU of a case intake. The factory is safe for concurrent use.
     */
    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());
    /** The error of a field that is no {@link #plainDecimal plain decimal}. */
    public static final String DECIMAL_EXPECTED = "must be a decimal number such as \"0.25\" (a string, or a JSON number without exponent)";
    /** The error of a field that is no {@link java.time.Instant}. */
    public static final String INSTANT_EXPECTED = "must be an ISO-8601 UTC time, e.g. 2026-01-31T12:00:00Z";
    /** The error of a name given twice in one object. */
    public static final String TWICE = "appears twice in its object";
    // compiled once: String.matches compiled it at every call
    private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");

    private final JsonObject json;
    private final List<FieldError> errors = new ArrayList<>();

    private JsonBody(JsonObject json) {
        this.json = json;
    }

    public static JsonBody parse(String body, Set<String> knownFields) {
        if (body != null && body.length() > MAX_BYTES) {
            throw new InvalidInput("body", "at most " + MAX_BYTES + " characters");
        }
        return read(body, knownFields);
    }

    private static JsonBody read(String body, Set<String> knownFields) {
        if (body == null || body.isBlank()) {
            throw new InvalidInput("body", "a JSON object is required");
        }
        if (depth(body) > MAX_DEPTH) {
            throw new InvalidInput("body", "nests objects and arrays deeper than " + MAX_DEPTH + " levels");
        }
        JsonValue value;
        boolean more;
        try (JsonParser parser = PARSERS.createParser(new StringReader(body))) {
            value = value(parser, parser.next(), "");
            // text after the value (a reader stops at its end and ignores the rest): its parser refuses anything but spaces
            more = parser.hasNext();
        } catch (JsonException e) {
            throw new InvalidInput("body", "is not well-formed JSON: " + e.getMessage());
        } catch (InvalidInput e) {
            throw e;
        } catch (RuntimeException e) {
            // the parser reports some failures (e.g. its own nesting limit) as plain runtime exceptions
            throw new InvalidInput("body", "is not well-formed JSON");
        }
        if (more) {
            throw new InvalidInput("body", "is not well-formed JSON: text follows the JSON value");
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInput("body", "must be a JSON object");
        }
        JsonBody in = new JsonBody(value.asJsonObject());
        for (String field : value.asJsonObject().keySet()) {
            if (!knownFields.contains(field)) {
                in.errors.add(new FieldError(field, "is not a known field"));
            }
        }
        return in;
    }

    /**
     * The value the parser is at, built from its events. A name twice in one object is refused, naming it: a reader keeps
     * the last, so a body could say one thing to a proxy that read the first and another to Redress.
     */
    private static JsonValue value(JsonParser parser, JsonParser.Event at, String path) {
        if (at == JsonParser.Event.START_OBJECT) {
            JsonObjectBuilder object = JsonBuilders.object();
            Set<String> names = new HashSet<>();
            for (JsonParser.Event e = parser.next(); e != JsonParser.Event.END_OBJECT; e = parser.next()) {
                String name = parser.getString();
                String field = path.isEmpty() ? name : path + "." + name;
                if (!names.add(name)) {
                    throw new InvalidInput(field, TWICE);
                }
                object.add(name, value(parser, parser.next(), field));
            }
            return object.build();
        }
        if (at == JsonParser.Event.START_ARRAY) {
            JsonArrayBuilder array = JsonBuilders.array();
            int i = 0;
            for (JsonParser.Event e = parser.next(); e != JsonParser.Event.END_ARRAY; e = parser.next()) {
                array.add(value(parser, e, path + "[" + i++ + "]"));
            }
            return array.build();
        }
        return parser.getValue();
    }

    /** The deepest nesting of objects and arrays, brackets inside strings not counted; malformed input is the parser's to refuse. */
    static int depth(String json) {
        int depth = 0;
        int deepest = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return deepest;
    }

    /**
     * {@link #parse} with a larger limit, for the few bodies that carry a batch of rows (trade events); the caller's
     * resource is the one {@link BodyLimit} lets through with the same limit.
     */
    public static JsonBody parse(String body, Set<String> knownFields, int maxChars) {
        if (body != null && body.length() > maxChars) {
            throw new InvalidInput("body", "at most " + maxChars + " characters");
        }
        return read(body, knownFields);
    }

    /** One object of a batch (a row), read like a body: unknown fields are errors, type errors collected. */
    public static JsonBody of(JsonObject json, Set<String> knownFields) {
        JsonBody in = new JsonBody(json);
        for (String field : json.keySet()) {
            if (!knownFields.contains(field)) {
                in.errors.add(new FieldError(field, "is not a known field"));
            }
        }
        return in;
    }

    /**
     * An exact decimal: a JSON string such as {@code "0.1"} (the safe form: no binary floating point on the way) or a
     * JSON number; no exponent beyond what a plain decimal can say.
     */
    public java.math.BigDecimal decimal(String field) {
        if (absent(field)) {
            return null;
        }
        JsonValue v = json.get(field);
        String text = v instanceof JsonString s ? s.getString() : v instanceof JsonNumber n ? n.toString() : null;
        if (!plainDecimal(text)) {
            errors.add(new FieldError(field, DECIMAL_EXPECTED));
            return null;
        }
        return new java.math.BigDecimal(text);
    }

    /**
     * Whether the text is a plain decimal: an optional minus, 1 to 40 digits, and optionally a point and 1 to 40 more
     * (no exponent, no plus sign). Checked by hand: a batch of trade events asks it 4,000 times a call.
     */
    public static boolean plainDecimal(String text) {
        if (text == null) {
            return false;
        }
        int n = text.length();
        int i = n > 0 && text.charAt(0) == '-' ? 1 : 0;
        int start = i;
        while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        int whole = i - start;
        if (whole < 1 || whole > 40) {
            return false;
        }
        if (i == n) {
            return true;
        }
        if (text.charAt(i) != '.') {
            return false;
        }
        int fraction = n - ++i;
        if (fraction < 1 || fraction > 40) {
            return false;
        }
        for (; i < n; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whether the body carries the field at all (even as null). */
    public boolean has(String field) {
        return json.containsKey(field);
    }

    private boolean absent(String field) {
        return !json.containsKey(field) || json.isNull(field);
    }

    public String string(String field) {
        if (absent(field)) {
            return null;
        }
        JsonValue v = json.get(field);
        if (v instanceof JsonString s) {
            return storable(field, s.getString());
        }
        errors.add(new FieldError(field, "must be a string"));
        return null;
    }

    public Integer integer(String field) {
        if (absent(field)) {
            return null;
        }
        JsonValue v = json.get(field);
        if (v instanceof JsonNumber n && n.isIntegral()) {
            try {
                return n.intValueExact();
            } catch (ArithmeticException e) {
                errors.add(new FieldError(field, "is out of range"));
                return null;
            }
        }
        errors.add(new FieldError(field, "must be a whole number"));
        return null;
    }

    public Long longValue(String field) {
        if (absent(field)) {
            return null;
        }
        JsonValue v = json.get(field);
        if (v instanceof JsonNumber n && n.isIntegral()) {
            try {
                return n.longValueExact();
            } catch (ArithmeticException e) {
                errors.add(new FieldError(field, "is out of range"));
                return null;
            }
        }
        errors.add(new FieldError(field, "must be a whole number"));
        return null;
    }

    /** {@link #longValue}, and an error when the field is absent (e.g. the version a change was based on). */
    public Long requiredLong(String field) {
        Long value = longValue(field);
        requireIfAbsent(field, "is required");
        return value;
    }

    /**
     * The version a change was based on: the body's {@code version}, else the {@code If-Match} header (the ETag as GET
     * returned it, {@code what} naming the resource in the error); an error when neither is given or If-Match is no ETag.
     */
    public Long versionOrIfMatch(String ifMatch, String what) {
        Long version = longValue("version");
        if (version == null && !has("version") && ifMatch != null && !ifMatch.isBlank()) {
            String v = ifMatch.strip().replace("W/", "").replace("\"", "");
            if (DIGITS.matcher(v).matches()) {
                return Long.parseLong(v);
            }
            errors.add(new FieldError("If-Match", "must be the ETag of the " + what + " as returned by GET"));
            return null;
        }
        if (version == null && errors.stream().noneMatch(e -> e.field().equals("version"))) {
            errors.add(new FieldError("version", "is required: the version read, or send it as If-Match"));
        }
        return version;
    }

    /** {@link #string}, and an error naming what the field is for when it is absent. */
    public String requiredString(String field, String what) {
        String value = string(field);
        requireIfAbsent(field, "is required: " + what);
        return value;
    }

    private void requireIfAbsent(String field, String message) {
        if (absent(field)) {
            errors.add(new FieldError(field, message));
        }
    }

    public Boolean bool(String field) {
        if (absent(field)) {
            return null;
        }
        JsonValue v = json.get(field);
        if (v == JsonValue.TRUE) {
            return Boolean.TRUE;
        }
        if (v == JsonValue.FALSE) {
            return Boolean.FALSE;
        }
        errors.add(new FieldError(field, "must be true or false"));
        return null;
    }

    public java.time.Instant instant(String field) {
        String s = string(field);
        if (s == null) {
            return null;
        }
        try {
            return UtcInstants.parse(s);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, INSTANT_EXPECTED));
            return null;
        }
    }

    public <E extends Enum<E>> java.util.EnumSet<E> enumSet(String field, Class<E> type) {
        List<String> names = strings(field);
        if (names == null) {
            return null;
        }
        java.util.EnumSet<E> set = java.util.EnumSet.noneOf(type);
        for (int i = 0; i < names.size(); i++) {
            try {
                set.add(Enum.valueOf(type, names.get(i)));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(field + "[" + i + "]", "must be one of " + Arrays.stream(type.getEnumConstants())
                        .map(Enum::name).collect(Collectors.joining(", "))));
            }
        }
        return set;
    }

    /** The raw array, for bodies that carry a list of objects. */
    public jakarta.json.JsonArray array(String field) {
        if (absent(field)) {
            return null;
        }
        JsonValue v = json.get(field);
        if (v instanceof JsonArray a) {
            return a;
        }
        errors.add(new FieldError(field, "must be an array"));
        return null;
    }

    public LocalDate date(String field) {
        String s = string(field);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be a date as YYYY-MM-DD"));
            return null;
        }
    }

    public <E extends Enum<E>> E enumValue(String field, Class<E> type) {
        String s = string(field);
        if (s == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", "))));
            return null;
        }
    }

    public List<String> strings(String field) {
        if (absent(field)) {
            return null;
        }
        JsonValue v = json.get(field);
        if (!(v instanceof JsonArray array)) {
            errors.add(new FieldError(field, "must be an array of strings"));
            return null;
        }
        List<String> out = new ArrayList<>();
        boolean allStrings = true;
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i) instanceof JsonString s) {
                String text = storable(field + "[" + i + "]", s.getString());
                allStrings &= text != null;
                out.add(text);
            } else {
                errors.add(new FieldError(field + "[" + i + "]", "must be a string"));
                allStrings = false;
            }
        }
        // a partial list would shift the indexes the domain reports its own errors at
        return allStrings ? out : null;
    }

    /** Every string a body carries passes the one rule for storable text; {@code null} (and an error) if it does not. */
    private String storable(String field, String text) {
        Optional<String> problem = StorableText.problem(text);
        problem.ifPresent(message -> errors.add(new FieldError(field, message)));
        return problem.isPresent() ? null : text;
    }

    /** Throws one {@link InvalidInput} with these type errors and any the domain found, if there are any. */
    public void throwIfInvalid(List<FieldError> moreErrors) {
        List<FieldError> all = new ArrayList<>(errors);
        for (FieldError e : moreErrors) {
            if (all.stream().noneMatch(x -> x.field().equals(e.field()))) {
                all.add(e);
            }
        }
        if (!all.isEmpty()) {
            throw new InvalidInput(all);
        }
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }
}
