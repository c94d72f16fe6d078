package io.redress.screening.application;

import io.redress.accounts.api.AccountFacts;
import io.redress.accounts.api.Accounts;
import io.redress.alerts.api.AlertRaised;
import io.redress.audit.application.AuditRecorder;
import io.redress.screening.api.DepositReport;
import io.redress.screening.domain.DepositHeld;
import io.redress.screening.domain.DepositScreening;
import io.redress.screening.domain.Exposure;
import io.redress.screening.domain.ExposureCalculator;
import io.redress.screening.domain.RescreenView;
import io.redress.screening.domain.ScreeningHistory;
import io.redress.screening.domain.ScreeningPolicy;
import io.redress.screening.domain.ScreeningRules;
import io.redress.screening.domain.ScreeningView;
import io.redress.screening.infrastructure.ScreeningGraph;
import io.redress.shared.application.Access;
import io.redress.shared.domain.AccountIdentifier;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.InvalidInput;
import io.redress.shared.domain.NotFound;
import io.redress.shared.domain.Permission;
import io.redress.shared.domain.Role;
import io.redress.shared.domain.RuleViolation;
import io.redress.shared.infrastructure.CommitWait;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Screens a deposit: traces its value through this instance's transaction graph ({@link ExposureCalculator}), asks the
 * {@link ScreeningPolicy}, keeps the screening with the measure it puts on the deposit (a HOLD or FREEZE is in force on
 * the covered amount at once: the next WITHDRAW decision lists it), and raises an alert for COMPLIANCE on a HOLD or a
 * FREEZE. The same deposit screened again is answered as the first time.
 */
@Stateless
public class DepositScreener {

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    Access access;
    @Inject
    CommitWait commitWait;
    /** In this bean's transaction: no EJB call around the append. */
    @Inject
    AuditRecorder audit;
    @Inject
    Accounts accounts;
    @Inject
    ScreeningGraph graph;
    @Inject
    ScreeningSettings settings;
    @Inject
    Event<AlertRaised> alerts;
    @Inject
    Event<DepositHeld> held;
    @Inject
    WalletProofs proofs;
    @Inject
    Clock clock;

    public ScreeningView screen(Actor actor, DepositReport report) {
        return screen(actor, report, List.of());
    }

