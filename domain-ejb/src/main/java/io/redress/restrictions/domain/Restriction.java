package io.redress.restrictions.domain;

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
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A measure against an account, requested by one person and decided by another. It is in force while
 * APPROVED; its withdrawal window and (for temporary measures) its end are fixed at approval.
 */
@Entity
@Table(name = "restriction")
@NamedQuery(name = Restriction.IN_FORCE_FOR_ACCOUNT,
        query = "SELECT r FROM Restriction r WHERE r.accountId = :account AND r.state = io.redress.restrictions.domain.RestrictionState.APPROVED"
                + " AND r.measure <> io.redress.restrictions.domain.Measure.LIFT ORDER BY r.id")
@NamedQuery(name = Restriction.FOR_ACCOUNT, query = "SELECT r FROM Restriction r WHERE r.accountId = :account ORDER BY r.id DESC")
@NamedQuery(name = Restriction.BY_STATE, query = "SELECT r FROM Restriction r WHERE r.state = :state ORDER BY r.requestedAt, r.id")
@NamedQuery(name = Restriction.BY_STATE_AFTER, query = "SELECT r FROM Restriction r WHERE r.state = :state"
        + " AND r.requestedAt >= :at AND (r.requestedAt > :at OR r.id > :id) ORDER BY r.requestedAt, r.id")
@NamedQuery(name = Restriction.CLOSE_DUE,
        query = "SELECT r FROM Restriction r WHERE r.state = io.redress.restrictions.domain.RestrictionState.APPROVED"
                + " AND r.measure = io.redress.restrictions.domain.Measure.CLOSE AND r.completedAt IS NULL"
                + " AND r.windowEndsAt <= :now AND r.closeBlockedAt IS NULL ORDER BY r.id")
@NamedQuery(name = Restriction.CLOSE_BLOCKED,
        query = "SELECT r FROM Restriction r WHERE r.state = io.redress.restrictions.domain.RestrictionState.APPROVED"
                + " AND r.measure = io.redress.restrictions.domain.Measure.CLOSE AND r.completedAt IS NULL"
                + " AND r.closeBlockedAt IS NOT NULL ORDER BY r.id")
@NamedQuery(name = Restriction.EXPIRY_DUE,
        query = "SELECT r FROM Restriction r WHERE r.state = io.redress.restrictions.domain.RestrictionState.APPROVED"
                + " AND r.endsAt IS NOT NULL AND r.endsAt <= :now ORDER BY r.id")
@NamedQuery(name = Restriction.AFTER_COMPLAINTS,
        query = "SELECT r FROM Restriction r WHERE r.afterComplaint = TRUE ORDER BY r.id DESC")
@NamedQuery(name = Restriction.COUNT_AFTER_COMPLAINTS, query = "SELECT COUNT(r) FROM Restriction r WHERE r.afterComplaint = TRUE")
public class Restriction {

