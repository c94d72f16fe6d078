package io.redress.shared.domain;

import java.util.Optional;

/**
 * The one rule for text any context stores: no NUL or other control characters except tab, line feed and carriage
 * return, no unpaired surrogate halves (PostgreSQL refuses NUL in text; a lone surrogate is not a character and
 * cannot be encoded), and no bidirectional embedding, override or isolate (they make a staff screen show text in
 * another order than it is written). Carriage return is allowed in every text because browsers send a text area's line breaks as
 * CR LF; single-line fields limit their own length and shape. Applied where text enters: the JSON body reader, the
 * query parameters and the console's default validator.
 */
public final class StorableText {

    private StorableText() {
    }

    /** What makes this text unstorable, if anything; {@code null} is storable (absence is the field's own rule). */
    public static Optional<String> problem(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return Optional.of("contains an unpaired surrogate at position " + i);
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of("contains an unpaired surrogate at position " + i);
            }
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return Optional.of(String.format("contains the control character U+%04X at position %d", (int) c, i));
            }
            if (isBidiOverride(c)) {
                return Optional.of(String.format("contains the bidirectional control character U+%04X at position %d", (int) c, i));
            }
        }
        return Optional.empty();
    }

    /**
     * The explicit embeddings, overrides and isolates (U+202A to U+202E, U+2066 to U+2069): they reorder the text shown
     * after them, so a stored title or note could read differently from what it holds (the "Trojan Source" class). The
     * marks U+200E and U+200F, which Arabic and Hebrew text uses, are not among them.
     */
    static boolean isBidiOverride(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /** The text itself, or an {@link InvalidInput} naming the field. */
    public static String require(String field, String text) {
        problem(text).ifPresent(message -> {
            throw new InvalidInput(field, message);
        });
        return text;
    }
}
