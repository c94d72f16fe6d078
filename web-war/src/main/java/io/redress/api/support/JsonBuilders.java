package io.redress.api.support;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.util.Collection;
import java.util.Map;

/**
 * JSON builders from one factory, found once. Every {@code Json.createObjectBuilder()} looks the JSON-P provider up
 * through the ServiceLoader, which in the server walks every jar of the EAR's class loaders: a 401 or 429 answered to
 * 16 connections ran at about half of ping's rate, most of it in that search (JFR, 3 December 2026). The factory is safe
 * for concurrent use.
 */
public final class JsonBuilders {

    private static final JsonBuilderFactory FACTORY = Json.createBuilderFactory(Map.of());

    private JsonBuilders() {
    }

    public static JsonObjectBuilder object() {
        return FACTORY.createObjectBuilder();
    }

    public static JsonArrayBuilder array() {
        return FACTORY.createArrayBuilder();
    }

    public static JsonArrayBuilder array(Collection<?> values) {
        return FACTORY.createArrayBuilder(values);
    }
}