    public static final String IN_FORCE_FOR_ACCOUNT = "Restriction.inForceForAccount";
    public static final String FOR_ACCOUNT = "Restriction.forAccount";
    public static final String BY_STATE = "Restriction.byState";
    public static final String BY_STATE_AFTER = "Restriction.byStateAfter";
    public static final String CLOSE_DUE = "Restriction.closeDue";
    public static final String CLOSE_BLOCKED = "Restriction.closeBlocked";
    public static final String EXPIRY_DUE = "Restriction.expiryDue";
    public static final String AFTER_COMPLAINTS = "Restriction.afterComplaints";
    public static final String COUNT_AFTER_COMPLAINTS = "Restriction.countAfterComplaints";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "restriction_seq")
    @SequenceGenerator(name = "restriction_seq", sequenceName = "restriction_seq", allocationSize = 50)
    private Long id;
    @Column(name = "account_id", nullable = false, updatable = false)
    private String accountId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Measure measure;
    @Column(name = "reason_code")
    private String reasonCode;
    @Column(name = "reason_revision", updatable = false)
    private Integer reasonRevision;
    @Column(nullable = false)
    private String justification;
    private String evidence;
    @Column(name = "window_days", nullable = false)
    private int windowDays;
    @Column(name = "duration_days")
    private Integer durationDays;
    @Column(name = "lifts_restriction_id")
    private Long liftsRestrictionId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RestrictionState state;
    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;
    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_role")
    private String decidedRole;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decision_note")
    private String decisionNote;
    private String attestation;
    @Column(name = "after_complaint", nullable = false)
    private boolean afterComplaint;
    @Column(name = "complaint_summary")
    private String complaintSummary;
    @Column(name = "window_ends_at")
    private Instant windowEndsAt;
    @Column(name = "ends_at")
    private Instant endsAt;
    @Column(name = "completed_at")
    private Instant completedAt;
    @Column(name = "close_blocked_at")
    private Instant closeBlockedAt;
    @Column(name = "lifted_by")
    private String liftedBy;
    @Column(name = "lifted_at")
    private Instant liftedAt;
    /** Set while the request waits for a decision, unique: see {@link RequestRules#checkDuplicate}. */
    @Column(name = "pending_key")
    private String pendingKey;
    @Version
    private Long version;

    protected Restriction() {
    }

    /**
     * A new request; the {@link RequestRules} have already accepted it under revision {@code reasonRevision} of its
     * reason (null for LIFT), and it keeps that revision.
     */
    public Restriction(String accountId, RestrictionRequest request, Integer reasonRevision, String requestedBy, Instant now) {
        this.accountId = Objects.requireNonNull(accountId);
        this.measure = request.measure();
        this.reasonCode = request.reasonCode();
        this.reasonRevision = reasonRevision;
        this.justification = request.justification().trim();
        this.evidence = String.join("\n", request.evidence());
        this.windowDays = request.windowDays() == null ? 0 : request.windowDays();
        this.durationDays = request.durationDays();
        this.liftsRestrictionId = request.liftsRestrictionId();
        this.state = RestrictionState.REQUESTED;
        this.pendingKey = accountId + "/" + measure + "/" + (measure == Measure.LIFT ? liftsRestrictionId : reasonCode + "@" + reasonRevision);
        this.requestedBy = requestedBy;
        this.requestedAt = now;
    }

    /** Puts the measure in force: the window and any end run from this moment. */
    public void approve(String approver, String role, String note, String attestation, boolean afterComplaint,
                        String complaintSummary, Instant now) {
        requireState(RestrictionState.REQUESTED, "approve");
        this.state = RestrictionState.APPROVED;
        this.pendingKey = null;
        this.decidedBy = approver;
        this.decidedRole = role;
        this.decidedAt = now;
        this.decisionNote = note;
        this.attestation = attestation == null || attestation.isBlank() ? null : attestation.trim();
        this.afterComplaint = afterComplaint;
        this.complaintSummary = complaintSummary;
        this.windowEndsAt = measure.hasWindow() ? WithdrawalWindow.end(now, windowDays) : null;
        this.endsAt = durationDays == null ? null : now.plus(Duration.ofDays(durationDays));
    }

    public void reject(String by, String role, String reason, Instant now) {
        requireState(RestrictionState.REQUESTED, "reject");
        this.state = RestrictionState.REJECTED;
        this.pendingKey = null;
        this.decidedBy = by;
        this.decidedRole = role;
        this.decidedAt = now;
        this.decisionNote = reason;
    }

    public void cancel(Instant now) {
        requireState(RestrictionState.REQUESTED, "cancel");
        this.state = RestrictionState.CANCELLED;
        this.pendingKey = null;
        this.decidedAt = now;
    }

    /** Ends a measure in force (a LIFT was approved, or an appeal overturned it). */
    public void lift(String by, Instant now) {
        requireState(RestrictionState.APPROVED, "lift");
        this.state = RestrictionState.LIFTED;
        this.liftedBy = by;
        this.liftedAt = now;
    }

    /** A LIFT request has done its work once approved; it is not itself a measure in force. */
    public void expire(Instant now) {
        requireState(RestrictionState.APPROVED, "expire");
        this.state = RestrictionState.EXPIRED;
        this.liftedAt = now;
    }

    /** CLOSE at the end of its window: the account is closed. */
    public void complete(Instant now) {
        this.completedAt = now;
    }

    /** CLOSE could not complete (open positions); a supervisor has been alerted, once. */
    public void blockClose(Instant now) {
        this.closeBlockedAt = now;
    }

    public void unblockClose() {
        this.closeBlockedAt = null;
    }

    /** An appeal reviewer softened the measure or gave more time; only ever towards the customer. */
    public void modify(Measure newMeasure, Instant newWindowEnd) {
        requireState(RestrictionState.APPROVED, "modify");
        if (newMeasure != null) {
            this.measure = newMeasure;
            if (!newMeasure.hasWindow()) {
                this.windowEndsAt = null;
            }
        }
        if (newWindowEnd != null) {
            this.windowEndsAt = newWindowEnd;
        }
    }

    private void requireState(RestrictionState expected, String what) {
        if (state != expected) {
            throw new IllegalStateException("Cannot " + what + " restriction " + id + " in state " + state);
        }
    }

    public InForce inForce() {
        return new InForce(id, measure, windowEndsAt, completedAt != null);
    }

    public Snapshot snapshot() {
        return Snapshot.of().with("id", id).with("accountId", accountId).with("measure", measure)
                .with("reasonCode", reasonCode).with("reasonRevision", reasonRevision).with("state", state).with("windowDays", windowDays)
                .with("durationDays", durationDays).with("windowEndsAt", windowEndsAt).with("endsAt", endsAt)
                .with("requestedBy", requestedBy).with("decidedBy", decidedBy).with("afterComplaint", afterComplaint)
                .with("completedAt", completedAt).with("liftsRestrictionId", liftsRestrictionId);
    }

    public RestrictionView view() {
        return new RestrictionView(id, accountId, measure, reasonCode, reasonRevision, justification,
                evidence == null || evidence.isEmpty() ? List.of() : Arrays.asList(evidence.split("\n")),
                windowDays, durationDays, liftsRestrictionId, state, requestedBy, requestedAt, decidedBy, decidedRole,
                decidedAt, decisionNote, attestation, afterComplaint, complaintSummary, windowEndsAt, endsAt,
                completedAt, closeBlockedAt != null, liftedBy, liftedAt, version == null ? 0 : version);
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public Long id() {
        return id;
    }

    public String accountId() {
        return accountId;
    }

    public Measure measure() {
        return measure;
    }

    public RestrictionState state() {
        return state;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String reasonCode() {
        return reasonCode;
    }

    public Integer reasonRevision() {
        return reasonRevision;
    }

    public Long liftsRestrictionId() {
        return liftsRestrictionId;
    }

    public Instant windowEndsAt() {
        return windowEndsAt;
    }

    public long version() {
        return version == null ? 0 : version;
    }
}
