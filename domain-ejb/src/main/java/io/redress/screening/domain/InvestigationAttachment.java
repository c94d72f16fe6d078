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
 * A file attached to an investigation by a compliance officer: written once, never changed and never deleted (no
 * version: nothing updates it; the database refuses to delete one), with its SHA-256, who uploaded it and when. Read
 * by compliance only. Its list is read without its content (a projection).
 */
@Entity
@Table(name = "investigation_attachment")
@NamedQuery(name = InvestigationAttachment.OF_INVESTIGATION, query = "SELECT NEW io.redress.screening.domain.InvestigationAttachmentView("
        + "a.id, a.investigationId, a.fileName, a.contentType, a.sizeBytes, a.sha256, a.uploadedBy, a.uploadedAt)"
        + " FROM InvestigationAttachment a WHERE a.investigationId = :investigation ORDER BY a.uploadedAt DESC, a.id DESC")
public class InvestigationAttachment {

    public static final String OF_INVESTIGATION = "InvestigationAttachment.ofInvestigation";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "investigation_attachment_seq")
    @SequenceGenerator(name = "investigation_attachment_seq", sequenceName = "investigation_attachment_seq", allocationSize = 50)
    private Long id;
    @Column(name = "investigation_id", nullable = false, updatable = false)
    private long investigationId;
    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;
    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;
    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int sizeBytes;
    @Column(nullable = false, updatable = false)
    private String sha256;
    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;
    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;
    @Column(nullable = false, updatable = false)
    private byte[] content;

    protected InvestigationAttachment() {
    }

    /** {@code fileName}, {@code contentType} and {@code content} as {@link AttachmentRules} accepted them. */
    public InvestigationAttachment(long investigationId, String fileName, String contentType, byte[] content, String uploadedBy,
                                   Instant now) {
        this.investigationId = investigationId;
        this.fileName = Objects.requireNonNull(fileName);
        this.contentType = Objects.requireNonNull(contentType);
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.sha256 = AttachmentRules.sha256(content);
        this.uploadedBy = Objects.requireNonNull(uploadedBy);
        this.uploadedAt = Objects.requireNonNull(now);
    }

    public InvestigationAttachmentView view() {
        return new InvestigationAttachmentView(id.longValue(), investigationId, fileName, contentType, sizeBytes, sha256, uploadedBy,
                uploadedAt);
    }

    public long investigationId() {
        return investigationId;
    }

    public byte[] content() {
        return content.clone();
    }
}
