package io.redress.restrictions.application;

import io.redress.accounts.application.AccountService;
import io.redress.accounts.domain.Account;
import io.redress.audit.application.AuditTrail;
import io.redress.restrictions.domain.InForce;
import io.redress.restrictions.domain.Restriction;
import io.redress.restrictions.domain.Standing;
import io.redress.restrictions.domain.StandingPolicy;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.NotFound;
import io.redress.shared.infrastructure.CommitWait;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/**
 * Keeps the account row's standing (status, freeze, window end, defining restriction) equal to what the
 * measures in force say, in the same transaction as the change that altered them; where decision caches run,
 * the change answers only once every instance's cache has applied it: the next decision, on any instance, reflects it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class StandingKeeper {

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    CommitWait commitWait;

    public Standing recompute(Actor actor, String role, String accountId, String why) {
        Account account = em.createNamedQuery(Account.BY_EXTERNAL_ID, Account.class).setParameter("id", accountId)
                .getResultStream().findFirst().orElseThrow(() -> new NotFound("Account", accountId));
        em.flush();
        List<InForce> inForce = em.createNamedQuery(Restriction.IN_FORCE_FOR_ACCOUNT, Restriction.class)
                .setParameter("account", accountId).getResultList().stream().map(Restriction::inForce).toList();
        Standing standing = StandingPolicy.resolve(inForce, account.openDerivativesPositions());
        // also when the status stays: the measure or reason in force, part of a decision's answer, may have changed
        commitWait.standingChanged();
        String before = account.snapshot().toJson();
        if (account.applyStanding(standing.status(), standing.withdrawalsFrozen(), standing.windowEndsAt(),
                standing.restrictionId(), clock.instant())) {
            em.flush();
            audit.record(actor, role, "ACCOUNT_STANDING_CHANGED", AccountService.ENTITY, accountId, before,
                    account.snapshot().toJson(), why);
        }
        return standing;
    }
}
