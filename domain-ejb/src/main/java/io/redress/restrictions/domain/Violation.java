package io.redress.restrictions.domain;

import java.util.List;

/**
 * A broken rule of due process: a stable rule code for machines, a sentence for people, and the values that sentence
 * names ({@code arguments}, in order) so that a screen can say it in the reader's language.
 */
public record Violation(String rule, String message, List<String> arguments) {

    public Violation {
        arguments = List.copyOf(arguments);
    }

    public Violation(String rule, String message) {
        this(rule, message, List.of());
    }

    /** A violation whose sentence names {@code values} (each written as text). */
    public static Violation of(String rule, String message, Object... values) {
        return new Violation(rule, message, java.util.Arrays.stream(values).map(String::valueOf).toList());
    }
}
