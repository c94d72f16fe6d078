package io.redress.claims.domain;

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
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A customer's claim for a loss: what was lost (an exact amount of an asset), the case whose clocks it runs on, the
 * incident and evidence report it relies on; then the assessment of liability, the proposed decision with the rate
 * its approval limit was checked at, one or two approvals, the exchange's payout reference, and one appeal against
 * a denial. Changes only through its intention methods; the service asks the rules first.
 */
@Entity
@Table(name = "loss_claim")
@NamedQuery(name = LossClaim.BY_IDEMPOTENCY_KEY,
        query = "SELECT c FROM LossClaim c WHERE c.filedBy = :filedBy AND c.idempotencyKey = :key")
@NamedQuery(name = LossClaim.FINAL_FOR_INCIDENT, query = "SELECT c FROM LossClaim c WHERE c.incidentRef = :incident"
        + " AND c.state IN :states AND c.id <> :except ORDER BY c.finalAt DESC, c.id DESC")
public class LossClaim {

    public static final String BY_IDEMPOTENCY_KEY = "LossClaim.byIdempotencyKey";
    public static final String FINAL_FOR_INCIDENT = "LossClaim.finalForIncident";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "loss_claim_seq")
    @SequenceGenerator(name = "loss_claim_seq", sequenceName = "loss_claim_seq", allocationSize = 50)
    private Long id;
    @Column(name = "account_id", nullable = false, updatable = false)
    private String accountId;
    @Column(nullable = false, updatable = false)
    private String asset;
    @Column(name = "asset_scale", nullable = false, updatable = false)
    private int assetScale;
    @Column(name = "amount_claimed", nullable = false, updatable = false)
    private BigDecimal amountClaimed;
    @Column(nullable = false, updatable = false)
    private String description;
    @Column(nullable = false, updatable = false)
    private String ticket;
    @Column(nullable = false, updatable = false)
    private String language;
    @Column(name = "incident_ref", updatable = false)
    private String incidentRef;
    @Column(name = "evidence_ref", updatable = false)
    private String evidenceRef;
    @Column(name = "filed_by", nullable = false, updatable = false)
    private String filedBy;
    @Column(name = "for_customer", nullable = false, updatable = false)
    private boolean forCustomer;
    @Column(name = "filed_at", nullable = false, updatable = false)
    private Instant filedAt;
    @Column(name = "answer_due_at", nullable = false, updatable = false)
    private Instant answerDueAt;
    @Column(name = "idempotency_key", updatable = false)
    private String idempotencyKey;
    @Column(name = "request_fingerprint", nullable = false, updatable = false)
    private String requestFingerprint;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClaimState state;

    @Enumerated(EnumType.STRING)
    private Liability liability;
    @Column(name = "assessment_reasoning")
    private String assessmentReasoning;
    @Column(name = "assessed_by")
    private String assessedBy;
    @Column(name = "assessed_at")
    private Instant assessedAt;

    @Enumerated(EnumType.STRING)
    private ClaimOutcome outcome;
    @Column(name = "amount_decided")
    private BigDecimal amountDecided;
    @Column(name = "decision_reasons")
    private String decisionReasons;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "reference_rate")
    private BigDecimal referenceRate;
    @Column(name = "rate_source")
    private String rateSource;
    @Column(name = "reference_amount")
    private BigDecimal referenceAmount;
    @Column(name = "reference_currency")
    private String referenceCurrency;

    @Column(name = "first_approver")
    private String firstApprover;
    @Column(name = "first_approver_role")
    private String firstApproverRole;
    @Column(name = "first_approved_at")
    private Instant firstApprovedAt;
    @Column(name = "second_approver")
    private String secondApprover;
    @Column(name = "second_approver_role")
    private String secondApproverRole;
    @Column(name = "second_approved_at")
    private Instant secondApprovedAt;
    @Column(name = "final_at")
    private Instant finalAt;
    @Column(name = "returned_note")
    private String returnedNote;

    @Column(name = "payout_reference")
    private String payoutReference;
    @Column(name = "payout_confirmed_by")
    private String payoutConfirmedBy;
    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "appealable_until")
    private Instant appealableUntil;
    @Column(name = "appeal_statement")
    private String appealStatement;
    @Column(name = "appeal_filed_by")
    private String appealFiledBy;
    @Column(name = "appeal_filed_at")
    private Instant appealFiledAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "appeal_outcome")
    private AppealVerdict appealOutcome;
    @Column(name = "appeal_reviewer")
    private String appealReviewer;
    @Column(name = "appeal_reasons")
    private String appealReasons;
    @Column(name = "appeal_decided_at")
    private Instant appealDecidedAt;
    @Version
    private Long version;

    protected LossClaim() {
    }

    public LossClaim(String accountId, String asset, int assetScale, BigDecimal amountClaimed, String description,
                     String ticket, String language, String incidentRef, String evidenceRef, String filedBy,
                     boolean forCustomer, Instant now, Instant answerDueAt, String idempotencyKey, String requestFingerprint) {
        if (amountClaimed.signum() <= 0 || amountClaimed.scale() > assetScale) {
            throw new IllegalArgumentException("a claimed amount is positive and within its asset's decimals");
        }
        this.accountId = accountId;
        this.asset = asset;
        this.assetScale = assetScale;
        this.amountClaimed = amountClaimed.setScale(assetScale);
        this.description = description.strip();
        this.ticket = ticket;
        this.language = language;
        this.incidentRef = incidentRef;
        this.evidenceRef = evidenceRef;
        this.filedBy = filedBy;
        this.forCustomer = forCustomer;
        this.filedAt = now;
        this.answerDueAt = answerDueAt;
        this.idempotencyKey = idempotencyKey;
        this.requestFingerprint = requestFingerprint;
        this.state = ClaimState.FILED;
    }

    public void assess(Liability liability, String reasoning, String by, Instant now) {
        this.liability = liability;
        this.assessmentReasoning = reasoning.strip();
        this.assessedBy = by;
        this.assessedAt = now;
        this.state = ClaimState.ASSESSED;
    }

    /** A decision proposed for approval, with the rate and reference value its approval limit is checked at. */
    public void propose(ClaimOutcome outcome, BigDecimal amount, String reasons, BigDecimal rate, String rateSource,
                        BigDecimal reference, String currency, String by, Instant now) {
        this.outcome = outcome;
        this.amountDecided = amount.setScale(assetScale);
        this.decisionReasons = reasons.strip();
        this.referenceRate = rate;
        this.rateSource = rateSource;
        this.referenceAmount = reference;
        this.referenceCurrency = currency;
        this.decidedBy = by;
        this.decidedAt = now;
        this.returnedNote = null;
        this.state = ClaimState.PENDING_APPROVAL;
    }

    /** An approval; {@code makesFinal} when the approver's limit covers the decision (or this is the second one). */
    public void approve(String by, String role, boolean makesFinal, Instant now, Instant appealWindowEnd) {
        if (state == ClaimState.PENDING_APPROVAL) {
            firstApprover = by;
            firstApproverRole = role;
            firstApprovedAt = now;
        } else {
            secondApprover = by;
            secondApproverRole = role;
            secondApprovedAt = now;
        }
        if (!makesFinal) {
            state = ClaimState.PENDING_SECOND_APPROVAL;
            return;
        }
        finalAt = now;
        if (outcome == ClaimOutcome.DENY) {
            state = ClaimState.DENIED;
            appealableUntil = appealStatement == null ? appealWindowEnd : null;
        } else {
            state = ClaimState.AWAITING_PAYOUT;
        }
    }

    /** An approver sends the decision back to be decided again, saying why. */
    public void sendBack(String note) {
        clearDecision();
        returnedNote = note.strip();
        state = ClaimState.ASSESSED;
    }

    private void clearDecision() {
        outcome = null;
        amountDecided = null;
        decisionReasons = null;
        decidedBy = null;
        decidedAt = null;
        referenceRate = null;
        rateSource = null;
        referenceAmount = null;
        referenceCurrency = null;
        firstApprover = null;
        firstApproverRole = null;
        firstApprovedAt = null;
        secondApprover = null;
        secondApproverRole = null;
        secondApprovedAt = null;
        finalAt = null;
        appealableUntil = null;
    }

    public void recordPayout(String reference, String by, Instant now) {
        payoutReference = reference;
        payoutConfirmedBy = by;
        paidAt = now;
        state = ClaimState.PAID;
    }

    public void appeal(String statement, String by, Instant now) {
        appealStatement = statement.strip();
        appealFiledBy = by;
        appealFiledAt = now;
        state = ClaimState.APPEALED;
    }

    /** Upheld, the denial stands and cannot be appealed again; overturned, the claim is decided afresh. */
    public void decideAppeal(AppealVerdict verdict, String reviewer, String reasons, Instant now) {
        appealOutcome = verdict;
        appealReviewer = reviewer;
        appealReasons = reasons.strip();
        appealDecidedAt = now;
        if (verdict == AppealVerdict.UPHELD) {
            state = ClaimState.DENIED;
            appealableUntil = null;
        } else {
            clearDecision();
            state = ClaimState.ASSESSED;
        }
    }

    public Snapshot snapshot() {
        return Snapshot.of().with("id", id).with("accountId", accountId).with("state", state).with("asset", asset)
                .with("amountClaimed", amountClaimed.toPlainString()).with("ticket", ticket).with("incidentRef", incidentRef)
                .with("liability", liability).with("outcome", outcome)
                .with("amountDecided", amountDecided == null ? null : amountDecided.toPlainString())
                .with("referenceAmount", referenceAmount == null ? null : referenceAmount.toPlainString())
                .with("assessedBy", assessedBy).with("decidedBy", decidedBy).with("firstApprover", firstApprover)
                .with("secondApprover", secondApprover).with("payoutReference", payoutReference)
                .with("appealOutcome", appealOutcome);
    }

    private String plain(BigDecimal amount) {
        return amount == null ? null : amount.setScale(assetScale).toPlainString();
    }

    public ClaimView view() {
        return new ClaimView(id == null ? 0 : id, accountId, ticket, language, asset, assetScale, plain(amountClaimed),
                description, incidentRef, evidenceRef, filedBy, forCustomer, filedAt, answerDueAt, state, liability, assessmentReasoning,
                assessedBy, assessedAt, outcome, plain(amountDecided), decisionReasons, decidedBy, decidedAt,
                referenceRate == null ? null : referenceRate.stripTrailingZeros().toPlainString(), rateSource,
                referenceAmount == null ? null : referenceAmount.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString(),
                referenceCurrency, firstApprover, firstApproverRole, firstApprovedAt, secondApprover, secondApproverRole,
                secondApprovedAt, finalAt, returnedNote, payoutReference, payoutConfirmedBy, paidAt, appealableUntil,
                appealStatement, appealFiledBy, appealFiledAt, appealOutcome, appealReviewer, appealReasons, appealDecidedAt,
                version());
    }

    public Precedent precedent() {
        return new Precedent(id == null ? 0 : id, liability, outcome, asset, amountClaimed, amountDecided, finalAt);
    }

    public Long id() {
        return id;
    }

    public String accountId() {
        return accountId;
    }

    public ClaimState state() {
        return state;
    }

    public String asset() {
        return asset;
    }

    public int assetScale() {
        return assetScale;
    }

    public BigDecimal amountClaimed() {
        return amountClaimed.setScale(assetScale);
    }

    public BigDecimal amountDecided() {
        return amountDecided == null ? null : amountDecided.setScale(assetScale);
    }

    public BigDecimal referenceAmount() {
        return referenceAmount;
    }

    public ClaimOutcome outcome() {
        return outcome;
    }

    public String ticket() {
        return ticket;
    }

    public String language() {
        return language;
    }

    public String incidentRef() {
        return incidentRef;
    }

    public String requestFingerprint() {
        return requestFingerprint;
    }

    public String assessedBy() {
        return assessedBy;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String firstApprover() {
        return firstApprover;
    }

    public String secondApprover() {
        return secondApprover;
    }

    public String decisionReasons() {
        return decisionReasons;
    }

    public String payoutReference() {
        return payoutReference;
    }

    public Instant appealableUntil() {
        return appealableUntil;
    }

    public String appealStatement() {
        return appealStatement;
    }

    public long version() {
        return version == null ? 0 : version;
    }
}
