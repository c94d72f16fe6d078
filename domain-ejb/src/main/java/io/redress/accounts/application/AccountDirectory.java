package io.redress.accounts.application;

import io.redress.accounts.api.AccountFacts;
import io.redress.accounts.api.AccountStatus;
import io.redress.accounts.api.Accounts;
import io.redress.accounts.domain.Account;
import io.redress.audit.application.AuditTrail;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.NotFound;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** {@link Accounts} on the account tables: what other contexts may ask of an account, in their transaction. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AccountDirectory implements Accounts {

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    @Override
    public Optional<AccountFacts> find(String accountId) {
        return account(accountId).map(a -> new AccountFacts(a.externalId(), a.status(), a.confidential(),
                a.openDerivativesPositions()));
    }

    @Override
    public List<String> withSocialHandle(String handle, int max) {
        return em.createNamedQuery(Account.WITH_SOCIAL_HANDLE, String.class).setParameter("h", handle)
                .setMaxResults(max).getResultList();
    }

    @Override
    public long countNotClosed() {
        return em.createNamedQuery(Account.COUNT_NOT_IN_STATUS, Long.class).setParameter("status", AccountStatus.CLOSED)
                .getSingleResult();
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean applyStanding(Actor actor, String role, String accountId, StandingUpdate s, String why) {
        Account account = account(accountId).orElseThrow(() -> new NotFound("Account", accountId));
        String before = account.snapshot().toJson();
        if (!account.applyStanding(s.status(), s.withdrawalsFrozen(), s.windowEndsAt(), s.restrictionId(), clock.instant())) {
            return false;
        }
        em.flush();
        audit.record(actor, role, "ACCOUNT_STANDING_CHANGED", AccountService.ENTITY, accountId, before,
                account.snapshot().toJson(), why);
        return true;
    }

    private Optional<Account> account(String accountId) {
        return em.createNamedQuery(Account.BY_EXTERNAL_ID, Account.class).setParameter("id", accountId)
                .getResultStream().findFirst();
    }
}
