package io.redress.accounts.application;

import io.redress.accounts.api.AccountFacts;
import io.redress.accounts.api.Accounts;
import io.redress.accounts.domain.Account;
import io.redress.accounts.domain.Confidentiality;
import io.redress.shared.domain.InLists;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@link Accounts} on the account tables: what other contexts may ask of an account, in their transaction. A CDI bean,
 * not an EJB: it only reads, in its caller's transaction if there is one (what the EJB's SUPPORTS did), and an EJB call
 * cost more than the read (every deposit screening asks it).
 */
@ApplicationScoped
public class AccountDirectory implements Accounts {


    @PersistenceContext(unitName = "redress")
    EntityManager em;

    @Override
    public Optional<AccountFacts> find(String accountId) {
        // one query, no entity: intake asks this twice per case (the case's account, the outbox's check point)
        return em.createNamedQuery(Account.FACTS, Object[].class).setParameter("id", accountId).getResultStream().findFirst()
                .map(AccountDirectory::facts);
    }

    @Override
    public Map<String, AccountFacts> findAll(Collection<String> accountIds) {
        List<String> ids = List.copyOf(new LinkedHashSet<>(accountIds));
        Map<String, AccountFacts> found = new HashMap<>();
        // two reads of one table each, not a join: joined, a few hundred accounts were planned as a hash join over
        // every confidentiality row (56 ms for 500 accounts of 200,000; the bulk job asks this twice a chunk)
        for (List<String> slice : InLists.slices(ids)) {
            Set<String> confidential = new HashSet<>(em.createNamedQuery(Confidentiality.CONFIDENTIAL_OF, String.class)
                    .setParameter("ids", slice).getResultList());
            for (Object[] r : em.createNamedQuery(Account.FACTS_OF, Object[].class).setParameter("ids", slice).getResultList()) {
                String id = (String) r[0];
                found.put(id, new AccountFacts(id, confidential.contains(id), ((Number) r[1]).intValue(),
                        r[2] == null ? null : r[2].toString().strip()));
            }
        }
        return found;
    }

    private static AccountFacts facts(Object[] r) {
        return new AccountFacts((String) r[0], Boolean.TRUE.equals(r[1]), ((Number) r[2]).intValue(),
                r[3] == null ? null : r[3].toString().strip());
    }

    @Override
    public List<String> withSocialHandle(String handle, int max) {
        return em.createNamedQuery(Account.WITH_SOCIAL_HANDLE, String.class).setParameter("h", handle)
                .setMaxResults(max).getResultList();
    }

    @Override
    public long count() {
        return em.createNamedQuery(Account.COUNT, Long.class).getSingleResult();
    }
}
