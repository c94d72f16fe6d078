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
}
