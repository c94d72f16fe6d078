package io.redress.cases.application;

import io.redress.cases.api.AssignedCases;
import io.redress.cases.domain.CaseState;
import io.redress.cases.domain.SlaBucket;
import io.redress.cases.domain.SlaClock;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.Permission;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** {@link AssignedCases}: one grouped count over the open, unmerged cases assigned to the asker. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AssignedCaseCounter implements AssignedCases {

    private static final List<CaseState> OPEN = List.of(CaseState.NEW, CaseState.OPEN, CaseState.WAITING_ON_CUSTOMER,
            CaseState.ESCALATED);

    @PersistenceContext(unitName = "redress")
    EntityManager em;

    @Override
    public SlaCounts openAssignedTo(Actor actor) {
        if (!Permission.CASE_QUEUE.allows(actor)) {
            return new SlaCounts(0, 0, 0);
        }
        List<Object[]> rows = em.createQuery("SELECT c.slaState, COUNT(c) FROM SupportCase c WHERE c.assignee = :me"
                        + " AND c.mergedIntoId IS NULL AND c.state IN :open GROUP BY c.slaState", Object[].class)
                .setParameter("me", actor.name()).setParameter("open", OPEN).getResultList();
        Map<SlaBucket, Long> counts = new EnumMap<>(SlaBucket.class);
        for (Object[] row : rows) {
            counts.merge(SlaBucket.of((SlaClock.State) row[0]), ((Number) row[1]).longValue(), Long::sum);
        }
        return new SlaCounts(counts.getOrDefault(SlaBucket.BREACHED, 0L), counts.getOrDefault(SlaBucket.DUE_SOON, 0L),
                counts.getOrDefault(SlaBucket.ON_TIME, 0L));
    }
}
