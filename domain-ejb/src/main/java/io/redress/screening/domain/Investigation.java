package io.redress.screening.domain;

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

/**
 * A confidential investigation of a held or frozen deposit. One compliance officer proposes the outcome, another
 * approves it (four eyes): RELEASE (insufficient evidence: the held amount is released) or REPORT (a report is filed
 * with the authority under a reference; the funds stay frozen until the authority's answer, recorded as its own step).
 */
@Entity
@Table(name = "screening_investigation")
@NamedQuery(name = Investigation.IN_STATES, query = "SELECT i FROM Investigation i WHERE i.state IN :states ORDER BY i.dueAt, i.id")
@NamedQuery(name = Investigation.OF_SCREENING, query = "SELECT i FROM Investigation i WHERE i.screeningId = :screening")
@NamedQuery(name = Investigation.OF_ACCOUNT, query = "SELECT i FROM Investigation i WHERE i.accountId = :account AND i.state IN :states ORDER BY i.dueAt, i.id")
@NamedQuery(name = Investigation.DUE_FOR_ALERT, query = "SELECT i FROM Investigation i WHERE i.state IN :states"
        + " AND ((i.nearAlerted = FALSE AND i.nearAt <= :now) OR (i.overdueAlerted = FALSE AND i.dueAt <= :now))")
@NamedQuery(name = Investigation.BOARD_OPEN, query = "SELECT i, s FROM Investigation i, DepositScreening s"
        + " WHERE s.id = i.screeningId AND i.state IN :states ORDER BY i.dueAt, i.id")
@NamedQuery(name = Investigation.BOARD_CLOSED, query = "SELECT i, s FROM Investigation i, DepositScreening s"
        + " WHERE s.id = i.screeningId AND i.state IN :states ORDER BY i.openedAt DESC, i.id DESC")
@NamedQuery(name = Investigation.DEADLINE_COUNTS, query = "SELECT COUNT(i),"
        + " SUM(CASE WHEN i.dueAt > :now AND i.nearAt <= :now THEN 1 ELSE 0 END),"
        + " SUM(CASE WHEN i.dueAt <= :now THEN 1 ELSE 0 END) FROM Investigation i WHERE i.state IN :states")
public class Investigation {

    public static final String IN_STATES = "Investigation.inStates";
    public static final String OF_ACCOUNT = "Investigation.ofAccount";
    public static final String OF_SCREENING = "Investigation.ofScreening";
    public static final String DUE_FOR_ALERT = "Investigation.dueForAlert";
    public static final String BOARD_OPEN = "Investigation.boardOpen";
    public static final String BOARD_CLOSED = "Investigation.boardClosed";
    public static final String DEADLINE_COUNTS = "Investigation.deadlineCounts";

    public enum State { OPEN, RELEASE_PROPOSED, REPORT_PROPOSED, RELEASED, REPORTED, CLOSED;

        public boolean awaitsDecision() {
            return this == OPEN || this == RELEASE_PROPOSED || this == REPORT_PROPOSED;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "screening_investigation_seq")
    @SequenceGenerator(name = "screening_investigation_seq", sequenceName = "screening_investigation_seq", allocationSize = 50)
    private Long id;
    @Column(name = "screening_id", nullable = false, updatable = false)
    private long screeningId;
    @Column(name = "account_id", nullable = false, updatable = false)
    private String accountId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ScreeningPolicy.Measure measure;
    @Column(nullable = false, updatable = false)
    private String summary;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;
    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;
    @Column(name = "due_at", nullable = false)
    private Instant dueAt;
    /** When the deadline is near (its first alert). */
    @Column(name = "near_at", nullable = false)
    private Instant nearAt;
    /** The account's jurisdiction when it opened (null: not known, or opened before deadlines per jurisdiction). */
    @Column(name = "jurisdiction", updatable = false)
    private String jurisdiction;
    /** The rule set that set the deadline: US, EU, a country code, * (null: opened before deadlines per jurisdiction). */
    @Column(name = "deadline_rule", updatable = false)
    private String deadlineRule;
    @Column(name = "deadline_days", updatable = false)
    private Integer deadlineDays;
    @Column(name = "deadline_basis", updatable = false)
    private String deadlineBasis;
    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_outcome")
    private InvestigationOutcome proposedOutcome;
    @Column(name = "proposal_reason")
    private String proposalReason;
    @Column(name = "filing_reference")
    private String filingReference;
    @Column(name = "proposed_by")
    private String proposedBy;
    @Column(name = "proposed_at")
    private Instant proposedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "authority_answer")
    private AuthorityAnswer authorityAnswer;
    @Column(name = "authority_reference")
    private String authorityReference;
    @Column(name = "answered_by")
    private String answeredBy;
    @Column(name = "answered_at")
    private Instant answeredAt;
    @Column(name = "near_alerted", nullable = false)
    private boolean nearAlerted;
    @Column(name = "overdue_alerted", nullable = false)
    private boolean overdueAlerted;
    @Version
    private Long version;

    protected Investigation() {
    }

