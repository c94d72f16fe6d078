package io.redress.claims.application;

import io.redress.audit.application.AuditTrail;
import io.redress.claims.domain.AppealVerdict;
import io.redress.claims.domain.ApprovalLimits;
import io.redress.claims.domain.ClaimDetail;
import io.redress.claims.domain.ClaimRow;
import io.redress.claims.domain.ClaimRules;
import io.redress.claims.domain.ClaimState;
import io.redress.claims.domain.ClaimView;
import io.redress.claims.domain.ClaimViolation;
import io.redress.claims.domain.CustomerClaim;
import io.redress.claims.domain.DecisionLetter;
import io.redress.claims.domain.DecisionRequest;
import io.redress.claims.domain.IncidentPrecedents;
import io.redress.claims.domain.Liability;
import io.redress.claims.domain.LossClaim;
import io.redress.claims.domain.NewClaim;
import io.redress.claims.infrastructure.ClaimCases;
import io.redress.claims.infrastructure.ClaimLetters;
import io.redress.incidents.api.EvidenceReports;
import io.redress.incidents.api.IncidentReferences;
import io.redress.shared.application.Access;
import io.redress.shared.domain.AccountIdentifier;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.InvalidInput;
import io.redress.shared.domain.NotFound;
import io.redress.shared.domain.Permission;
import io.redress.shared.domain.RuleViolation;
import io.redress.shared.domain.StaleVersion;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Loss claims: filed by the exchange for the customer or by staff, assessed, decided, approved by one or two people
 * who took no part (within their limits), paid by the exchange, and appealed once when denied. Every step is
 * authorized through the catalogue, checked by {@link ClaimRules} and {@link ApprovalLimits}, audited, and made
 * against the version the person read.
 */
@Stateless
public class ClaimService {

    public static final String ENTITY = "LossClaim";
    public static final int MAX_PAGE = 200;

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    Access access;
    @Inject
    AuditTrail audit;
    @Inject
    java.time.Clock clock;
    @Inject
    ClaimSettings settings;
    @Inject
    ClaimApprovals approvals;
    @Inject
    ClaimCases cases;
    @Inject
    ClaimLetters letters;
    @Inject
    EvidenceReports evidence;
    @Inject
    IncidentReferences incidents;

    /** The claim filed, and whether this call filed it (false: the same request was already filed under its key). */
    public record Filed(ClaimView claim, boolean created) {
    }

