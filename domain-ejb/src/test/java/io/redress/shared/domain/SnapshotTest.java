package io.redress.shared.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SnapshotTest {

    private static String json(Object value) {
        return Snapshot.of().with("v", value).toJson();
    }

    @Test
    void anEmptySnapshotIsAnEmptyObject() {
        assertEquals("{}", Snapshot.of().toJson());
    }

    @Test
    void fieldsAreWrittenInTheOrderTheyWereAdded() {
        String out = Snapshot.of().with("zeta", 1).with("alpha", 2).with("mid", 3).toJson();
        assertEquals("{\"zeta\":1,\"alpha\":2,\"mid\":3}", out);
    }

    @Test
    void quotesAndBackslashesAreEscaped() {
        assertEquals("{\"v\":\"say \\\"hi\\\" C:\\\\dir\"}", json("say \"hi\" C:\\dir"));
    }

    @Test
    void newlinesTabsAndCarriageReturnsUseShortEscapes() {
        assertEquals("{\"v\":\"a\\nb\\rc\\td\"}", json("a\nb\rc\td"));
    }

    @Test
    void otherControlCharactersAreUnicodeEscaped() {
        assertEquals("{\"v\":\"\\u0000\\u0001\\u0008\\u000c\\u001f\"}", json("\u0000\u0001\b\f\u001f"));
    }

    @Test
    void printableAndNonAsciiCharactersAreKeptAsTheyAre() {
        assertEquals("{\"v\":\"Zoë 山田 / ' ~\"}", json("Zoë 山田 / ' ~"));
    }

    @Test
    void fieldNamesAreEscapedLikeValues() {
        assertEquals("{\"a\\\"b\\n\":true}", Snapshot.of().with("a\"b\n", true).toJson());
    }

    @Test
    void nullIsWrittenAsJsonNull() {
        assertEquals("{\"v\":null}", json(null));
    }

    @Test
    void numbersAndBooleansAreWrittenBare() {
        String out = Snapshot.of().with("i", 42).with("l", -7L).with("d", 1.5).with("big", new BigDecimal("10.50"))
                .with("t", true).with("f", false).toJson();
        assertEquals("{\"i\":42,\"l\":-7,\"d\":1.5,\"big\":10.50,\"t\":true,\"f\":false}", out);
    }

    @Test
    void instantsDatesAndEnumsAreWrittenAsIsoOrNameStrings() {
        String out = Snapshot.of().with("at", Instant.parse("2024-05-06T07:08:09.123Z"))
                .with("on", LocalDate.of(2009, 1, 3)).with("role", Role.SUPERVISOR).toJson();
        assertEquals("{\"at\":\"2024-05-06T07:08:09.123Z\",\"on\":\"2009-01-03\",\"role\":\"SUPERVISOR\"}", out);
    }

    @Test
    void listsAreWrittenAsArraysOfTheirValues() {
        assertEquals("{\"v\":[\"a\\\"\",1,null,true,\"AGENT\"]}", json(Arrays.asList("a\"", 1, null, true, Role.AGENT)));
        assertEquals("{\"v\":[]}", json(List.of()));
        assertEquals("{\"v\":[[1,2],[]]}", json(List.of(List.of(1, 2), List.of())));
        assertEquals("{\"v\":[\"ADMIN\"]}", json(Set.of(Role.ADMIN)));
    }

    @Test
    void otherObjectsAreWrittenAsTheirTextQuoted() {
        Object custom = new Object() {
            @Override
            public String toString() {
                return "custom \"thing\"";
            }
        };
        assertEquals("{\"v\":\"custom \\\"thing\\\"\"}", json(custom));
    }

    @Test
    void theSameContentAlwaysGivesTheSameText() {
        Snapshot a = Snapshot.of().with("id", "C-1").with("n", 3).with("tags", List.of("x", "y"));
        Snapshot b = Snapshot.of().with("id", "C-1").with("n", 3).with("tags", List.of("x", "y"));
        assertEquals(a.toJson(), b.toJson());
        assertEquals(a.toJson(), a.toJson());
    }

    @org.junit.jupiter.api.Test
    void nonFiniteNumbersAreWrittenAsStringsSoTheJsonStaysValid() {
        org.junit.jupiter.api.Assertions.assertEquals("{\"a\":\"NaN\",\"b\":\"Infinity\"}",
                Snapshot.of().with("a", Double.NaN).with("b", Float.POSITIVE_INFINITY).toJson());
    }
}
