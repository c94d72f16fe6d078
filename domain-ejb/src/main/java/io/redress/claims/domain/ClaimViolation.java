package io.redress.claims.domain;

import java.util.List;

/**
 * A rule a step on a claim breaks: its code (listed with the API's problem types), why in words, and the values that
 * sentence names ({@code arguments}, in order) so that a screen can say it in its reader's language.
 */
public record ClaimViolation(String rule, String message, List<String> arguments) {

    public ClaimViolation {
        arguments = List.copyOf(arguments);
    }

    public ClaimViolation(String rule, String message) {
        this(rule, message, List.of());
    }

    /** A violation whose sentence names {@code values} (each written as text). */
    public static ClaimViolation of(String rule, String message, Object... values) {
        return new ClaimViolation(rule, message, java.util.Arrays.stream(values).map(String::valueOf).toList());
    }
}
