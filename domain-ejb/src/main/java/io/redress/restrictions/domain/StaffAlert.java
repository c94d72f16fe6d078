package io.redress.restrictions.domain;

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

/** Something a supervisor must look at: a closure blocked by open positions, an appeal past its deadline. */
@Entity
@Table(name = "staff_alert")
@NamedQuery(name = StaffAlert.OPEN, query = "SELECT a FROM StaffAlert a WHERE a.acknowledgedAt IS NULL ORDER BY a.id DESC")
@NamedQuery(name = StaffAlert.FOR_REFERENCE, query = "SELECT a FROM StaffAlert a WHERE a.kind = :kind AND a.reference = :reference")
public class StaffAlert {

    public static final String OPEN = "StaffAlert.open";
    public static final String FOR_REFERENCE = "StaffAlert.forReference";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alert_seq")
    @SequenceGenerator(name = "alert_seq", sequenceName = "alert_seq", allocationSize = 50)
    private Long id;
    @Column(nullable = false, updatable = false)
    private String kind;
    @Column(name = "account_id", updatable = false)
    private String accountId;
    @Column(nullable = false, updatable = false)
    private String reference;
    @Column(nullable = false, updatable = false)
    private String message;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "acknowledged_by")
    private String acknowledgedBy;
    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;
    @Version
    private Long version;

    protected StaffAlert() {
    }

    public StaffAlert(String kind, String accountId, String reference, String message, Instant now) {
        this.kind = kind;
        this.accountId = accountId;
        this.reference = reference;
        this.message = message;
        this.createdAt = now;
    }

    public AlertView view() {
        return new AlertView(id, kind, accountId, reference, message, createdAt);
    }
}
