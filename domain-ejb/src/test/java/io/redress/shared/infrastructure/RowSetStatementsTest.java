package io.redress.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowSetStatementsTest {

    private static List<Object[]> column(Object... values) {
        return java.util.Arrays.stream(values).map(v -> new Object[] {"other", v}).toList();
    }

    @Test
    void textIsQuotedWithItsQuotesAndBackslashesEscaped() {
        assertEquals("{\"plain\",\"say \\\"hi\\\"\",\"C:\\\\dir\\\\\",\"{a,b} NULL\",\"\"}",
                RowSetStatements.arrayLiteral(column("plain", "say \"hi\"", "C:\\dir\\", "{a,b} NULL", ""), 1));
    }

    @Test
    void aMissingValueIsTheArraysNullNotTheWord() {
        assertEquals("{NULL,\"NULL\"}", RowSetStatements.arrayLiteral(column(null, "NULL"), 1));
    }

    @Test
    void numbersAndBooleansAreWrittenBareAndInstantsAsIsoText() {
        assertEquals("{42,-7}", RowSetStatements.arrayLiteral(column(42L, -7L), 1));
        assertEquals("{true,false}", RowSetStatements.arrayLiteral(column(true, false), 1));
        Instant at = Instant.parse("2026-12-06T13:14:15.123456Z");
        assertEquals("{\"" + SqlInstants.text(at) + "\"}", RowSetStatements.arrayLiteral(column(at), 1));
    }

    @Test
    void linesTabsAndNonAsciiTextAreKeptAsTheyAre() {
        assertEquals("{\"a\nb\tc 山田 Zoë\"}", RowSetStatements.arrayLiteral(column("a\nb\tc 山田 Zoë"), 1));
    }
}