    public Filed file(Actor actor, NewClaim request, String idempotencyKey) {
        String role = access.require(actor, Permission.CLAIM_FILE);
        List<FieldError> errors = new ArrayList<>(ClaimRules.checkIdempotencyKey(idempotencyKey));
        errors.addAll(ClaimRules.checkNew(request, settings.assets()));
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        String fingerprint = ClaimRules.fingerprint(request);
        if (idempotencyKey != null) {
            Optional<LossClaim> earlier = em.createNamedQuery(LossClaim.BY_IDEMPOTENCY_KEY, LossClaim.class)
                    .setParameter("filedBy", actor.name()).setParameter("key", idempotencyKey).getResultStream().findFirst();
            if (earlier.isPresent()) {
                if (!earlier.get().requestFingerprint().equals(fingerprint)) {
                    throw RuleViolation.of("idempotency-key-reused", "Idempotency-Key " + idempotencyKey
                            + " was used for another claim (" + earlier.get().id() + "); a new claim needs a new key",
                            idempotencyKey, earlier.get().id());
                }
                return new Filed(earlier.get().view(), false);
            }
        }
        if (request.incidentRef() != null && incidents.find(request.incidentRef()).isEmpty()) {
            throw new InvalidInput(FieldError.of("incidentRef", FieldError.Code.UNKNOWN_INCIDENT, "no incident " + request.incidentRef() + " is known to Redress", request.incidentRef()));
        }
        if (request.evidenceRef() != null) {
            // the leak-attribution report the claim relies on: issued, and about the claim's account
            EvidenceReports.EvidenceSummary report = evidence.find(request.evidenceRef()).orElseThrow(() -> new InvalidInput(
                    "evidenceRef", "no leak-attribution report " + request.evidenceRef() + " is known to Redress"));
            if (!report.accountId().equals(request.accountId())) {
                throw new InvalidInput(FieldError.of("evidenceRef", FieldError.Code.REPORT_OF_ANOTHER_ACCOUNT, "report " + report.reference() + " is about another account", report.reference()));
            }
        }
        int scale = settings.assets().scaleOf(request.asset()).orElseThrow();
        BigDecimal amount = ClaimRules.amount("amount", request.amount(), scale, new ArrayList<>());
        ClaimCases.CaseFacts caseFacts;
        if (request.ticket() != null) {
            caseFacts = cases.find(request.ticket())
                    .orElseThrow(() -> new InvalidInput(FieldError.of("ticket", FieldError.Code.UNKNOWN_CASE, "no case " + request.ticket() + " is known to Redress", request.ticket())));
            if (!request.accountId().equals(caseFacts.accountId())) {
                throw new InvalidInput(FieldError.of("ticket", FieldError.Code.CASE_OF_ANOTHER_ACCOUNT, "case " + caseFacts.ticket() + " is not about account " + request.accountId(), caseFacts.ticket(), request.accountId()));
            }
        } else {
            caseFacts = cases.open(actor, request.accountId(), request.customerName(), request.language(),
                    "Loss claim: " + amount.toPlainString() + " " + request.asset(), request.description());
        }
        Instant now = clock.instant();
        LossClaim claim = new LossClaim(request.accountId(), request.asset(), scale, amount, request.description(),
                caseFacts.ticket(), caseFacts.language(), request.incidentRef(), request.evidenceRef(), actor.name(),
                actor.speaksForCustomer(), now, caseFacts.decisionDueAt(), idempotencyKey, fingerprint);
        em.persist(claim);
        try {
            em.flush();
        } catch (PersistenceException e) {
            // the unique (filed_by, idempotency_key): the same request is being filed at this very moment
            throw new StaleVersion("A claim with Idempotency-Key " + idempotencyKey + " is being filed at the same time;"
                    + " repeat the request to read it");
        }
        cases.link(actor, caseFacts.ticket(), claim.id());
        audit.record(actor, role, "CLAIM_FILED", ENTITY, claim.id().toString(), null, claim.snapshot().toJson(),
                request.incidentRef() == null ? null : "incident " + request.incidentRef());
        return new Filed(claim.view(), true);
    }

    public List<ClaimRow> list(Actor actor, ClaimState state, String accountId, String incidentRef, Long after, int size) {
        access.require(actor, Permission.CLAIM_READ);
        AccountIdentifier.problem("accountId", accountId).ifPresent(e -> {
            throw new InvalidInput(e);
        });
        StringBuilder jpql = new StringBuilder("SELECT c FROM LossClaim c WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (state != null) {
            jpql.append(" AND c.state = :state");
            params.put("state", state);
        }
        if (accountId != null) {
            jpql.append(" AND c.accountId = :account");
            params.put("account", accountId);
        }
        if (incidentRef != null) {
            jpql.append(" AND c.incidentRef = :incident");
            params.put("incident", incidentRef);
        }
        if (after != null) {
            jpql.append(" AND c.id < :after");
            params.put("after", after);
        }
        jpql.append(" ORDER BY c.id DESC");
        TypedQuery<LossClaim> q = em.createQuery(jpql.toString(), LossClaim.class);
        params.forEach(q::setParameter);
        return q.setMaxResults(Math.max(1, Math.min(size, MAX_PAGE))).getResultList().stream().map(ClaimService::row).toList();
    }

    /**
     * The decisions the person may approve now (as the start page counts them), of one incident when {@code incidentRef}
     * is given, in the order filed.
     */
    public List<ClaimRow> awaitingApproval(Actor actor, String incidentRef, int size) {
        access.require(actor, Permission.CLAIM_APPROVE);
        return approvals.awaiting(actor, incidentRef, Math.max(1, Math.min(size, MAX_PAGE))).stream().map(ClaimService::row).toList();
    }

