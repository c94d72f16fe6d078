package io.redress.web.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvFileTest {

    @Test
    void aSpreadsheetReadsJapaneseBecauseTheFileStartsWithTheUtf8ByteOrderMark() {
        byte[] bytes = new CsvFile(List.of("件名", "n")).row("入金が反映されない", 3).bytes();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        assertEquals("件名,n\r\n入金が反映されない,3\r\n", new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedAsRfc4180Says() {
        assertEquals("\"a, b\"", CsvFile.cell("a, b"));
        assertEquals("\"he said \"\"no\"\"\"", CsvFile.cell("he said \"no\""));
        assertEquals("\"two\nlines\"", CsvFile.cell("two\nlines"));
        assertEquals("plain", CsvFile.cell("plain"));
    }

    @Test
    void aSemicolonOrATabIsQuotedSoThatASpreadsheetSplittingOnItStartsNoCellThere() {
        // French Excel splits on ';': unquoted, the second part would be a cell of its own, run as a formula
        assertEquals("\"x;=HYPERLINK(1)\"", CsvFile.cell("x;=HYPERLINK(1)"));
        assertEquals("\"a\tb\"", CsvFile.cell("a\tb"));
    }

    @Test
    void aCellAFormulaCouldBeMadeOfIsTextNotAFormula() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", CsvFile.cell("=HYPERLINK(\"http://x\")"));
        assertEquals("'@handle", CsvFile.cell("@handle"));
        assertEquals("'+1", CsvFile.cell("+1"));
        assertEquals("-3", CsvFile.cell(-3), "a number stays a number");
    }

    @Test
    void everyRowHasTheHeadersNumberOfCells() {
        assertThrows(IllegalArgumentException.class, () -> new CsvFile(List.of("a", "b")).row("only one"));
        assertEquals(1, new CsvFile(List.of("a")).row((Object) null).rows());
    }
}
