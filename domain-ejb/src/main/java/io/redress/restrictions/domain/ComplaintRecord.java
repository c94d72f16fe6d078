package io.redress.restrictions.domain;

import io.redress.restrictions.api.ComplaintRecorded;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A complaint case or public post recorded against an account; immutable. */
@Entity
@Table(name = "complaint_activity")
@NamedQuery(name = ComplaintRecord.SINCE, query = "SELECT c FROM ComplaintRecord c WHERE c.accountId = :account AND c.occurredAt >= :since ORDER BY c.occurredAt")
public class ComplaintRecord {

    public static final String SINCE = "ComplaintRecord.since";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_seq")
    @SequenceGenerator(name = "complaint_seq", sequenceName = "complaint_seq", allocationSize = 50)
    private Long id;
    @Column(name = "account_id", nullable = false, updatable = false)
    private String accountId;
    @Column(nullable = false, updatable = false)
    private String kind;
    @Column(nullable = false, updatable = false)
    private String reference;
    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;
    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    protected ComplaintRecord() {
    }

    public ComplaintRecord(String accountId, ComplaintRecorded.Kind kind, String reference, Instant occurredAt, String recordedBy) {
        this.accountId = accountId;
        this.kind = kind.name();
        this.reference = reference;
        this.occurredAt = occurredAt;
        this.recordedBy = recordedBy;
    }

    public ComplaintSignal signal() {
        return new ComplaintSignal(kind, reference, occurredAt);
    }

    public Long id() {
        return id;
    }
}
