package io.redress.screening.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** The record of one import of a source's list: what it read, what it changed, its bad lines. Written once. */
@Entity
@Table(name = "flagged_list_import")
@NamedQuery(name = ListImport.LATEST, query = "SELECT i FROM ListImport i ORDER BY i.id DESC")
@NamedQuery(name = ListImport.LATEST_OF_SOURCE, query = "SELECT i FROM ListImport i WHERE i.source = :source ORDER BY i.id DESC")
public class ListImport {

    public static final String LATEST = "ListImport.latest";
    public static final String LATEST_OF_SOURCE = "ListImport.latestOfSource";
    /** How many bad lines and addresses the record keeps (the answer to the import names them all). */
    static final int KEPT = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "flagged_list_import_seq")
    @SequenceGenerator(name = "flagged_list_import_seq", sequenceName = "flagged_list_import_seq", allocationSize = 50)
    private Long id;
    @Column(nullable = false, updatable = false)
    private String source;
    @Enumerated(EnumType.STRING)
    @Column(name = "list_format", nullable = false, updatable = false)
    private FlaggedListReader.Format format;
    @Column(nullable = false)
    private String files;
    @Column(nullable = false)
    private String assets;
    @Column(name = "imported_by", nullable = false)
    private String importedBy;
    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;
    @Column(name = "lines_read", nullable = false)
    private int linesRead;
    @Column(nullable = false)
    private int added;
    @Column(nullable = false)
    private int changed;
    @Column(nullable = false)
    private int removed;
    @Column(nullable = false)
    private int unchanged;
    @Column(name = "bad_lines", nullable = false)
    private int badLines;
    @Column(name = "listed_after", nullable = false)
    private int listedAfter;
    @Column(name = "bad_line_text", nullable = false)
    private String badLineText;
    @Column(name = "added_text", nullable = false)
    private String addedText;
    @Column(name = "removed_text", nullable = false)
    private String removedText;

    protected ListImport() {
    }

    public ListImport(String source, FlaggedListReader.Format format, List<String> files, String importedBy, Instant now) {
        this.source = source;
        this.format = format;
        this.files = cut(String.join(", ", files), 2000);
        this.assets = "";
        this.importedBy = importedBy;
        this.importedAt = now;
        this.badLineText = "";
        this.addedText = "";
        this.removedText = "";
    }

    /** Its results, once the import has been applied. */
    public void record(FlaggedListReader.Result read, ListDiff.Result diff, int listedAfter) {
        this.assets = cut(String.join(" ", read.assets()), 500);
        this.linesRead = read.linesRead();
        this.added = diff.added().size();
        this.changed = diff.changed().size();
        this.removed = diff.removed().size();
        this.unchanged = diff.unchanged();
        this.badLines = read.badLines().size();
        this.listedAfter = listedAfter;
        this.badLineText = lines(read.badLines().stream().map(b -> b.file() + ":" + b.line() + ": " + b.message()).toList());
        this.addedText = lines(diff.added().stream().map(FlaggedListReader.Entry::key).toList());
        this.removedText = lines(diff.removed().stream().map(ListDiff.Listed::key).toList());
    }

    public ImportReport report() {
        return new ImportReport(id, source, format.name(), files, Arrays.asList(assets.isEmpty() ? new String[0] : assets.split(" ")),
                importedBy, importedAt, linesRead, added, changed, removed, unchanged, badLines, listedAfter,
                split(badLineText), split(addedText), split(removedText), null);
    }

    public long id() {
        return id;
    }

    private static List<String> split(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }

    private static String lines(List<String> all) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < all.size() && i < KEPT; i++) {
            String line = all.get(i).replace('\n', ' ');
            if (out.length() + line.length() + 1 > 19_900) {
                break;
            }
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(line);
        }
        return out.toString();
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }
}
