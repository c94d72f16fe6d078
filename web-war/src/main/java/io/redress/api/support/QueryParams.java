package io.redress.api.support;

import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.InvalidInput;
import java.util.ArrayList;
import java.util.List;

/**
 * Query parameters are declared as strings and read here, so a wrong type or a value out of range is a 400 naming
 * the parameter (JAX-RS answers 404 when it cannot convert a typed parameter) and nothing is silently clamped.
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static int integer(String name, String value, int min, int max) {
        return (int) longInteger(name, value, min, max);
    }

    public static long longInteger(String name, String value, long min, long max) {
        List<FieldError> errors = new ArrayList<>();
        long n = longInteger(name, value, min, max, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return n;
    }

    /** For several parameters reported in one 400: a wrong value adds its error and reads as {@code min}. */
    public static int integer(String name, String value, int min, int max, List<FieldError> errors) {
        return (int) longInteger(name, value, min, max, errors);
    }

    private static long longInteger(String name, String value, long min, long max, List<FieldError> errors) {
        if (value != null && value.matches("-?\\d{1,19}")) {
            try {
                long n = Long.parseLong(value);
                if (n >= min && n <= max) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // beyond a long: out of range like any other
            }
        }
        errors.add(new FieldError(name, "must be a whole number from " + min + " to " + max));
        return min;
    }

    /** An optional parameter: absent or blank reads as null. For several parameters reported in one 400. */
    public static Long optionalLong(String name, String value, long min, long max, List<FieldError> errors) {
        return value == null || value.isBlank() ? null : longInteger(name, value.strip(), min, max, errors);
    }

    /** An optional enum parameter, case-insensitive: absent or blank reads as null; a wrong name adds its error. */
    public static <E extends Enum<E>> E optionalEnum(Class<E> type, String name, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.strip())) {
                return constant;
            }
        }
        errors.add(new FieldError(name, "one of " + java.util.Arrays.toString(type.getEnumConstants())));
        return null;
    }

    /** An optional ISO-8601 UTC time: absent or blank reads as null; anything else unparsable adds its error. */
    public static java.time.Instant optionalInstant(String name, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.Instant.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            errors.add(new FieldError(name, "must be an ISO-8601 UTC time, e.g. 2026-01-31T12:00:00Z"));
            return null;
        }
    }

    /** An optional text of 1 to {@code max} characters: absent or blank reads as null; longer adds its error. */
    public static String optionalText(String name, String value, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            errors.add(new FieldError(name, "at most " + max + " characters"));
            return null;
        }
        return value.strip();
    }

    public static boolean bool(String name, String value) {
        if ("true".equals(value) || "false".equals(value)) {
            return Boolean.parseBoolean(value);
        }
        throw new InvalidInput(name, "must be true or false");
    }
}
