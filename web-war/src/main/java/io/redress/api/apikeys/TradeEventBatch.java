package io.redress.api.apikeys;

import io.redress.api.support.JsonBody;
import io.redress.api.support.UtcInstants;
import io.redress.apikeys.api.TradeReport;
import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.InvalidInput;
import io.redress.shared.domain.StorableText;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A batch of trade events read with JSON-P's streaming parser, each row straight into a {@link TradeReport}: building
 * the tree of up to 1,000 objects first (then looking each field up in it) was the largest part of the server's
 * parsing. The rules are {@link JsonBody}'s: unknown fields, wrong types and a field given twice named per row
 * ({@code events[i].field}; a reader that kept the first of two would see another trade than the one kept), a decimal
 * a string or a JSON number without exponent (its own text, parsed once), every string storable text; a body that is
 * no JSON, nests deeper than {@link JsonBody#MAX_DEPTH}, is no object or names a field twice is refused as a whole.
 */
final class TradeEventBatch {

    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());
    private static final String[] FIELDS = {"keyId", "accountId", "symbol", "side", "quantity", "price", "referencePrice",
            "volume24h", "sourceIp", "tradedAt", "counterpartyAccountId", "tradeId"};
    private static final int KEY_ID = 0, ACCOUNT_ID = 1, SYMBOL = 2, SIDE = 3, QUANTITY = 4, PRICE = 5, REFERENCE_PRICE = 6,
            VOLUME_24H = 7, SOURCE_IP = 8, TRADED_AT = 9, COUNTERPARTY = 10, TRADE_ID = 11;

    /** What a field held: its text for a string or number, nothing for null, and whether it was another type. */
    private enum Kind { ABSENT, NULL, STRING, NUMBER, OTHER }

    /** The rows the JSON gives (in order, with their index in the body), the rows it refuses, and how many there were. */
    private final List<TradeReport> rows = new ArrayList<>();
    private final List<Integer> indexes = new ArrayList<>();
    private final Map<Integer, List<FieldError>> refused = new TreeMap<>();
    private int size;

    private final JsonParser parser;
    private final int maxRows;
    private int depth;

    private TradeEventBatch(JsonParser parser, int maxRows) {
        this.parser = parser;
        this.maxRows = maxRows;
    }

    /**
     * The body's {@code events}, 1 to {@code maxRows} of them; an {@link InvalidInput} for the body as a whole (no
     * JSON, no object, unknown fields, no array of events, none or too many).
     */
    static TradeEventBatch read(String body, int maxChars, int maxRows) {
        if (body != null && body.length() > maxChars) {
            throw new InvalidInput("body", "at most " + maxChars + " characters");
        }
        if (body == null || body.isBlank()) {
            throw new InvalidInput("body", "a JSON object is required");
        }
        try (JsonParser parser = PARSERS.createParser(new StringReader(body))) {
            TradeEventBatch batch = new TradeEventBatch(parser, maxRows);
            batch.body();
            if (batch.size == 0 || batch.size > maxRows) {
                throw new InvalidInput("events", "1 to " + maxRows + " events per call");
            }
            return batch;
        } catch (JsonException e) {
            throw new InvalidInput("body", "is not well-formed JSON: " + e.getMessage());
        } catch (InvalidInput e) {
            throw e;
        } catch (RuntimeException e) {
            // the parser reports some failures as plain runtime exceptions
            throw new InvalidInput("body", "is not well-formed JSON");
        }
    }

    List<TradeReport> rows() {
        return rows;
    }

    /** The index in the body of each of {@link #rows()}. */
    List<Integer> indexes() {
        return indexes;
    }

    /** The rows the JSON already refuses (wrong types, unknown fields), by index. */
    Map<Integer, List<FieldError>> refused() {
        return refused;
    }

    int size() {
        return size;
    }

    private void body() {
        if (!parser.hasNext() || next() != JsonParser.Event.START_OBJECT) {
            throw new InvalidInput("body", "must be a JSON object");
        }
        List<FieldError> errors = new ArrayList<>();
        boolean events = false;
        boolean seen = false;
        Set<String> unknown = new HashSet<>();
        for (JsonParser.Event e = next(); e != JsonParser.Event.END_OBJECT; e = next()) {
            String field = parser.getString();
            JsonParser.Event value = next();
            if (!field.equals("events")) {
                if (!unknown.add(field)) {
                    throw new InvalidInput(field, JsonBody.TWICE);
                }
                errors.add(new FieldError(field, "is not a known field"));
                skip(value);
                continue;
            }
            if (seen) {
                throw new InvalidInput("events", JsonBody.TWICE);
            }
            seen = true;
            events = value != JsonParser.Event.VALUE_NULL;
            if (value == JsonParser.Event.START_ARRAY) {
                readRows();
            } else if (value != JsonParser.Event.VALUE_NULL) {
                errors.add(new FieldError("events", "must be an array"));
                skip(value);
            }
        }
        if (parser.hasNext()) {
            throw new InvalidInput("body", "is not well-formed JSON: more after the object");
        }
        if (!events && errors.isEmpty()) {
            errors.add(new FieldError("events", "is required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private void readRows() {
        for (JsonParser.Event e = next(); e != JsonParser.Event.END_ARRAY; e = next()) {
            int i = size++;
            if (size > maxRows) {
                skip(e); // refused as a whole: not worth reading
            } else if (e != JsonParser.Event.START_OBJECT) {
                refused.put(i, List.of(new FieldError("events[" + i + "]", "must be an object")));
                skip(e);
            } else {
                row(i);
            }
        }
    }

    private void row(int index) {
        Kind[] kinds = new Kind[FIELDS.length];
        String[] texts = new String[FIELDS.length];
        Arrays.fill(kinds, Kind.ABSENT);
        List<FieldError> errors = new ArrayList<>(0);
        List<String> unknown = null;
        boolean[] twice = null;
        for (JsonParser.Event e = next(); e != JsonParser.Event.END_OBJECT; e = next()) {
            String name = parser.getString();
            int f = field(name);
            JsonParser.Event value = next();
            if (f < 0) {
                if (unknown == null) {
                    unknown = new ArrayList<>(1);
                }
                if (!unknown.contains(name)) {
                    unknown.add(name);
                    errors.add(new FieldError(name, "is not a known field"));
                }
                skip(value);
                continue;
            }
            if (kinds[f] != Kind.ABSENT) {
                // the row is refused; the field named once, however often it comes again
                if (twice == null) {
                    twice = new boolean[FIELDS.length];
                }
                if (!twice[f]) {
                    twice[f] = true;
                    errors.add(new FieldError(name, JsonBody.TWICE));
                }
                skip(value);
                continue;
            }
            switch (value) {
                case VALUE_STRING -> {
                    kinds[f] = Kind.STRING;
                    texts[f] = parser.getString();
                }
                case VALUE_NUMBER -> {
                    kinds[f] = Kind.NUMBER;
                    texts[f] = parser.getString();
                }
                case VALUE_NULL -> kinds[f] = Kind.NULL;
                default -> {
                    kinds[f] = Kind.OTHER;
                    skip(value);
                }
            }
        }
        if (twice != null) {
            // refused for the repetition alone: the field's own value is not judged as well
            for (int f = 0; f < FIELDS.length; f++) {
                if (twice[f]) {
                    kinds[f] = Kind.ABSENT;
                }
            }
        }
        Row r = new Row(kinds, texts, errors);
        TradeReport report = new TradeReport(r.string(KEY_ID), r.string(ACCOUNT_ID), r.string(SYMBOL), r.string(SIDE),
                r.decimal(QUANTITY), r.decimal(PRICE), r.decimal(REFERENCE_PRICE), r.decimal(VOLUME_24H),
                r.string(SOURCE_IP), r.instant(TRADED_AT), r.string(COUNTERPARTY), r.string(TRADE_ID));
        if (!errors.isEmpty()) {
            String prefix = "events[" + index + "].";
            refused.put(index, errors.stream().map(x -> new FieldError(prefix + x.field(), x.message())).toList());
            return;
        }
        rows.add(report);
        indexes.add(index);
    }

    /** One row's fields turned into Java as {@link JsonBody} would, its type errors added to the row's. */
    private record Row(Kind[] kinds, String[] texts, List<FieldError> errors) {

        String string(int f) {
            return switch (kinds[f]) {
                case ABSENT, NULL -> null;
                case STRING -> {
                    Optional<String> problem = StorableText.problem(texts[f]);
                    problem.ifPresent(message -> errors.add(new FieldError(FIELDS[f], message)));
                    yield problem.isPresent() ? null : texts[f];
                }
                default -> {
                    errors.add(new FieldError(FIELDS[f], "must be a string"));
                    yield null;
                }
            };
        }

        BigDecimal decimal(int f) {
            if (kinds[f] == Kind.ABSENT || kinds[f] == Kind.NULL) {
                return null;
            }
            if (kinds[f] == Kind.OTHER || !JsonBody.plainDecimal(texts[f])) {
                errors.add(new FieldError(FIELDS[f], JsonBody.DECIMAL_EXPECTED));
                return null;
            }
            return new BigDecimal(texts[f]);
        }

        Instant instant(int f) {
            String s = string(f);
            if (s == null) {
                return null;
            }
            try {
                return UtcInstants.parse(s);
            } catch (DateTimeParseException e) {
                errors.add(new FieldError(FIELDS[f], JsonBody.INSTANT_EXPECTED));
                return null;
            }
        }
    }

    private static int field(String name) {
        for (int f = 0; f < FIELDS.length; f++) {
            if (FIELDS[f].equals(name)) {
                return f;
            }
        }
        return -1;
    }

    private JsonParser.Event next() {
        JsonParser.Event e = parser.next();
        if (e == JsonParser.Event.START_OBJECT || e == JsonParser.Event.START_ARRAY) {
            if (++depth > JsonBody.MAX_DEPTH) {
                throw new InvalidInput("body", "nests objects and arrays deeper than " + JsonBody.MAX_DEPTH + " levels");
            }
        } else if (e == JsonParser.Event.END_OBJECT || e == JsonParser.Event.END_ARRAY) {
            depth--;
        }
        return e;
    }

    /** Past the value that began with {@code first} (walked, not skipped: its depth counts). */
    private void skip(JsonParser.Event first) {
        if (first != JsonParser.Event.START_OBJECT && first != JsonParser.Event.START_ARRAY) {
            return;
        }
        int until = depth - 1;
        while (depth > until) {
            next();
        }
    }
}
