package io.redress.api.support;

import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * OpenAPI schemas of the Java types that go over the wire (records, enums, lists, maps, dates), as JSON-B writes and
 * the resources read them, with the limits a record component declares in its {@code @Schema} annotation. Payara's
 * scanner sees only web-war's classes and reads these annotations poorly (enums and dates become objects, lists of
 * lists), so {@link OpenApiDocument} builds the document's schemas here. Records become named components.
 */
final class JavaSchemas {

    private final Map<String, Schema> components = new TreeMap<>();
    private final Map<Type, String> names = new HashMap<>();

    Map<String, Schema> components() {
        return components;
    }

    /** The schema of a type: a reference for records, inline for everything else. */
    Schema of(Type type) {
        return of(type, Map.of());
    }

    private Schema of(Type type, Map<TypeVariable<?>, Type> bound) {
        if (type instanceof TypeVariable<?> v) {
            return of(bound.getOrDefault(v, Object.class), bound);
        }
        if (type instanceof WildcardType w) {
            return of(w.getUpperBounds()[0], bound);
        }
        if (type instanceof GenericArrayType a) {
            return array(of(a.getGenericComponentType(), bound));
        }
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type[] args = Arrays.stream(p.getActualTypeArguments()).map(t -> resolve(t, bound)).toArray(Type[]::new);
            if (Collection.class.isAssignableFrom(raw)) {
                Schema s = array(of(args[0], bound));
                return Set.class.isAssignableFrom(raw) ? s.uniqueItems(true) : s;
            }
            if (Map.class.isAssignableFrom(raw)) {
                return OASFactory.createSchema().type(SchemaType.OBJECT).additionalPropertiesSchema(of(args[1], bound));
            }
            if (raw.isRecord()) {
                Map<TypeVariable<?>, Type> inner = new HashMap<>();
                for (int i = 0; i < args.length; i++) {
                    inner.put(raw.getTypeParameters()[i], args[i]);
                }
                StringBuilder name = new StringBuilder(name(raw));
                Arrays.stream(args).forEach(a -> name.append(a instanceof Class<?> c ? c.getSimpleName() : "Item"));
                return record(raw, name.toString(), inner);
            }
            return of(raw, bound);
        }
        Class<?> c = (Class<?>) type;
        if (c.isArray()) {
            return array(of(c.getComponentType(), bound));
        }
        if (c.isEnum()) {
            return OASFactory.createSchema().type(SchemaType.STRING)
                    .enumeration(Arrays.stream(c.getEnumConstants()).map(e -> (Object) ((Enum<?>) e).name()).toList());
        }
        if (c.isRecord()) {
            return record(c, name(c), Map.of());
        }
        return scalar(c);
    }

    private static Type resolve(Type t, Map<TypeVariable<?>, Type> bound) {
        return t instanceof TypeVariable<?> v ? bound.getOrDefault(v, Object.class) : t;
    }

    private static Schema array(Schema items) {
        return OASFactory.createSchema().type(SchemaType.ARRAY).items(items);
    }

    private static Schema scalar(Class<?> c) {
        Schema s = OASFactory.createSchema();
        if (c == String.class || c == Character.class || c == char.class) {
            return s.type(SchemaType.STRING);
        }
        if (c == int.class || c == Integer.class || c == short.class || c == Short.class) {
            return s.type(SchemaType.INTEGER).format("int32");
        }
        if (c == long.class || c == Long.class || c == BigInteger.class) {
            return s.type(SchemaType.INTEGER).format("int64");
        }
        if (c == double.class || c == Double.class || c == float.class || c == Float.class || c == BigDecimal.class) {
            return s.type(SchemaType.NUMBER);
        }
        if (c == boolean.class || c == Boolean.class) {
            return s.type(SchemaType.BOOLEAN);
        }
        if (c == Instant.class || c == OffsetDateTime.class || c == ZonedDateTime.class) {
            return s.type(SchemaType.STRING).format("date-time");
        }
        if (c == LocalDate.class) {
            return s.type(SchemaType.STRING).format("date");
        }
        if (c == Duration.class) {
            return s.type(SchemaType.STRING).description("ISO-8601 duration, e.g. PT4H");
        }
        if (c == UUID.class) {
            return s.type(SchemaType.STRING).format("uuid");
        }
        // Object, JSON values: any JSON
        return s;
    }

    private String name(Class<?> c) {
        var annotation = c.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        if (annotation != null && !annotation.name().isBlank()) {
            return annotation.name();
        }
        if (names.containsKey(c)) {
            return names.get(c);
        }
        String simple = c.getSimpleName();
        // two records of the same simple name get, the second, their outer class's name in front (nested in different
        // classes) or their context's (io.redress.cases.domain.TimelineEntry beside io.redress.audit.api.TimelineEntry:
        // CasesTimelineEntry), never the first one's component
        boolean taken = names.entrySet().stream().anyMatch(e -> e.getValue().equals(simple) && !e.getKey().equals(c));
        if (!taken) {
            return simple;
        }
        if (c.getEnclosingClass() != null) {
            return c.getEnclosingClass().getSimpleName() + simple;
        }
        String[] packages = c.getPackageName().split("\\.");
        String context = packages.length > 2 ? packages[2] : packages[packages.length - 1];
        return Character.toUpperCase(context.charAt(0)) + context.substring(1) + simple;
    }

    private Schema record(Class<?> c, String name, Map<TypeVariable<?>, Type> bound) {
        Schema ref = OASFactory.createSchema().ref("#/components/schemas/" + name);
        if (components.containsKey(name)) {
            return ref;
        }
        if (c.getTypeParameters().length == 0) {
            // a generic record's name holds its arguments (PageAccountView): not the name of the record as such
            names.put(c, name);
        }
        Schema s = OASFactory.createSchema().type(SchemaType.OBJECT);
        components.put(name, s);
        var doc = c.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        if (doc != null && !doc.description().isBlank()) {
            s.description(doc.description());
        }
        List<String> required = new ArrayList<>();
        for (RecordComponent rc : c.getRecordComponents()) {
            Schema property = of(rc.getGenericType(), bound);
            var limits = annotation(c, rc);
            if (limits != null) {
                property = limited(property, limits);
            }
            if ((limits != null && limits.required()) || (limits == null && rc.getType().isPrimitive())) {
                required.add(rc.getName());
            }
            s.addProperty(rc.getName(), property);
        }
        if (!required.isEmpty()) {
            s.required(required);
        }
        return ref;
    }

    private static org.eclipse.microprofile.openapi.annotations.media.Schema annotation(Class<?> c, RecordComponent rc) {
        try {
            Field f = c.getDeclaredField(rc.getName());
            return f.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    /** A property with what its annotation adds; a reference cannot carry siblings, so it is wrapped in allOf. */
    private static Schema limited(Schema base, org.eclipse.microprofile.openapi.annotations.media.Schema a) {
        Schema s = base;
        if (base.getRef() != null) {
            s = OASFactory.createSchema().allOf(List.of(base));
        }
        if (!a.description().isBlank()) {
            s.description(a.description());
        }
        if (a.maxLength() > 0 && a.maxLength() < Integer.MAX_VALUE) {
            s.maxLength(a.maxLength());
        }
        if (a.minLength() > 0 && a.minLength() < Integer.MAX_VALUE) {
            s.minLength(a.minLength());
        }
        if (a.maxItems() > 0 && a.maxItems() < Integer.MAX_VALUE) {
            s.maxItems(a.maxItems());
        }
        if (a.minItems() > 0 && a.minItems() < Integer.MAX_VALUE) {
            s.minItems(a.minItems());
        }
        if (!a.minimum().isBlank()) {
            s.minimum(new BigDecimal(a.minimum()));
        }
        if (!a.maximum().isBlank()) {
            s.maximum(new BigDecimal(a.maximum()));
        }
        if (!a.pattern().isBlank()) {
            s.pattern(a.pattern());
        }
        if (!a.format().isBlank()) {
            s.format(a.format());
        }
        if (a.enumeration().length > 0) {
            s.enumeration(Arrays.stream(a.enumeration()).map(v -> (Object) v).toList());
            if (s.getType() == null) {
                s.type(SchemaType.STRING);
            }
        }
        if (!a.example().isBlank()) {
            s.example(a.example());
        }
        return s;
    }
}
