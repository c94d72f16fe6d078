package io.redress.api.restrictions;

import io.redress.restrictions.domain.AccountDecision;
import io.redress.restrictions.domain.DecisionReason;
import jakarta.json.Json;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A decision, the hot path's answer, written as JSON-B (Yasson) writes it, the same bytes: the properties in
 * lexicographic order, nulls left out, through the same JSON-P generator. Yasson found the record's properties and
 * their serializers again at every answer; that was about a fifth of what an API_TRADE decision cost the server
 * beyond a ping (profile of 4 December 2026). A decision listing funds held (a WITHDRAW on an account with a hold)
 * is rare and is written by Yasson itself, and so is an answer in a charset other than UTF-8 (a client that asks for
 * one in its Accept header: Jersey's JSON-B provider encodes in it). {@code AccountDecisionWriterTest} holds this writer
 * to Yasson's output.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class AccountDecisionWriter implements MessageBodyWriter<AccountDecision> {

    private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());
    private static final Jsonb YASSON = JsonbBuilder.create();

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        String charset = mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
        return type == AccountDecision.class && MediaType.APPLICATION_JSON_TYPE.isCompatible(mediaType)
                && (charset == null || StandardCharsets.UTF_8.name().equalsIgnoreCase(charset));
    }

    @Override
    public void writeTo(AccountDecision d, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) {
        if (!d.fundsHeld().isEmpty()) {
            YASSON.toJson(d, out);
            return;
        }
        try (JsonGenerator g = GENERATORS.createGenerator(out, StandardCharsets.UTF_8)) {
            write(d, g);
        }
    }

    /** The decision's properties, in Yasson's order: lexicographic by name. */
    static void write(AccountDecision d, JsonGenerator g) {
        g.writeStartObject();
        string(g, "accountId", d.accountId());
        if (d.action() != null) {
            g.write("action", d.action().name());
        }
        g.write("allowed", d.allowed());
        g.writeStartArray("fundsHeld").writeEnd();
        string(g, "keyId", d.keyId());
        if (d.measure() != null) {
            g.write("measure", d.measure().name());
        }
        string(g, "reasonCode", d.reasonCode());
        if (d.reasons() != null) {
            g.writeStartArray("reasons");
            for (DecisionReason r : d.reasons()) {
                g.write(r.name());
            }
            g.writeEnd();
        }
        if (d.restrictionId() != null) {
            g.write("restrictionId", d.restrictionId());
        }
        if (d.status() != null) {
            g.write("status", d.status().name());
        }
        if (d.windowEndsAt() != null) {
            g.write("windowEndsAt", d.windowEndsAt().toString());
        }
        g.write("withdrawalsFrozen", d.withdrawalsFrozen());
        g.writeEnd();
    }

    private static void string(JsonGenerator g, String name, String value) {
        if (value != null) {
            g.write(name, value);
        }
    }
}
