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

/**
 * The record of one import of a source's list: what it read and its bad lines (when it is asked for), then, once its
 * job has applied every line, what it changed. RUNNING until then, COMPLETED after.
 */
@Entity
@Table(name = "flagged_list_import")
@NamedQuery(name = ListImport.LATEST, query = "SELECT i FROM ListImport i ORDER BY i.id DESC")
@NamedQuery(name = ListImport.LATEST_OF_SOURCE, query = "SELECT i FROM ListImport i WHERE i.source = :source ORDER BY i.id DESC")
@NamedQuery(name = ListImport.RUNNING_OF_SOURCE,
        query = "SELECT i.id FROM ListImport i WHERE i.source = :source AND i.state = :state")
public class ListImport {

    public enum State { RUNNING, COMPLETED }

    public static final String RUNNING_OF_SOURCE = "ListImport.runningOfSource";
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
    @Enumerated(EnumType.STRING)
    @Column(name = "import_state", nullable = false)
    private State state;
    @Column(name = "job_id")
    private Long jobId;
    @Column(name = "finished_at")
    private Instant finishedAt;

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
        this.state = State.RUNNING;
    }

    /** What was read, when the import is asked for: the assets it covers, its lines, its bad lines. */
    public void read(FlaggedListReader.Result read) {
        this.assets = cut(String.join(" ", read.assets()), 500);
        this.linesRead = read.linesRead();
        this.badLines = read.badLines().size();
        this.badLineText = lines(read.badLines().stream().map(b -> b.file() + ":" + b.line() + ": " + b.message()).toList());
    }

    /** The job applying its lines. */
    public void appliedBy(long jobId) {
        this.jobId = jobId;
    }

    /** Its results, once every line has been applied and the listings it no longer names removed. */
    public void completed(int added, int changed, int unchanged, List<String> addedKeys, List<String> removedKeys,
                          int listedAfter, Instant now) {
        this.added = added;
        this.changed = changed;
        this.unchanged = unchanged;
        this.removed = removedKeys.size();
        this.listedAfter = listedAfter;
        this.addedText = lines(addedKeys);
        this.removedText = lines(removedKeys);
        this.state = State.COMPLETED;
        this.finishedAt = now;
    }

    /** The assets it covers (its files' assets, those of its good and bad lines). */
    public List<String> assets() {
        return assets.isEmpty() ? List.of() : Arrays.asList(assets.split(" "));
    }

    public String source() {
        return source;
    }

    public State state() {
        return state;
    }

    public Long jobId() {
        return jobId;
    }

    public int linesRead() {
        return linesRead;
    }

    public int badLines() {
        return badLines;
    }

    public FlaggedListReader.Format format() {
        return format;
    }

    /** Its report; {@code percent}: how far its job got (100 once completed). */
    public ImportReport report(int percent) {
        return new ImportReport(id, source, format.name(), files, assets(),
                importedBy, importedAt, linesRead, added, changed, removed, unchanged, badLines, listedAfter,
                split(badLineText), split(addedText), split(removedText), null, state.name(), jobId,
                state == State.COMPLETED ? 100 : percent, finishedAt);
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
