package io.redress.api.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.audit.api.ChainSeal;
import io.redress.audit.api.ExportedEntry;
import java.io.StringWriter;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The CSV export keeps every value exactly as sealed, so an auditor can recompute each hash from the file (the JSON
 * lines, which need a JSON provider, are checked by AccountTimelineIT).
 */
class AuditLinesTest {

    private static final ExportedEntry ENTRY = new ExportedEntry(7, Instant.parse("2026-11-30T07:00:00.120Z"), "ann",
            "SUPERVISOR", "RESTRICTION_APPROVED", "Restriction", "12", null, "{\"a\":\"x, \\\"y\\\"\"}", "",
            "10.0.0.1", "ACC-1", "recorded", "0".repeat(64), "f".repeat(64));
    private static final ChainSeal SEAL = new ChainSeal(true, 9, null, null, 9, "e".repeat(64),
            Instant.parse("2026-11-30T07:01:00Z"), 0, null);

    @Test
    void csvQuotesWhatNeedsItKeepsNullApartFromEmptyAndEndsWithTheChain() throws Exception {
        StringWriter out = new StringWriter();
        AuditLines csv = AuditLines.csv(out);
        csv.header();
        csv.entry(ENTRY);
        csv.trailer(SEAL, 1);
        String[] rows = out.toString().split("\r\n");
        assertEquals(3, rows.length, out.toString());
        assertTrue(rows[0].startsWith("record,seq,occurredAt,actor,"), rows[0]);
        assertTrue(rows[1].contains(",12,,\"{\"\"a\"\":\"\"x, \\\"\"y\\\"\"\"\"}\",\"\",10.0.0.1,ACC-1,recorded,"), rows[1]);
        assertTrue(rows[2].startsWith("chain,9,2026-11-30T07:01:00Z,"), rows[2]);
        assertTrue(rows[2].endsWith("," + "e".repeat(64) + ",true,9,,,1"), rows[2]);
    }

    @Test
    void aReasonASpreadsheetWouldRunIsEscapedSoThatItsSealedValueComesBack() throws Exception {
        for (String reason : new String[] {"=HYPERLINK(\"http://evil.example/\",\"x\")", "+1", "-2", "@SUM(A1)", "\tx", "'quoted",
            "''twice"}) {
            String cell = csvCell(reason);
            String unquoted = cell.startsWith("\"") ? cell.substring(1, cell.length() - 1).replace("\"\"", "\"") : cell;
            assertTrue(unquoted.startsWith("'"), reason + " -> " + cell);
            assertEquals(reason, unquoted.substring(1), "one leading apostrophe removed gives the sealed value back");
        }
        assertEquals("plain reason", csvCell("plain reason"), "any other value is written as it is");
        assertEquals("\"x;=HYPERLINK(1)\"", csvCell("x;=HYPERLINK(1)"), "quoted: French Excel splits cells on ';'");
        assertEquals("\"{\"\"a\"\":1}\"", csvCell("{\"a\":1}"), "quoted as RFC 4180 says, nothing added");
    }

    /** The reason column of a one-entry export. */
    private static String csvCell(String reason) throws Exception {
        StringWriter out = new StringWriter();
        AuditLines csv = AuditLines.csv(out);
        csv.entry(new ExportedEntry(1, Instant.parse("2026-11-30T07:00:00Z"), "ann", "ADMIN", "STAFF_ENABLED", "StaffMember",
                "bob", null, null, reason, "10.0.0.1", null, "derived", "0".repeat(64), "f".repeat(64)));
        String row = out.toString().strip();
        // the cells after the entity id: before and after empty, then the reason, then the origin
        int from = row.indexOf(",bob,,,") + ",bob,,,".length();
        int to = row.lastIndexOf(",10.0.0.1,");
        return row.substring(from, to);
    }
}
