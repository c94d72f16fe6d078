package io.redress.api.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UtcInstantsTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-31T12:00:00Z", "2026-12-02T02:30:59.5Z", "2026-12-02T02:30:59.123456Z",
            "2026-12-02T02:30:59.123456789Z", "2024-02-29T23:59:59.000Z", "1970-01-01T00:00:00Z", "1969-12-31T23:59:59.999Z",
            "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z", "2000-02-29T00:00:00.1Z"})
    void thePlainFormIsReadByHandAsInstantParseReadsIt(String text) {
        assertNotNull(UtcInstants.fast(text), "fast path");
        assertEquals(Instant.parse(text), UtcInstants.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-31t12:00:00z", "2026-01-31T12:00:00+01:00", "2026-01-31T24:00:00Z",
            "2026-06-30T23:59:60Z", "+12026-01-31T12:00:00Z", "2026-01-31T12:00Z", "2026-01-31T12:00:00.Z"})
    void otherFormsAreLeftToInstantParse(String text) {
        assertNull(UtcInstants.fast(text));
        Instant expected;
        try {
            expected = Instant.parse(text);
        } catch (DateTimeParseException e) {
            assertThrows(DateTimeParseException.class, () -> UtcInstants.parse(text));
            return;
        }
        assertEquals(expected, UtcInstants.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026-02-29T00:00:00Z", "2026-02-30T00:00:00Z", "2026-04-31T00:00:00Z", "2026-13-01T00:00:00Z",
            "2026-00-01T00:00:00Z", "2026-01-00T00:00:00Z", "2026-01-01T00:60:00Z", "2026-01-01T25:00:00Z",
            "2026-01-01T00:00:00.1234567890Z", "2026-01-01 00:00:00Z", "2026-01-01T00:00:00", "2026-1-01T00:00:00Z",
            "2026-01-01T00:00:0aZ", "2026-01-01T00:00:00.12a4Z", "\uFF12\uFF10\uFF12\uFF16-01-01T00:00:00Z", "2026-01-01T00:00:00ZZ"})
    void refusedAsInstantParseRefusesThem(String text) {
        assertThrows(DateTimeParseException.class, () -> Instant.parse(text), "the premise");
        assertThrows(DateTimeParseException.class, () -> UtcInstants.parse(text));
    }

    @Test
    void agreesWithInstantParseOnRandomMutationsOfThePlainForm() {
        Random random = new Random(7);
        char[] alphabet = "0123456789-:.TZ+ tz".toCharArray();
        for (int i = 0; i < 200_000; i++) {
            Instant base = Instant.ofEpochSecond(random.nextLong() % 200_000_000_000L + 50_000_000_000L, random.nextInt(1_000_000_000));
            StringBuilder text = new StringBuilder(base.toString());
            for (int m = random.nextInt(3); m > 0; m--) {
                int at = random.nextInt(text.length() + 1);
                switch (random.nextInt(3)) {
                    case 0 -> text.insert(at, alphabet[random.nextInt(alphabet.length)]);
                    case 1 -> {
                        if (at < text.length()) {
                            text.deleteCharAt(at);
                        }
                    }
                    default -> {
                        if (at < text.length()) {
                            text.setCharAt(at, alphabet[random.nextInt(alphabet.length)]);
                        }
                    }
                }
            }
            String s = text.toString();
            Object expected;
            try {
                expected = Instant.parse(s);
            } catch (DateTimeParseException e) {
                expected = DateTimeParseException.class;
            }
            Object actual;
            try {
                actual = UtcInstants.parse(s);
            } catch (DateTimeParseException e) {
                actual = DateTimeParseException.class;
            }
            assertEquals(expected, actual, s);
        }
    }
}