    private static ClaimRow row(LossClaim c) {
        ClaimView v = c.view();
        return new ClaimRow(v.id(), v.accountId(), v.ticket(), v.asset(), v.amountClaimed(), v.state(), v.liability(),
                v.outcome(), v.amountDecided(), v.incidentRef(), v.filedAt(), v.answerDueAt());
    }

    /** The claim page: the claim, and the final decisions on the other claims of its incident. */
    public ClaimDetail detail(Actor actor, long id) {
        access.require(actor, Permission.CLAIM_READ);
        LossClaim c = claim(id);
        return new ClaimDetail(c.view(), precedents(c));
    }

    public CustomerClaim getAsCustomer(Actor actor, long id) {
        access.require(actor, Permission.CLAIM_READ_CUSTOMER_VIEW);
        return CustomerClaim.of(claim(id).view());
    }

    private IncidentPrecedents precedents(LossClaim c) {
        if (c.incidentRef() == null) {
            return IncidentPrecedents.none(null);
        }
        return IncidentPrecedents.of(c.incidentRef(), em.createNamedQuery(LossClaim.FINAL_FOR_INCIDENT, LossClaim.class)
                .setParameter("incident", c.incidentRef()).setParameter("states", ClaimState.FINAL)
                .setParameter("except", c.id()).setMaxResults(5000).getResultList().stream().map(LossClaim::precedent)
                .toList());
    }

    public ClaimView assess(Actor actor, long id, Liability liability, String reasoning, long expectedVersion) {
        String role = access.require(actor, Permission.CLAIM_ASSESS);
        List<FieldError> errors = ClaimRules.checkAssessment(liability, reasoning);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        LossClaim c = current(id, expectedVersion);
        refuseIf(actor, c, "claim.assess", ClaimRules.checkState(c.state(), EnumSet.of(ClaimState.FILED, ClaimState.ASSESSED),
                "assessed"));
        String before = c.snapshot().toJson();
        c.assess(liability, reasoning, actor.name(), clock.instant());
        flush(c);
        audit.record(actor, role, "CLAIM_ASSESSED", ENTITY, c.id().toString(), before, c.snapshot().toJson(),
                liability + ": " + reasoning.strip());
        return c.view();
    }

