package io.redress.api.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8CheckTest {

    private static boolean wellFormed(byte[] bytes, int piece) {
        Utf8Check check = new Utf8Check();
        for (int i = 0; i < bytes.length; i += piece) {
            check.feed(bytes, i, Math.min(piece, bytes.length - i));
        }
        return check.complete();
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    @Test
    void textOfEveryScriptIsWellFormedHoweverItIsCut() {
        byte[] text = "{\"note\":\"Überweisung 送金 遅い 😀 ok\"}".getBytes(StandardCharsets.UTF_8);
        for (int piece : new int[] {1, 2, 3, 7, text.length}) {
            assertTrue(wellFormed(text, piece), "in pieces of " + piece);
        }
    }

    @Test
    void theEdgesOfEachRangeAreWellFormed() {
        assertTrue(wellFormed(bytes(0xC2, 0x80), 1), "U+0080");
        assertTrue(wellFormed(bytes(0xE0, 0xA0, 0x80), 1), "U+0800, the smallest three-byte form");
        assertTrue(wellFormed(bytes(0xED, 0x9F, 0xBF), 1), "U+D7FF, just below the surrogates");
        assertTrue(wellFormed(bytes(0xEE, 0x80, 0x80), 1), "U+E000, just above them");
        assertTrue(wellFormed(bytes(0xF0, 0x90, 0x80, 0x80), 1), "U+10000, the smallest four-byte form");
        assertTrue(wellFormed(bytes(0xF4, 0x8F, 0xBF, 0xBF), 1), "U+10FFFF, the last");
    }

    @Test
    void strayAndForbiddenBytesAreNot() {
        assertFalse(wellFormed(bytes('a', 'b', 0xFF, 0xFE, '(', 'c'), 1), "bytes no UTF-8 has");
        assertFalse(wellFormed(bytes(0x80), 1), "a continuation without a lead");
        assertFalse(wellFormed(bytes(0xC3, 0x28), 1), "a lead followed by no continuation");
        assertFalse(wellFormed(bytes(0xC0, 0xAF), 1), "an overlong slash");
        assertFalse(wellFormed(bytes(0xE0, 0x80, 0xAF), 1), "an overlong three-byte form");
        assertFalse(wellFormed(bytes(0xED, 0xA0, 0x80), 1), "a surrogate");
        assertFalse(wellFormed(bytes(0xF4, 0x90, 0x80, 0x80), 2), "above U+10FFFF");
        assertFalse(wellFormed(bytes('x', 0xE2, 0x82), 3), "cut short at the end");
    }

    @Test
    void itNamesWhereTheFormBroke() {
        Utf8Check check = new Utf8Check();
        byte[] b = bytes('a', 'b', 0xFF);
        check.feed(b, 0, 2);
        check.feed(b, 2, 1);
        assertFalse(check.complete());
        assertEquals(2, check.firstBad());
    }
}
