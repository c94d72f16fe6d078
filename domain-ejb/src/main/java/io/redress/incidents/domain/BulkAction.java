package io.redress.incidents.domain;

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

/**
 * A bulk action on an incident: requested, approved or rejected by someone else, run as a job, done; withdrawn when the
 * incident is closed while it waits.
 */
@Entity
@Table(name = "incident_action")
@NamedQuery(name = BulkAction.FOR_INCIDENT, query = "SELECT a FROM BulkAction a WHERE a.incidentId = :incident ORDER BY a.id DESC")
@NamedQuery(name = BulkAction.AWAITING_BY_INCIDENT, query = "SELECT i.reference, COUNT(a) FROM BulkAction a, Incident i"
        + " WHERE i.id = a.incidentId AND i.state = :open AND a.state = :requested AND a.requestedBy <> :me"
        + " GROUP BY i.reference")
public class BulkAction {

    public static final String FOR_INCIDENT = "BulkAction.forIncident";
    public static final String AWAITING_BY_INCIDENT = "BulkAction.awaitingByIncident";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "incident_action_seq")
    @SequenceGenerator(name = "incident_action_seq", sequenceName = "incident_action_seq", allocationSize = 50)
    private Long id;
    @Column(name = "incident_id", nullable = false, updatable = false)
    private Long incidentId;
    @Column(name = "created_before", updatable = false)
    private Instant createdBefore;
    @Column(name = "without_allowlist_only", nullable = false, updatable = false)
    private boolean withoutAllowlistOnly;
    @Column(name = "notify_customers", nullable = false, updatable = false)
    private boolean notifyCustomers;
    @Column(name = "open_cases", nullable = false, updatable = false)
    private boolean openCases;
    @Column(name = "protective_lock", nullable = false, updatable = false)
    private boolean protectiveLock;
    @Column(nullable = false, updatable = false)
    private String justification;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionState state;
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
    @Column(name = "job_id")
    private Long jobId;
    @Version
    private long version;

    protected BulkAction() {
    }

    public BulkAction(long incidentId, ActionRequest r, String requestedBy, Instant now) {
        this.incidentId = incidentId;
        this.createdBefore = r.createdBefore();
        this.withoutAllowlistOnly = r.withoutAllowlistOnly();
        this.notifyCustomers = r.notifyCustomers();
        this.openCases = r.openCases();
        this.protectiveLock = r.protectiveLock();
        this.justification = r.justification().strip();
        this.state = ActionState.REQUESTED;
        this.requestedBy = requestedBy;
        this.requestedAt = now;
    }

    public void approve(String by, String role, String note, Instant now) {
        IncidentRules.checkDecision(state, requestedBy, by);
        decide(ActionState.APPROVED, by, role, note, now);
    }

    public void reject(String by, String role, String note, Instant now) {
        IncidentRules.checkDecision(state, requestedBy, by);
        decide(ActionState.REJECTED, by, role, note, now);
    }

    /**
     * Its incident was closed before anyone decided it: it ends here, never to run. Who closed the incident is
     * recorded as who decided, the reason as the note.
     */
    public void withdraw(String by, String role, String reason, Instant now) {
        IncidentRules.checkWithdrawal(state);
        decide(ActionState.WITHDRAWN, by, role, reason, now);
    }

    public void running(long jobId) {
        this.jobId = jobId;
    }

    public void done() {
        if (state == ActionState.APPROVED) {
            state = ActionState.DONE;
        }
    }

    private void decide(ActionState to, String by, String role, String note, Instant now) {
        this.state = to;
        this.decidedBy = by;
        this.decidedRole = role;
        this.decidedAt = now;
        this.decisionNote = note == null || note.isBlank() ? null : note.strip();
    }

    public Long id() {
        return id;
    }

    public Long incidentId() {
        return incidentId;
    }

    public Instant createdBefore() {
        return createdBefore;
    }

    public boolean withoutAllowlistOnly() {
        return withoutAllowlistOnly;
    }

    public boolean notifyCustomers() {
        return notifyCustomers;
    }

    public boolean openCases() {
        return openCases;
    }

    public boolean protectiveLock() {
        return protectiveLock;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public ActionState state() {
        return state;
    }

    public Long jobId() {
        return jobId;
    }

    public long version() {
        return version;
    }

    public Snapshot snapshot() {
        return Snapshot.of().with("scope", IncidentRules.describeScope(createdBefore, withoutAllowlistOnly))
                .with("notifyCustomers", notifyCustomers).with("openCases", openCases)
                .with("protectiveLock", protectiveLock).with("state", state.name())
                .with("requestedBy", requestedBy).with("decidedBy", decidedBy).with("jobId", jobId);
    }

    public ActionView view(String incidentRef, io.redress.jobs.api.JobView job) {
        return new ActionView(id, incidentRef, IncidentRules.describeScope(createdBefore, withoutAllowlistOnly),
                createdBefore, withoutAllowlistOnly, notifyCustomers, openCases, protectiveLock, justification, state, requestedBy,
                requestedAt, decidedBy, decidedRole, decidedAt, decisionNote, jobId, job, version);
    }
}