    public ClaimView decide(Actor actor, long id, DecisionRequest decision, long expectedVersion) {
        String role = access.require(actor, Permission.CLAIM_DECIDE);
        LossClaim c = claim(id);
        List<FieldError> errors = new ArrayList<>();
        BigDecimal amount = ClaimRules.decidedAmount(decision, c.amountClaimed(), c.assetScale(), errors);
        errors.addAll(ClaimRules.checkDecisionReasons(decision.reasons()));
        BigDecimal given = ClaimRules.givenRate(decision.referenceRate(), errors);
        Optional<BigDecimal> configured = settings.rates().rateOf(c.asset());
        if (given == null && configured.isEmpty() && errors.stream().noneMatch(e -> e.field().equals("referenceRate"))) {
            errors.add(FieldError.of("referenceRate", FieldError.Code.NO_REFERENCE_RATE, "no reference rate is configured for " + c.asset()
                    + ": give the rate of one " + c.asset() + " in " + settings.limits().currency(), c.asset(), settings.limits().currency()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        checkVersion(c, expectedVersion);
        refuseIf(actor, c, "claim.decide", ClaimRules.checkState(c.state(), EnumSet.of(ClaimState.ASSESSED), "decided"));
        BigDecimal rate = given != null ? given : configured.get();
        String before = c.snapshot().toJson();
        c.propose(decision.outcome(), amount, decision.reasons(), rate, given != null ? "DECISION" : "CONFIGURED",
                ClaimRules.inReference(amount, rate), settings.limits().currency(), actor.name(), clock.instant());
        flush(c);
        audit.record(actor, role, "CLAIM_DECISION_PROPOSED", ENTITY, c.id().toString(), before, c.snapshot().toJson(),
                decision.outcome() + " " + amount.toPlainString() + " " + c.asset() + ": " + decision.reasons().strip());
        return c.view();
    }

    /**
     * An approval. Within the approver's limit (the reference value of the amount paid) the decision becomes final
     * and the customer is told; above it, it waits for a second approver whose limit covers it.
     */
    public ClaimView approve(Actor actor, long id, long expectedVersion, String note) {
        access.require(actor, Permission.CLAIM_APPROVE);
        if (note != null && note.length() > ClaimRules.MAX_TEXT) {
            throw new InvalidInput(FieldError.tooLong("note", ClaimRules.MAX_TEXT));
        }
        LossClaim c = current(id, expectedVersion);
        refuseIf(actor, c, "claim.approve", ClaimRules.checkState(c.state(),
                EnumSet.of(ClaimState.PENDING_APPROVAL, ClaimState.PENDING_SECOND_APPROVAL), "approved"));
        boolean second = c.state() == ClaimState.PENDING_SECOND_APPROVAL;
        List<ClaimViolation> violations = new ArrayList<>(ClaimRules.checkApprover(actor.name(), c.assessedBy(),
                c.decidedBy(), second ? c.firstApprover() : null));
        ApprovalLimits.Step step = settings.limits().approve(actor.roles(), c.referenceAmount(), second);
        if (step.refused()) {
            violations.add(step.violation());
        }
        refuseIf(actor, c, "claim.approve", violations);
        String role = settings.limits().roleWithHighestLimit(actor.roles()).orElseThrow().name();
        Instant now = clock.instant();
        String before = c.snapshot().toJson();
        boolean makesFinal = step.effect() == ApprovalLimits.Effect.FINAL;
        c.approve(actor.name(), role, makesFinal, now, now.plus(Duration.ofDays(settings.appealWindowDays())));
        flush(c);
        audit.record(actor, role, makesFinal ? "CLAIM_DECISION_FINAL" : "CLAIM_FIRST_APPROVAL", ENTITY, c.id().toString(),
                before, c.snapshot().toJson(), makesFinal ? note : "above " + role + "'s limit: a second approver is needed"
                        + (note == null ? "" : "; " + note));
        if (makesFinal) {
            letters.send(actor, c.ticket(), DecisionLetter.decision(c.language(), c.id(), c.outcome(),
                    c.amountDecided().toPlainString(), c.asset(), c.decisionReasons(), c.appealableUntil()));
        }
        return c.view();
    }

    /** An approver sends a pending decision back to be decided again, saying why. */
    public ClaimView sendBack(Actor actor, long id, long expectedVersion, String reason) {
        String role = access.require(actor, Permission.CLAIM_APPROVE);
        if (reason == null || reason.strip().length() < 10 || reason.length() > ClaimRules.MAX_TEXT) {
            throw new InvalidInput(FieldError.of("reason", FieldError.Code.LENGTH, "why, in 10 to " + ClaimRules.MAX_TEXT + " characters", 10, ClaimRules.MAX_TEXT));
        }
        LossClaim c = current(id, expectedVersion);
        refuseIf(actor, c, "claim.return", ClaimRules.checkState(c.state(),
                EnumSet.of(ClaimState.PENDING_APPROVAL, ClaimState.PENDING_SECOND_APPROVAL), "sent back"));
        String before = c.snapshot().toJson();
        c.sendBack(reason);
        flush(c);
        audit.record(actor, role, "CLAIM_DECISION_RETURNED", ENTITY, c.id().toString(), before, c.snapshot().toJson(),
                reason.strip());
        return c.view();
    }

    /** The exchange confirms it paid; repeating the same reference changes nothing. */
    public ClaimView confirmPayout(Actor actor, long id, String reference) {
        String role = access.require(actor, Permission.CLAIM_PAYOUT);
        List<FieldError> errors = ClaimRules.checkPayoutReference(reference);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        LossClaim c = claim(id);
        if (c.state() == ClaimState.PAID) {
            if (c.payoutReference().equals(reference)) {
                return c.view();
            }
            throw RuleViolation.of("payout-recorded", "Claim " + id + " was paid under reference " + c.payoutReference(), id, c.payoutReference());
        }
        refuseIf(actor, c, "claim.payout", ClaimRules.checkState(c.state(), EnumSet.of(ClaimState.AWAITING_PAYOUT), "paid"));
        String before = c.snapshot().toJson();
        c.recordPayout(reference, actor.name(), clock.instant());
        flush(c);
        audit.record(actor, role, "CLAIM_PAID", ENTITY, c.id().toString(), before, c.snapshot().toJson(), reference);
        return c.view();
    }

    /** The customer's appeal against a denial, within the window, once. */
    public ClaimView appeal(Actor actor, long id, String statement) {
        String role = access.require(actor, Permission.CLAIM_APPEAL);
        List<FieldError> errors = ClaimRules.checkAppealStatement(statement);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        LossClaim c = claim(id);
        refuseIf(actor, c, "claim.appeal", ClaimRules.checkState(c.state(), EnumSet.of(ClaimState.DENIED), "appealed"));
        Instant now = clock.instant();
        if (c.appealableUntil() == null || now.isAfter(c.appealableUntil())) {
            throw c.appealStatement() != null
                    ? RuleViolation.of("appeal-window-closed", "Claim " + id + " was appealed already; the review's answer is final", id)
                    : RuleViolation.of("appeal-window-closed", "The appeal window of claim " + id + " ended at " + c.appealableUntil(),
                            id, c.appealableUntil());
        }
        String before = c.snapshot().toJson();
        c.appeal(statement, actor.name(), now);
        flush(c);
        audit.record(actor, role, "CLAIM_APPEALED", ENTITY, c.id().toString(), before, c.snapshot().toJson(), statement.strip());
        return c.view();
    }

    /** The appeal, decided by someone who took no part in the claim. */
    public ClaimView decideAppeal(Actor actor, long id, AppealVerdict verdict, String reasons, long expectedVersion) {
        String role = access.require(actor, Permission.CLAIM_APPEAL_DECIDE);
        List<FieldError> errors = ClaimRules.checkAppealDecision(verdict, reasons);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        LossClaim c = current(id, expectedVersion);
        refuseIf(actor, c, "claim.appeal.decide", ClaimRules.checkState(c.state(), EnumSet.of(ClaimState.APPEALED),
                "reviewed on appeal"));
        refuseIf(actor, c, "claim.appeal.decide", ClaimRules.checkReviewer(actor.name(), c.assessedBy(), c.decidedBy(),
                c.firstApprover(), c.secondApprover()));
        String before = c.snapshot().toJson();
        c.decideAppeal(verdict, actor.name(), reasons, clock.instant());
        flush(c);
        audit.record(actor, role, "CLAIM_APPEAL_DECIDED", ENTITY, c.id().toString(), before, c.snapshot().toJson(),
                verdict + ": " + reasons.strip());
        letters.send(actor, c.ticket(), DecisionLetter.appeal(c.language(), c.id(), verdict, reasons));
        return c.view();
    }

    /** The assets a claim may be in, with their decimals: the console's choice. */
    public Map<String, Integer> assets() {
        return settings.assets().assets();
    }

    private LossClaim claim(long id) {
        return Optional.ofNullable(em.find(LossClaim.class, id)).orElseThrow(() -> new NotFound("Claim", Long.toString(id)));
    }

    private LossClaim current(long id, long expectedVersion) {
        LossClaim c = claim(id);
        checkVersion(c, expectedVersion);
        return c;
    }

    private static void checkVersion(LossClaim c, long expectedVersion) {
        if (expectedVersion != c.version()) {
            throw new StaleVersion("Claim", c.id().toString(), expectedVersion, c.version());
        }
    }

    private void refuseIf(Actor actor, LossClaim c, String action, List<ClaimViolation> violations) {
        if (violations.isEmpty()) {
            return;
        }
        String message = violations.stream().map(ClaimViolation::message).collect(Collectors.joining("; "));
        List<String> rules = violations.stream().map(ClaimViolation::rule).distinct().toList();
        audit.recordIndependently(actor, "CLAIM_STEP_REFUSED", ENTITY, c.id().toString(),
                action + " " + rules + ": " + message);
        throw new RuleViolation(rules.get(0), message, violations.stream().map(ClaimViolation::rule).toList(),
                violations.stream().map(ClaimViolation::message).toList(), violations.stream().map(ClaimViolation::arguments).toList());
    }

    private void flush(LossClaim c) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersion("Claim " + c.id() + " was changed by someone else at the same time; read it again");
        }
    }
}
