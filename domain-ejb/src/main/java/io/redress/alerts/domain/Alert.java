package io.redress.alerts.domain;

import io.redress.alerts.api.AlertRaised;
import io.redress.alerts.api.AlertRaised.Severity;
import io.redress.shared.domain.Role;
import io.redress.shared.domain.RuleViolation;
import io.redress.shared.domain.Snapshot;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/** Something a person must look at, for the role that must act: raised once per kind and subject, then worked. */
@Entity
@Table(name = "alert")
@NamedQuery(name = Alert.FOR_SUBJECT, query = "SELECT a FROM Alert a WHERE a.kind = :kind AND a.subject = :subject")
@NamedQuery(name = Alert.COUNT_OPEN, query = "SELECT COUNT(a) FROM Alert a WHERE a.state = io.redress.alerts.domain.AlertState.OPEN"
        + " AND a.mustAct IN :roles")
@NamedQuery(name = Alert.COUNT_OPEN_BY_SEVERITY, query = "SELECT a.severity, COUNT(a) FROM Alert a"
        + " WHERE a.state = io.redress.alerts.domain.AlertState.OPEN AND a.mustAct IN :roles GROUP BY a.severity")
public class Alert {

    public static final String FOR_SUBJECT = "Alert.forSubject";
    public static final String COUNT_OPEN = "Alert.countOpen";
    public static final String COUNT_OPEN_BY_SEVERITY = "Alert.countOpenBySeverity";

    // the same sequence as the staff alerts it replaces, so their migrated ids stay unique
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alert_seq")
    @SequenceGenerator(name = "alert_seq", sequenceName = "alert_seq", allocationSize = 50)
    private Long id;
    @Column(nullable = false, updatable = false)
    private String kind;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Severity severity;
    @Column(name = "account_id", updatable = false)
    private String accountId;
    @Column(nullable = false, updatable = false)
    private String subject;
    @Column(nullable = false, updatable = false)
    private String message;
    @Enumerated(EnumType.STRING)
    @Column(name = "must_act", nullable = false, updatable = false)
    private Role mustAct;
    @Column(name = "raised_at", nullable = false, updatable = false)
    private Instant raisedAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AlertState state;
    @Column(name = "assigned_to")
    private String assignedTo;
    @Column(name = "assigned_at")
    private Instant assignedAt;
    @Column(name = "acknowledged_by")
    private String acknowledgedBy;
    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;
    @Column(name = "acknowledge_note")
    private String acknowledgeNote;
    @Column(name = "resolved_by")
    private String resolvedBy;
    @Column(name = "resolved_at")
    private Instant resolvedAt;
    @Column(name = "resolve_note")
    private String resolveNote;
    @Column(nullable = false, updatable = false)
    private boolean confidential;
    @Version
    private Long version;

    protected Alert() {
    }

    public Alert(AlertRaised raised, Instant now) {
        this.kind = Objects.requireNonNull(raised.kind());
        this.severity = Objects.requireNonNull(raised.severity());
        this.accountId = raised.accountId();
        this.subject = Objects.requireNonNull(raised.subject());
        this.message = Objects.requireNonNull(raised.message());
        this.mustAct = Objects.requireNonNull(raised.mustAct());
        this.confidential = raised.confidential();
        this.raisedAt = now;
        this.state = AlertState.OPEN;
    }

    /** Someone of the role that must act takes it on. */
    public void acknowledge(String by, String note, Instant now) {
        if (state != AlertState.OPEN) {
            throw RuleViolation.of("alert-not-open", "Alert " + id + " is already " + state, id);
        }
        state = AlertState.ACKNOWLEDGED;
        acknowledgedBy = by;
        acknowledgedAt = now;
        acknowledgeNote = note == null || note.isBlank() ? null : note.strip();
    }

    /** Done: what was done is in the note. Resolving an open alert acknowledges it too. */
    public void resolve(String by, String note, Instant now) {
        if (state == AlertState.RESOLVED) {
            throw RuleViolation.of("alert-resolved", "Alert " + id + " is already resolved", id);
        }
        if (state == AlertState.OPEN) {
            acknowledgedBy = by;
            acknowledgedAt = now;
        }
        state = AlertState.RESOLVED;
        resolvedBy = by;
        resolvedAt = now;
        resolveNote = note.strip();
    }

    /** To a member of the role that must act, or to nobody (null). */
    public void assign(String to, Instant now) {
        if (state == AlertState.RESOLVED) {
            throw RuleViolation.of("alert-resolved", "Alert " + id + " is already resolved", id);
        }
        assignedTo = to;
        assignedAt = to == null ? null : now;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version == null ? 0 : version;
    }

    public Role mustAct() {
        return mustAct;
    }

    public AlertState state() {
        return state;
    }

    public Snapshot snapshot() {
        return Snapshot.of().with("kind", kind).with("subject", subject).with("mustAct", mustAct.name())
                .with("state", state.name()).with("assignedTo", assignedTo).with("acknowledgedBy", acknowledgedBy)
                .with("acknowledgeNote", acknowledgeNote).with("resolvedBy", resolvedBy).with("resolveNote", resolveNote);
    }

    /** The account whose timeline shows this alert's steps: none for a confidential one. */
    public String timelineAccount() {
        return confidential ? null : accountId;
    }

    public AlertView view() {
        return new AlertView(id, kind, severity, accountId, subject, message, mustAct, state, raisedAt, assignedTo,
                assignedAt, acknowledgedBy, acknowledgedAt, acknowledgeNote, resolvedBy, resolvedAt, resolveNote, version());
    }
}