    public Investigation(DepositHeld held, Instant now, DeadlineRules.Deadline deadline) {
        this.screeningId = held.screeningId();
        this.accountId = Objects.requireNonNull(held.accountId());
        this.measure = held.measure();
        this.summary = held.summary().length() > 2000 ? held.summary().substring(0, 1997) + "..." : held.summary();
        this.state = State.OPEN;
        this.openedAt = now;
        this.dueAt = deadline.dueAt(now);
        this.nearAt = deadline.nearAt(now);
        this.jurisdiction = deadline.jurisdiction();
        this.deadlineRule = deadline.ruleSet();
        this.deadlineDays = deadline.days();
        this.deadlineBasis = deadline.basis().length() > 300 ? deadline.basis().substring(0, 297) + "..." : deadline.basis();
    }

    /** One officer proposes; a proposal may be replaced until it is approved. */
    public void propose(InvestigationOutcome outcome, String reason, String filingReference, String by, Instant now) {
        if (!state.awaitsDecision()) {
            throw new RuleViolation("investigation-state", "The investigation is " + state + ": its outcome is decided");
        }
        if (outcome == InvestigationOutcome.REPORT && (filingReference == null || filingReference.isBlank())) {
            throw new RuleViolation("filing-reference-required", "A report names its filing reference with the authority");
        }
        this.proposedOutcome = outcome;
        this.proposalReason = reason;
        this.filingReference = outcome == InvestigationOutcome.REPORT ? filingReference.strip() : null;
        this.proposedBy = by;
        this.proposedAt = now;
        this.state = outcome == InvestigationOutcome.RELEASE ? State.RELEASE_PROPOSED : State.REPORT_PROPOSED;
    }

    /** Another officer than the proposer approves: the outcome takes effect. */
    public InvestigationOutcome approve(String by, Instant now) {
        if (state != State.RELEASE_PROPOSED && state != State.REPORT_PROPOSED) {
            throw new RuleViolation("investigation-state", "Nothing is proposed to approve: the investigation is " + state);
        }
        if (by.equals(proposedBy)) {
            throw new RuleViolation("four-eyes", "Another compliance officer than the proposer approves the outcome");
        }
        this.decidedBy = by;
        this.decidedAt = now;
        this.state = proposedOutcome == InvestigationOutcome.RELEASE ? State.RELEASED : State.REPORTED;
        return proposedOutcome;
    }

    /**
     * The customer proved control of the self-hosted address, the hold's only reason: released without a second
     * officer, since no one weighed evidence (the proof is the record).
     */
    public void releasedByProof(String by, Instant now) {
        if (!state.awaitsDecision()) {
            throw new RuleViolation("investigation-state", "The investigation is " + state + ": its outcome is decided");
        }
        this.proposedOutcome = InvestigationOutcome.RELEASE;
        this.proposalReason = "Proof of control of the self-hosted address recorded";
        this.proposedBy = by;
        this.proposedAt = now;
        this.decidedBy = by;
        this.decidedAt = now;
        this.state = State.RELEASED;
    }

    /** The authority's answer to a report: the funds are released or stay frozen; the investigation closes. */
    public void authorityAnswered(AuthorityAnswer answer, String reference, String by, Instant now) {
        if (state != State.REPORTED) {
            throw new RuleViolation("investigation-state", "Only a reported investigation gets the authority's answer; it is " + state);
        }
        this.authorityAnswer = answer;
        this.authorityReference = reference;
        this.answeredBy = by;
        this.answeredAt = now;
        this.state = State.CLOSED;
    }

    public boolean needsNearAlert(Instant now) {
        return !nearAlerted && !nearAt.isAfter(now);
    }

    public boolean needsOverdueAlert(Instant now) {
        return !overdueAlerted && !dueAt.isAfter(now);
    }

    public void nearAlerted() {
        nearAlerted = true;
    }

    public void overdueAlerted() {
        nearAlerted = true;
        overdueAlerted = true;
    }

    public InvestigationView view() {
        return new InvestigationView(id, screeningId, accountId, measure, summary, state, openedAt, dueAt, proposedOutcome,
                proposalReason, filingReference, proposedBy, proposedAt, decidedBy, decidedAt, authorityAnswer,
                authorityReference, answeredBy, answeredAt, version(), nearAt, jurisdiction, deadlineRule, deadlineDays,
                deadlineBasis);
    }

    public Snapshot snapshot() {
        return Snapshot.of().with("state", state).with("proposedOutcome", proposedOutcome).with("filingReference", filingReference)
                .with("proposedBy", proposedBy).with("decidedBy", decidedBy).with("authorityAnswer", authorityAnswer);
    }

    public long id() {
        return id;
    }

    public long screeningId() {
        return screeningId;
    }

    public String accountId() {
        return accountId;
    }

    public State state() {
        return state;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant nearAt() {
        return nearAt;
    }

    public String deadlineRule() {
        return deadlineRule;
    }

    public String jurisdiction() {
        return jurisdiction;
    }

    public long version() {
        return version == null ? 0 : version;
    }
}
