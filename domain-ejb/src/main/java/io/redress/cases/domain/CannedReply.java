package io.redress.cases.domain;

import io.redress.shared.domain.Snapshot;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A text snippet ADMIN keeps in one language, which agents insert into a reply. Retired ones stay, unchanged. */
@Entity
@Table(name = "canned_reply")
@NamedQuery(name = CannedReply.ALL, query = "SELECT r FROM CannedReply r ORDER BY r.language, r.title, r.id")
@NamedQuery(name = CannedReply.IN_LANGUAGE, query = "SELECT r FROM CannedReply r WHERE r.language = :language"
        + " ORDER BY r.title, r.id")
public class CannedReply {

    public static final String ALL = "CannedReply.all";
    public static final String IN_LANGUAGE = "CannedReply.inLanguage";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "canned_reply_seq")
    @SequenceGenerator(name = "canned_reply_seq", sequenceName = "canned_reply_seq", allocationSize = 50)
    private Long id;
    @Column(nullable = false)
    private String title;
    @Column(nullable = false)
    private String language;
    @Column(nullable = false)
    private String body;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;
    @Column(name = "retired_at")
    private Instant retiredAt;
    @Column(name = "retired_by")
    private String retiredBy;
    @Version
    private Long version;

    protected CannedReply() {
    }

    /** A new reply; its fields checked by {@link CannedReplyRules#check} first. */
    public CannedReply(String title, String language, String body, String by, Instant now) {
        this.title = title.strip();
        this.language = language;
        this.body = body.strip();
        this.createdBy = by;
        this.createdAt = now;
    }

    /** A new wording; a retired reply is refused ({@link CannedReplyRules#RETIRED}). */
    public void revise(String newTitle, String newLanguage, String newBody, String by, Instant now) {
        CannedReplyRules.checkEditable(id(), retired());
        this.title = newTitle.strip();
        this.language = newLanguage;
        this.body = newBody.strip();
        this.updatedBy = by;
        this.updatedAt = now;
    }

    /** No longer offered; refused when already retired. */
    public void retire(String by, Instant now) {
        CannedReplyRules.checkEditable(id(), retired());
        this.retiredAt = now;
        this.retiredBy = by;
    }

    public boolean retired() {
        return retiredAt != null;
    }

    public long id() {
        return id == null ? 0 : id;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    public Snapshot snapshot() {
        return Snapshot.of().with("title", title).with("language", language).with("body", body)
                .with("retiredAt", retiredAt).with("retiredBy", retiredBy);
    }

    public CannedReplyView view() {
        return new CannedReplyView(id(), title, language, body, createdAt, createdBy, updatedAt, updatedBy, retiredAt,
                retiredBy, version());
    }
}
