package io.redress.screening.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One good line of an import waiting for its import's job (staged when the import is asked for, numbered 1..n), with
 * what applying it did. Deleted when the import completes.
 */
@Entity
@Table(name = "flagged_list_import_line")
@IdClass(ImportLine.Key.class)
@NamedQuery(name = ImportLine.RANGE,
        query = "SELECT l FROM ImportLine l WHERE l.importId = :import AND l.seq > :after AND l.seq <= :last ORDER BY l.seq")
@NamedQuery(name = ImportLine.OUTCOMES,
        query = "SELECT l.outcome, COUNT(l) FROM ImportLine l WHERE l.importId = :import GROUP BY l.outcome")
@NamedQuery(name = ImportLine.WITH_OUTCOMES,
        query = "SELECT l FROM ImportLine l WHERE l.importId = :import AND l.outcome IN :outcomes ORDER BY l.seq")
@NamedQuery(name = ImportLine.DELETE, query = "DELETE FROM ImportLine l WHERE l.importId = :import")
@NamedQuery(name = ImportLine.KEYS, query = "SELECT l.asset, l.address FROM ImportLine l WHERE l.importId = :import")
@NamedQuery(name = ImportLine.APPLIED,
        query = "UPDATE ImportLine l SET l.outcome = :outcome WHERE l.importId = :import AND l.seq IN :seqs")
public class ImportLine {

    public static final String RANGE = "ImportLine.range";
    public static final String OUTCOMES = "ImportLine.outcomes";
    public static final String WITH_OUTCOMES = "ImportLine.withOutcomes";
    public static final String DELETE = "ImportLine.delete";
    /** The asset and address of an import's every line. */
    public static final String KEYS = "ImportLine.keys";
    /**
     * What applying some of an import's lines did, one statement per outcome rather than a row update per line: on
     * H2 a row update by this table's key may walk the import's every line (it picks the import's foreign-key index).
     */
    public static final String APPLIED = "ImportLine.applied";

    @Id
    @Column(name = "import_id")
    private long importId;
    @Id
    private int seq;
    @Column(nullable = false)
    private String asset;
    @Column(nullable = false)
    private String address;
    @Enumerated(EnumType.STRING)
    @Column(name = "address_format", nullable = false)
    private AddressFormats.Format format;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Category category;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Severity severity;
    private String label;
    @Column(name = "file_name", nullable = false)
    private String fileName;
    @Column(name = "line_no", nullable = false)
    private int lineNo;
    @Enumerated(EnumType.STRING)
    private ListDiff.Outcome outcome;

    protected ImportLine() {
    }

    public ImportLine(long importId, int seq, FlaggedListReader.Entry e) {
        this.importId = importId;
        this.seq = seq;
        this.asset = e.asset();
        this.address = e.address();
        this.format = e.format();
        this.category = e.category();
        this.severity = e.severity();
        this.label = e.label();
        this.fileName = e.file();
        this.lineNo = e.line();
    }

    public FlaggedListReader.Entry entry() {
        return new FlaggedListReader.Entry(asset, address, format, category, severity, label, fileName, lineNo);
    }

    public ListDiff.Outcome outcome() {
        return outcome;
    }

    public int seq() {
        return seq;
    }

    public String address() {
        return address;
    }

    public String key() {
        return asset + " " + address;
    }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long importId;
        private int seq;

        public Key() {
        }

        public Key(long importId, int seq) {
            this.importId = importId;
            this.seq = seq;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.importId == importId && k.seq == seq;
        }

        @Override
        public int hashCode() {
            return Objects.hash(importId, seq);
        }
    }
}
