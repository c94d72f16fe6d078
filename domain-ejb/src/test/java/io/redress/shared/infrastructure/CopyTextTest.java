package io.redress.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CopyTextTest {

    @Test
    void rowsAreTabSeparatedLinesWithNullAsBackslashN() {
        CopyText rows = new CopyText(0);
        rows.field(1L).field("BK-1").field((String) null).endRow();
        rows.field(-42L).field("").field(Long.MIN_VALUE).endRow();
        assertEquals("1\tBK-1\t\\N\n-42\t\t-9223372036854775808\n", rows.toString());
    }

    @Test
    void theFormatsOwnCharactersAreEscapedSoNoValueEndsARow() {
        CopyText rows = new CopyText(4);
        rows.field("a\\b\tc\nd\re").field("\\N").endRow();
        assertEquals("a\\\\b\\tc\\nd\\re\t\\\\N\n", rows.toString());
    }

    @Test
    void textBeyondAsciiIsUtf8AndStillEscaped() {
        CopyText rows = new CopyText(1);
        rows.field("é\t€ 😀\\").endRow();
        byte[] expected = "é\\t€ 😀\\\\\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(Arrays.toString(expected), Arrays.toString(Arrays.copyOf(rows.bytes(), rows.length())));
    }
}
