package io.redress.api.audit;

import io.redress.api.support.JsonBuilders;
import io.redress.audit.api.ChainSeal;
import io.redress.audit.api.ExportedEntry;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;

/**
 * The two shapes of an audit export, one entry per line or row, then the chain's verification as the last one
 * ({@code record} is {@code entry} or {@code chain}). Values are written exactly as sealed (times as
 * {@code Instant.toString()}, nulls as JSON null or an empty CSV cell), so each entry's hash can be recomputed from
 * the export alone. CSV cells are quoted as RFC 4180 says, and a text a spreadsheet would run as a formula is escaped
 * reversibly ({@link CsvRows#cell}): the sealed value is the cell without one leading apostrophe.
 */
abstract class AuditLines {

    static final List<String> COLUMNS = List.of("record", "seq", "occurredAt", "actor", "actorRole", "action",
            "entityType", "entityId", "before", "after", "reason", "origin", "accountId", "accountLink", "prevHash",
            "hash", "intact", "entriesVerified", "firstBrokenSeq", "problem", "exported");

    final Writer out;

    AuditLines(Writer out) {
        this.out = out;
    }

    static AuditLines json(Writer out) {
        return new JsonLines(out);
    }

    static AuditLines csv(Writer out) {
        return new CsvRows(out);
    }

    abstract void header() throws IOException;

    abstract void entry(ExportedEntry e) throws IOException;

    abstract void trailer(ChainSeal seal, long exported) throws IOException;

    private static final class JsonLines extends AuditLines {

        JsonLines(Writer out) {
            super(out);
        }

        @Override
        void header() {
            // JSON lines need none: every line names its fields
        }

        @Override
        void entry(ExportedEntry e) throws IOException {
            JsonObjectBuilder o = JsonBuilders.object().add("record", "entry").add("seq", e.seq())
                    .add("occurredAt", e.occurredAt().toString());
            text(o, "actor", e.actor());
            text(o, "actorRole", e.actorRole());
            text(o, "action", e.action());
            text(o, "entityType", e.entityType());
            text(o, "entityId", e.entityId());
            text(o, "before", e.before());
            text(o, "after", e.after());
            text(o, "reason", e.reason());
            text(o, "origin", e.origin());
            text(o, "accountId", e.accountId());
            text(o, "accountLink", e.accountLink());
            text(o, "prevHash", e.prevHash());
            text(o, "hash", e.hash());
            out.write(o.build().toString());
            out.write('\n');
        }

        @Override
        void trailer(ChainSeal seal, long exported) throws IOException {
            JsonObjectBuilder o = JsonBuilders.object().add("record", "chain").add("intact", seal.intact())
                    .add("entriesVerified", seal.entriesVerified());
            if (seal.firstBrokenSeq() == null) {
                o.addNull("firstBrokenSeq");
            } else {
                o.add("firstBrokenSeq", seal.firstBrokenSeq());
            }
            text(o, "problem", seal.problem());
            o.add("headSeq", seal.headSeq()).add("headHash", seal.headHash())
                    .add("verifiedAt", seal.verifiedAt().toString()).add("exported", exported);
            out.write(o.build().toString());
            out.write('\n');
        }

        private static void text(JsonObjectBuilder o, String name, String value) {
            if (value == null) {
                o.addNull(name);
            } else {
                o.add(name, value);
            }
        }
    }

    private static final class CsvRows extends AuditLines {

        CsvRows(Writer out) {
            super(out);
        }

        @Override
        void header() throws IOException {
            row(COLUMNS.toArray(String[]::new));
        }

        @Override
        void entry(ExportedEntry e) throws IOException {
            row("entry", Long.toString(e.seq()), e.occurredAt().toString(), e.actor(), e.actorRole(), e.action(),
                    e.entityType(), e.entityId(), e.before(), e.after(), e.reason(), e.origin(), e.accountId(),
                    e.accountLink(), e.prevHash(), e.hash(), null, null, null, null, null);
        }

        @Override
        void trailer(ChainSeal seal, long exported) throws IOException {
            row("chain", Long.toString(seal.headSeq()), seal.verifiedAt().toString(), null, null, null, null, null, null,
                    null, null, null, null, null, null, seal.headHash(), Boolean.toString(seal.intact()),
                    Long.toString(seal.entriesVerified()),
                    seal.firstBrokenSeq() == null ? null : seal.firstBrokenSeq().toString(), seal.problem(),
                    Long.toString(exported));
        }

        private void row(String... cells) throws IOException {
            if (cells.length != COLUMNS.size()) {
                throw new UncheckedIOException(new IOException("a CSV row of " + cells.length + " cells: " + Arrays.toString(cells)));
            }
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(cell(cells[i]));
            }
            out.write("\r\n");
        }

        /**
         * Null is an empty cell; the empty string is a quoted empty cell, so the two stay apart. A value a spreadsheet
         * would take for a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return first: a staff
         * member's reason is not code, CWE-1236) starts with an apostrophe, and so does a value that starts with one:
         * removing one leading apostrophe from a cell that has one gives back exactly the sealed value.
         */
        static String cell(String value) {
            if (value == null) {
                return "";
            }
            if (!value.isEmpty() && "=+-@\t\r'".indexOf(value.charAt(0)) >= 0) {
                value = "'" + value;
            }
            // quoted also around a semicolon or a tab: a spreadsheet whose list separator is ';' (French Excel) would
            // otherwise start a new cell there, and one beginning with '=' would run
            if (value.isEmpty() || value.chars().anyMatch(c -> c == ',' || c == ';' || c == '\t' || c == '"' || c == '\r' || c == '\n')) {
                return '"' + value.replace("\"", "\"\"") + '"';
            }
            return value;
        }
    }
}
