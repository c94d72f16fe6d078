package io.redress.cases.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What SLA time makes due: warnings at 80 %, escalation to the supervisors' queue on breach, closing resolved
 * cases whose reopen window has passed. The next moment each case needs a look is stored on the case
 * ({@code sla_check_at}, indexed), so the sweep reads only what is due, survives restarts, and each case is
 * handled in its own transaction under its version: two sweeps (or two instances) never escalate twice.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SlaSweep {

    private static final Logger LOG = Logger.getLogger(SlaSweep.class.getName());
    static final int BATCH = 500;

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    SlaSteps steps;

    public record Report(int warned, int escalated, int closed) {
    }

    public Report runDue(Instant now) {
        int warned = 0;
        int escalated = 0;
        int closed = 0;
        List<Long> due = em.createNamedQuery(io.redress.cases.domain.SupportCase.SLA_DUE, Long.class)
                .setParameter("now", now).setMaxResults(BATCH).getResultList();
        for (Long id : due) {
            try {
                switch (steps.check(id, now)) {
                    case WARNED -> warned++;
                    case ESCALATED -> escalated++;
                    case CLOSED -> closed++;
                    default -> { }
                }
            } catch (RuntimeException e) {
                // someone changed the case at the same moment (optimistic lock): the next run looks again
                LOG.log(Level.FINE, "SLA step skipped for case " + id, e);
            }
        }
        return new Report(warned, escalated, closed);
    }
}
