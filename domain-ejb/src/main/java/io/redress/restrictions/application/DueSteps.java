package io.redress.restrictions.application;

import io.redress.accounts.api.AccountFacts;
import io.redress.accounts.api.Accounts;
import io.redress.alerts.api.AlertRaised;
import io.redress.alerts.api.AlertRaised.Severity;
import io.redress.audit.application.AuditTrail;
import io.redress.restrictions.domain.Appeal;
import io.redress.restrictions.domain.AppealState;
import io.redress.restrictions.domain.Measure;
import io.redress.restrictions.domain.Restriction;
import io.redress.restrictions.domain.RestrictionState;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.Role;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/** One due item each, in its own transaction, re-checking under lock-free versioning that it is still due. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DueSteps {

    public enum Outcome { DONE, BLOCKED, SKIPPED }

    private static final String ROLE = "SYSTEM";
    static final String CLOSE_BLOCKED = "CLOSE_BLOCKED_OPEN_POSITIONS";
    static final String APPEAL_OVERDUE = "APPEAL_DEADLINE_BREACHED";

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    AuditTrail audit;
    @Inject
    StandingKeeper standing;
    @Inject
    Accounts accounts;
    @Inject
    NoticeService notices;
    @Inject
    Event<AlertRaised> alerts;

    public Outcome closeAtWindowEnd(long id, Instant now) {
        Restriction r = em.find(Restriction.class, id);
        if (r == null || r.state() != RestrictionState.APPROVED || r.measure() != Measure.CLOSE
                || r.view().completedAt() != null || r.windowEndsAt() == null || r.windowEndsAt().isAfter(now)) {
            return Outcome.SKIPPED;
        }
        AccountFacts account = accounts.find(r.accountId()).orElseThrow();
        Actor system = Actor.system();
        String before = r.snapshot().toJson();
        if (account.openDerivativesPositions() > 0) {
            if (r.view().closeBlocked()) {
                return Outcome.SKIPPED;
            }
            r.blockClose(now);
            em.flush();
            audit.recordFor(r.accountId(), system, ROLE, "CLOSE_BLOCKED", RestrictionService.ENTITY, Long.toString(id), before,
                    r.snapshot().toJson(), account.openDerivativesPositions() + " derivatives positions still open");
            alerts.fire(new AlertRaised(CLOSE_BLOCKED, Severity.CRITICAL, r.accountId(), "restriction:" + id, Role.SUPERVISOR,
                    "Account " + r.accountId() + " was not closed at the end of its window: "
                            + account.openDerivativesPositions() + " derivatives positions are still open. It stays"
                            + " withdraw-only; decide how the positions are closed."));
            return Outcome.BLOCKED;
        }
        r.complete(now);
        em.flush();
        audit.recordFor(r.accountId(), system, ROLE, "ACCOUNT_CLOSED", RestrictionService.ENTITY, Long.toString(id), before,
                r.snapshot().toJson(), "withdrawal window ended");
        standing.recompute(system, ROLE, r.accountId(), "restriction " + id + ": window ended, account closed");
        notices.issue(system, ROLE, r.accountId(), r.id(), "ACCOUNT_CLOSED", "Your account is now closed.", true, null, false);
        return Outcome.DONE;
    }

    public Outcome expire(long id, Instant now) {
        Restriction r = em.find(Restriction.class, id);
        if (r == null || r.state() != RestrictionState.APPROVED || r.view().endsAt() == null || r.view().endsAt().isAfter(now)) {
            return Outcome.SKIPPED;
        }
        String before = r.snapshot().toJson();
        r.expire(now);
        em.flush();
        audit.recordFor(r.accountId(), Actor.system(), ROLE, "RESTRICTION_EXPIRED", RestrictionService.ENTITY, Long.toString(id), before,
                r.snapshot().toJson(), "temporary measure ended");
        standing.recompute(Actor.system(), ROLE, r.accountId(), "restriction " + id + " expired");
        notices.issue(Actor.system(), ROLE, r.accountId(), r.id(), "RESTRICTION_ENDED", "A temporary restriction on your account has ended.",
                true, null, false);
        return Outcome.DONE;
    }

    public Outcome appealOverdue(long id, Instant now) {
        Appeal a = em.find(Appeal.class, id);
        if (a == null || a.state() != AppealState.OPEN || a.view().deadlineBreached() || a.view().deadline().isAfter(now)) {
            return Outcome.SKIPPED;
        }
        String before = a.snapshot().toJson();
        a.markDeadlineBreached(now);
        em.flush();
        audit.recordFor(a.accountId(), Actor.system(), ROLE, "APPEAL_DEADLINE_BREACHED", AppealService.ENTITY, Long.toString(id), before,
                a.snapshot().toJson(), "deadline " + a.view().deadline());
        alerts.fire(new AlertRaised(APPEAL_OVERDUE, Severity.WARNING, a.accountId(), "appeal:" + id, Role.SUPERVISOR,
                "Appeal " + id + " on account " + a.accountId() + " passed its deadline (" + a.view().deadline()
                        + ") undecided."));
        return Outcome.DONE;
    }
}
