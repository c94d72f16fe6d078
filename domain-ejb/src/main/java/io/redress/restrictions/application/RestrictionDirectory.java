package io.redress.restrictions.application;

import io.redress.accounts.api.AccountStatus;
import io.redress.restrictions.api.Restrictions;
import io.redress.restrictions.domain.KeptStanding;
import io.redress.restrictions.domain.Restriction;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** {@link Restrictions} on the restriction table. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class RestrictionDirectory implements Restrictions {

    @PersistenceContext(unitName = "redress")
    EntityManager em;

    @Override
    public boolean exists(long restrictionId) {
        return em.find(Restriction.class, restrictionId) != null;
    }

    @Override
    public long closedAccounts() {
        return em.createNamedQuery(KeptStanding.COUNT_IN_STATUS, Long.class).setParameter("status", AccountStatus.CLOSED)
                .getSingleResult();
    }
}
