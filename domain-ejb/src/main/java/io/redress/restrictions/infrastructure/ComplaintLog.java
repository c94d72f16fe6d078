package io.redress.restrictions.infrastructure;

import io.redress.restrictions.domain.Appeal;
import io.redress.restrictions.domain.ComplaintActivity;
import io.redress.restrictions.domain.ComplaintRecord;
import io.redress.restrictions.domain.ComplaintSignal;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Complaint activity from the database: the customer's appeals, and complaint cases and public posts recorded. */
@Stateless
public class ComplaintLog implements ComplaintActivity {

    @PersistenceContext(unitName = "redress")
    EntityManager em;

    @Override
    public List<ComplaintSignal> since(String accountId, Instant since) {
        List<ComplaintSignal> signals = new ArrayList<>();
        em.createNamedQuery(ComplaintRecord.SINCE, ComplaintRecord.class).setParameter("account", accountId)
                .setParameter("since", since).getResultList().forEach(c -> signals.add(c.signal()));
        em.createNamedQuery(Appeal.BY_ACCOUNT_SINCE, Appeal.class).setParameter("account", accountId)
                .setParameter("since", since).getResultList()
                .forEach(a -> signals.add(new ComplaintSignal("APPEAL", "appeal " + a.id() + " against restriction "
                        + a.restrictionId(), a.view().filedAt())));
        signals.sort(Comparator.comparing(ComplaintSignal::at));
        return signals;
    }
}
