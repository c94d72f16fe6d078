package io.redress.screening.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A compliance officer's internal note on an investigation: written once and never changed (no version: nothing
 * updates it), read newest first by compliance and auditors only.
 */
@Entity
@Table(name = "investigation_note")
@NamedQuery(name = InvestigationNote.OF_INVESTIGATION,
        query = "SELECT n FROM InvestigationNote n WHERE n.investigationId = :investigation ORDER BY n.writtenAt DESC, n.id DESC")
public class InvestigationNote {

    public static final String OF_INVESTIGATION = "InvestigationNote.ofInvestigation";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "investigation_note_seq")
    @SequenceGenerator(name = "investigation_note_seq", sequenceName = "investigation_note_seq", allocationSize = 50)
    private Long id;
    @Column(name = "investigation_id", nullable = false, updatable = false)
    private long investigationId;
    @Column(name = "written_by", nullable = false, updatable = false)
    private String writtenBy;
    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;
    @Column(name = "note_text", nullable = false, updatable = false)
    private String text;

    protected InvestigationNote() {
    }

    /** {@code text} as {@link InvestigationRules#noteText} accepted it. */
    public InvestigationNote(long investigationId, String text, String writtenBy, Instant now) {
        this.investigationId = investigationId;
        this.text = Objects.requireNonNull(text);
        this.writtenBy = Objects.requireNonNull(writtenBy);
        this.writtenAt = Objects.requireNonNull(now);
    }

    public InvestigationNoteView view() {
        return new InvestigationNoteView(id, investigationId, writtenBy, writtenAt, text);
    }

    public long id() {
        return id;
    }
}
