package io.redress.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StorableTextTest {

    @Test
    void ordinaryTextInAnyScriptWithTabsAndLineBreaksIsStorable() {
        for (String text : new String[] {"", "Hello", "line one\nline two\r\nline three\tend", "お問い合わせ", "emoji \uD83D\uDE00 ok",
                "Ünïcödé «quotes»"}) {
            assertTrue(StorableText.problem(text).isEmpty(), text);
        }
        assertTrue(StorableText.problem(null).isEmpty());
    }

    @Test
    void nulControlCharactersAndLoneSurrogatesAreRefused() {
        assertEquals("contains the control character U+0000 at position 1", StorableText.problem("a\u0000b").orElseThrow());
        assertEquals("contains the control character U+001B at position 0", StorableText.problem("\u001B[31m").orElseThrow());
        assertTrue(StorableText.problem("bell\u0007").isPresent());
        assertTrue(StorableText.problem("del\u007F").isPresent());
        assertTrue(StorableText.problem("c1\u0085").isPresent());
        assertEquals("contains an unpaired surrogate at position 4", StorableText.problem("high\uD800").orElseThrow());
        assertEquals("contains an unpaired surrogate at position 3", StorableText.problem("low\uDC00x").orElseThrow());
        assertTrue(StorableText.problem("\uDE00\uD83D").isPresent(), "a pair in the wrong order");
    }

    @Test
    void requireNamesTheField() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> StorableText.require("note", "x\u0000"));
        assertEquals("note", e.errors().get(0).field());
        assertEquals("fine", StorableText.require("note", "fine"));
    }

    @Test
    void bidirectionalEmbeddingsOverridesAndIsolatesAreRefused() {
        assertEquals("contains the bidirectional control character U+202E at position 7",
                StorableText.problem("invoice\u202Efdp.exe").orElseThrow());
        for (char c : new char[] {'\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'}) {
            assertTrue(StorableText.problem("a" + c + "b").isPresent(), String.format("U+%04X", (int) c));
        }
    }

    @Test
    void leftToRightAndRightToLeftMarksAndArabicOrHebrewTextStayStorable() {
        for (String text : new String[] {"\u05E9\u05DC\u05D5\u05DD \u200Eticket RD-1\u200F", "\u0645\u0631\u062D\u0628\u0627 \u200F(123)",
                "\u2029 paragraph", "\u2065 unassigned next to the isolates", "\u202F narrow no-break space"}) {
            assertTrue(StorableText.problem(text).isEmpty(), text);
        }
    }
}
