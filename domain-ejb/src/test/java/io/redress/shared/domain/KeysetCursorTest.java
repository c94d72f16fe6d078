package io.redress.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeysetCursorTest {

    @Test
    void aCursorSurvivesItsTextWithMicrosecondPrecision() {
        KeysetCursor c = new KeysetCursor(Instant.parse("2026-11-20T10:15:30.123456Z"), 4711);
        assertEquals(c, KeysetCursor.decode(c.encode()).orElseThrow());
    }

    @Test
    void noCursorIsTheFirstPage() {
        assertTrue(KeysetCursor.decode(null).isEmpty());
        assertTrue(KeysetCursor.decode(" ").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1.2", "1.2.3.4", "1.-1.3", "1.1000000.3", "x.1.2", "253402300800000.0.1", "-5.0.1",
            "+5.0.1", "5.0.0", "5.0.99999999999999999999", "1.2.3\u0000", "１.2.3"})
    void aForgedCursorIsRefused(String text) {
        assertThrows(IllegalArgumentException.class, () -> KeysetCursor.decode(text));
    }
}
