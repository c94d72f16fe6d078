package io.redress.restrictions.application;

import io.redress.accounts.api.StandingFacts;
import io.redress.accounts.api.Standings;
import io.redress.restrictions.domain.KeptStanding;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The standings kept for the account's view ({@link Standings}): read from the standing rows, in the caller's transaction. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class KeptStandings implements Standings {

    @PersistenceContext(unitName = "redress")
    EntityManager em;

    @Override
    public Map<String, StandingFacts> of(Collection<String> accountIds) {
        Map<String, StandingFacts> out = new HashMap<>();
        if (accountIds.isEmpty()) {
            return out;
        }
        em.createNamedQuery(KeptStanding.FOR_ACCOUNTS, KeptStanding.class).setParameter("ids", List.copyOf(accountIds))
                .getResultList().forEach(s -> out.put(s.accountId(), new StandingFacts(s.status(), s.withdrawalsFrozen(),
                        s.windowEndsAt(), s.restrictionId())));
        return out;
    }
}
