package io.redress.restrictions.application;

import io.redress.accounts.api.AccountFacts;
import io.redress.accounts.api.AccountOpened;
import io.redress.accounts.api.Accounts;
import io.redress.audit.application.AuditTrail;
import io.redress.restrictions.domain.InForce;
import io.redress.restrictions.domain.KeptStanding;
import io.redress.restrictions.domain.Restriction;
import io.redress.restrictions.domain.Standing;
import io.redress.restrictions.domain.StandingPolicy;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.NotFound;
import io.redress.shared.infrastructure.CommitWait;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the account's standing (status, freeze, window end, defining restriction) equal to what the measures in force
 * say, in the same transaction as the change that altered them; where decision caches run, the change answers only
 * once every instance's cache has applied it: the next decision, on any instance, reflects it. The standing is its
 * own row ({@link KeptStanding}), so the exchange's mirror of the profile never collides with it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class StandingKeeper {

    /** The audit's entity type of an account: a standing change is part of the account's history. */
    static final String ACCOUNT = "Account";

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    Accounts accounts;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    CommitWait commitWait;

    /** A new account starts active, in the transaction that mirrored it. */
    public void open(@Observes AccountOpened opened) {
        if (em.find(KeptStanding.class, opened.accountId()) == null) {
            em.persist(new KeptStanding(opened.accountId(), opened.openedAt()));
        }
    }

    public Standing recompute(Actor actor, String role, String accountId, String why) {
        AccountFacts account = accounts.find(accountId).orElseThrow(() -> new NotFound("Account", accountId));
        em.flush();
        List<InForce> inForce = em.createNamedQuery(Restriction.IN_FORCE_FOR_ACCOUNT, Restriction.class)
                .setParameter("account", accountId).getResultList().stream().map(Restriction::inForce).toList();
        Standing standing = StandingPolicy.resolve(inForce, account.openDerivativesPositions());
        // also when the status stays: the measure or reason in force, part of a decision's answer, may have changed
        commitWait.standingChanged();
        KeptStanding kept = Optional.ofNullable(em.find(KeptStanding.class, accountId)).orElseGet(() -> {
            KeptStanding fresh = new KeptStanding(accountId, clock.instant());
            em.persist(fresh);
            return fresh;
        });
        String before = kept.snapshot().toJson();
        if (kept.apply(standing, clock.instant())) {
            em.flush();
            audit.record(actor, role, "ACCOUNT_STANDING_CHANGED", ACCOUNT, accountId, before, kept.snapshot().toJson(), why);
        }
        return standing;
    }
}