    /** With the errors the request's JSON already had (wrong types), reported after the caller's authorization. */
    public ScreeningView screen(Actor actor, DepositReport report, List<FieldError> bodyErrors) {
        String role = access.require(actor, Permission.DEPOSIT_SCREEN);
        List<FieldError> ruleErrors = new ArrayList<>();
        ScreeningRules.DepositFacts d = bodyErrors.isEmpty() ? ScreeningRules.check(report, ruleErrors) : null;
        if (!bodyErrors.isEmpty()) {
            // a field the JSON already refused is named once
            ScreeningRules.check(report, ruleErrors);
            Set<String> named = new HashSet<>();
            bodyErrors.forEach(e -> named.add(e.field()));
            ruleErrors.removeIf(e -> named.contains(e.field()));
        }
        List<FieldError> errors = new ArrayList<>(bodyErrors);
        errors.addAll(ruleErrors);
        Optional<AccountFacts> account = d == null ? Optional.empty() : accounts.find(d.accountId());
        if (d != null && account.isEmpty()) {
            errors.add(new FieldError("accountId", "no account " + d.accountId() + " in Redress (PUT /api/v1/accounts/{id} first)"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        List<DepositScreening> earlier = em.createNamedQuery(DepositScreening.OF_DEPOSIT, DepositScreening.class)
                .setParameter("account", d.accountId()).setParameter("chain", d.chain()).setParameter("tx", d.txHash()).getResultList();
        if (!earlier.isEmpty()) {
            DepositScreening s = earlier.get(0);
            if (!s.sameFacts(d)) {
                throw new RuleViolation("deposit-screened-differently", "This deposit (account, chain, transaction) was screened"
                        + " with another asset, sender or amount; a deposit is screened once");
            }
            return view(s, ExposureJson.read(s.exposureJson()), true);
        }

        Exposure exposure = ExposureCalculator.trace(graph.graph(), d.asset(), d.sender(), settings.trace());
        ScreeningPolicy.Verdict verdict = settings.policy().decide(exposure,
                new ScreeningPolicy.Deposit(d.selfHosted(), d.valueEur(),
                d.selfHosted() && proofs.proven(d.accountId(), d.chain(), d.sender())));
        List<ScreeningView.ExposureView> exposures = exposures(exposure, d.amount());
        Instant now = clock.instant();
        DepositScreening s = new DepositScreening(d, verdict, ExposureJson.write(exposures), actor.name(), now);
        // written by the audit's first append (or a hold's alert), which flushes the transaction's writes first
        em.persist(s);
        if (verdict.measure() != ScreeningPolicy.Measure.PASS) {
            commitWait.standingChanged(); // the exchange learns of the hold after every decision cache knows it
            boolean freeze = verdict.measure() == ScreeningPolicy.Measure.FREEZE;
            alerts.fire(new AlertRaised(freeze ? "SCREENING_FREEZE" : "SCREENING_HOLD",
                    freeze ? AlertRaised.Severity.CRITICAL : AlertRaised.Severity.WARNING, d.accountId(),
                    // the screening was kept just now: no alert names it yet
                    "deposit-screening:" + s.id(), Role.COMPLIANCE,
                    (freeze ? "Frozen: " : "Held for review: ") + plain(s.coveredAmount()).toPlainString() + " " + d.asset() + " of deposit "
                            + d.txHash() + " to " + d.accountId() + " (" + String.join(", ", verdict.reasons()) + ")", true, true));
            // the account's jurisdiction as read above: the investigation's deadline follows it, without a second read
            held.fire(new DepositHeld(s.id(), d.accountId(), account.get().jurisdiction(), verdict.measure(), verdict.measure()
                    + " of " + plain(s.coveredAmount()).toPlainString() + " " + d.asset() + " of deposit " + d.txHash() + " from "
                    + d.sender() + ": " + String.join(", ", verdict.reasons())));
        }
        audit.record(actor, role, "DEPOSIT_SCREENED", "DepositScreening", Long.toString(s.id()), null,
                s.snapshot().toJson(), verdict.measure() + (verdict.reasons().isEmpty() ? "" : " " + String.join(" ", verdict.reasons())));
        return view(s, exposures, false);
    }

    /**
     * An account's screenings, newest first, each with its re-screenings that found new exposure (compliance's
     * need-to-know).
     */
    public List<ScreeningHistory> screeningsOf(Actor actor, String accountId, int max, List<FieldError> queryErrors) {
        access.require(actor, Permission.DEPOSIT_SCREENING_READ);
        List<FieldError> errors = new ArrayList<>(queryErrors);
        if (accountId == null || accountId.isBlank() || accountId.length() > 64) {
            errors.add(new FieldError("accountId", "is required: at most 64 characters"));
        } else {
            AccountIdentifier.problem("accountId", accountId.strip()).ifPresent(errors::add);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return histories(em.createNamedQuery(DepositScreening.OF_ACCOUNT, DepositScreening.class)
                .setParameter("account", accountId.strip()).setMaxResults(max).getResultList());
    }

    /** One deposit's screening with its re-screenings (what a re-screening's alert links to). */
    public ScreeningHistory screening(Actor actor, long screeningId) {
        access.require(actor, Permission.DEPOSIT_SCREENING_READ);
        DepositScreening s = em.find(DepositScreening.class, screeningId);
        if (s == null) {
            throw new NotFound("DepositScreening", Long.toString(screeningId));
        }
        return histories(List.of(s)).get(0);
    }

    private List<ScreeningHistory> histories(List<DepositScreening> screenings) {
        Map<Long, List<RescreenView>> rescreens = RescreenHistory.of(em, screenings);
        return screenings.stream().map(s -> new ScreeningHistory(view(s, ExposureJson.read(s.exposureJson()), true),
                rescreens.getOrDefault(s.id(), List.of()))).toList();
    }

    private List<ScreeningView.ExposureView> exposures(Exposure exposure, BigDecimal amount) {
        return ExposureViews.of(em, exposure, amount);
    }

    private static BigDecimal plain(BigDecimal v) {
        return ExposureViews.plain(v);
    }

    static ScreeningView view(DepositScreening s, List<ScreeningView.ExposureView> exposures, boolean repeated) {
        return new ScreeningView(s.id(), s.accountId(), s.chain(), s.asset(), s.txHash(), s.sendingAddress(), plain(s.amount()),
                s.measure(), s.reasons(), plain(s.coveredAmount()), s.inForce(), exposures, s.screenedAt(), repeated);
    }
}
