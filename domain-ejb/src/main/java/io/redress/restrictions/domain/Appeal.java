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
import java.time.Instant;

/** The customer's right to have a measure reviewed by someone not involved, within a deadline. */
@Entity
@Table(name = "appeal")
@NamedQuery(name = Appeal.OPEN, query = "SELECT a FROM Appeal a WHERE a.state = io.redress.restrictions.domain.AppealState.OPEN ORDER BY a.deadline")
@NamedQuery(name = Appeal.FOR_RESTRICTION, query = "SELECT a FROM Appeal a WHERE a.restrictionId = :restriction ORDER BY a.id")
@NamedQuery(name = Appeal.OVERDUE, query = "SELECT a FROM Appeal a WHERE a.state = io.redress.restrictions.domain.AppealState.OPEN"
        + " AND a.deadline <= :now AND a.deadlineBreachedAt IS NULL ORDER BY a.id")
@NamedQuery(name = Appeal.BY_ACCOUNT_SINCE, query = "SELECT a FROM Appeal a WHERE a.accountId = :account AND a.filedAt >= :since ORDER BY a.id")
/* Open appeals near their deadline that the asker may decide: a reviewer role for the measure, and no part in it. */
@NamedQuery(name = Appeal.NEAR_DEADLINE_FOR, query = "SELECT a FROM Appeal a, Restriction r WHERE r.id = a.restrictionId"
        + " AND a.state = io.redress.restrictions.domain.AppealState.OPEN AND a.deadline <= :limit AND r.measure IN :measures"
        + " AND r.requestedBy <> :me AND (r.decidedBy IS NULL OR r.decidedBy <> :me) ORDER BY a.deadline, a.id")
@NamedQuery(name = Appeal.COUNT_NEAR_DEADLINE_FOR, query = "SELECT COUNT(a) FROM Appeal a, Restriction r WHERE r.id = a.restrictionId"
        + " AND a.state = io.redress.restrictions.domain.AppealState.OPEN AND a.deadline <= :limit AND r.measure IN :measures"
        + " AND r.requestedBy <> :me AND (r.decidedBy IS NULL OR r.decidedBy <> :me)")
public class Appeal {

    public static final String OPEN = "Appeal.open";
    public static final String FOR_RESTRICTION = "Appeal.forRestriction";
    public static final String OVERDUE = "Appeal.overdue";
    public static final String BY_ACCOUNT_SINCE = "Appeal.byAccountSince";
    public static final String NEAR_DEADLINE_FOR = "Appeal.nearDeadlineFor";
    public static final String COUNT_NEAR_DEADLINE_FOR = "Appeal.countNearDeadlineFor";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appeal_seq")
    @SequenceGenerator(name = "appeal_seq", sequenceName = "appeal_seq", allocationSize = 50)
    private Long id;
    @Column(name = "restriction_id", nullable = false, updatable = false)
    private long restrictionId;
    @Column(name = "account_id", nullable = false, updatable = false)
    private String accountId;
    @Column(name = "filed_by", nullable = false, updatable = false)
    private String filedBy;
    @Column(name = "on_behalf_of_customer", nullable = false, updatable = false)
    private boolean onBehalfOfCustomer;
    @Column(nullable = false)
    private String statement;
    @Column(name = "filed_at", nullable = false, updatable = false)
    private Instant filedAt;
    @Column(nullable = false)
    private Instant deadline;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AppealState state;
    private String reviewer;
    @Column(name = "reviewer_role")
    private String reviewerRole;
    @Column(name = "decision_reasons")
    private String decisionReasons;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "deadline_breached_at")
    private Instant deadlineBreachedAt;
    @Version
    private Long version;

    protected Appeal() {
    }

    public Appeal(long restrictionId, String accountId, String filedBy, boolean onBehalfOfCustomer, String statement,
                  Instant now, Instant deadline) {
        this.restrictionId = restrictionId;
        this.accountId = accountId;
        this.filedBy = filedBy;
        this.onBehalfOfCustomer = onBehalfOfCustomer;
        this.statement = statement.trim();
        this.filedAt = now;
        this.deadline = deadline;
        this.state = AppealState.OPEN;
    }

    public void decide(AppealOutcome outcome, String reviewer, String role, String reasons, Instant now) {
        if (state != AppealState.OPEN) {
            throw new IllegalStateException("Appeal " + id + " is already " + state);
        }
        this.state = AppealState.valueOf(outcome.name());
        this.reviewer = reviewer;
        this.reviewerRole = role;
        this.decisionReasons = reasons.trim();
        this.decidedAt = now;
    }

    public void markDeadlineBreached(Instant now) {
        this.deadlineBreachedAt = now;
    }

    public Snapshot snapshot() {
        return Snapshot.of().with("id", id).with("restrictionId", restrictionId).with("accountId", accountId)
                .with("state", state).with("filedBy", filedBy).with("deadline", deadline).with("reviewer", reviewer)
                .with("decisionReasons", decisionReasons);
    }

    public AppealView view() {
        return new AppealView(id, restrictionId, accountId, filedBy, onBehalfOfCustomer, statement, filedAt, deadline,
                state, reviewer, reviewerRole, decisionReasons, decidedAt, deadlineBreachedAt != null, version == null ? 0 : version);
    }

    public Long id() {
        return id;
    }

    public long restrictionId() {
        return restrictionId;
    }

    public AppealState state() {
        return state;
    }

    public String accountId() {
        return accountId;
    }

    public long version() {
        return version == null ? 0 : version;
    }
}
