package io.redress.restrictions.application;

import io.redress.accounts.api.AccountFacts;
import io.redress.accounts.api.Accounts;
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
    Accounts accounts;
    @Inject
    CommitWait commitWait;

    public Standing recompute(Actor actor, String role, String accountId, String why) {
        AccountFacts account = accounts.find(accountId).orElseThrow(() -> new NotFound("Account", accountId));
        em.flush();
        List<InForce> inForce = em.createNamedQuery(Restriction.IN_FORCE_FOR_ACCOUNT, Restriction.class)
                .setParameter("account", accountId).getResultList().stream().map(Restriction::inForce).toList();
        Standing standing = StandingPolicy.resolve(inForce, account.openDerivativesPositions());
        // also when the status stays: the measure or reason in force, part of a decision's answer, may have changed
        commitWait.standingChanged();
        accounts.applyStanding(actor, role, accountId, new Accounts.StandingUpdate(standing.status(),
                standing.withdrawalsFrozen(), standing.windowEndsAt(), standing.restrictionId()), why);
        return standing;
    }
}
