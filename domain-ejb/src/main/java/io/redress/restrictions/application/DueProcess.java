package io.redress.restrictions.application;

import io.redress.restrictions.domain.Appeal;
import io.redress.restrictions.domain.Restriction;
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
 * The work that time makes due: closing accounts whose window ended (or alerting a supervisor when
 * positions are still open), ending temporary measures, flagging appeals past their deadline. What is due
 * is read from the database, so nothing is lost across a restart; each item is done in its own transaction
 * under its version, so two runs (or two instances) never do it twice.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DueProcess {

    private static final Logger LOG = Logger.getLogger(DueProcess.class.getName());

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    DueSteps steps;

    public record Report(int closed, int closeBlocked, int expired, int appealsOverdue) {
    }

    public Report runDue(Instant now) {
        int closed = 0;
        int blocked = 0;
        int expired = 0;
        int overdue = 0;
        List<Long> closing = ids(em.createNamedQuery(Restriction.CLOSE_DUE, Restriction.class).setParameter("now", now).getResultList());
        closing.addAll(ids(em.createNamedQuery(Restriction.CLOSE_BLOCKED, Restriction.class).getResultList()));
        for (Long id : closing) {
            switch (attempt(() -> steps.closeAtWindowEnd(id, now))) {
                case DONE -> closed++;
                case BLOCKED -> blocked++;
                default -> { }
            }
        }
        for (Long id : ids(em.createNamedQuery(Restriction.EXPIRY_DUE, Restriction.class).setParameter("now", now).getResultList())) {
            if (attempt(() -> steps.expire(id, now)) == DueSteps.Outcome.DONE) {
                expired++;
            }
        }
        for (Appeal a : em.createNamedQuery(Appeal.OVERDUE, Appeal.class).setParameter("now", now).getResultList()) {
            long id = a.id();
            if (attempt(() -> steps.appealOverdue(id, now)) == DueSteps.Outcome.DONE) {
                overdue++;
            }
        }
        return new Report(closed, blocked, expired, overdue);
    }

    private static List<Long> ids(List<Restriction> restrictions) {
        return new java.util.ArrayList<>(restrictions.stream().map(Restriction::id).toList());
    }

    private static DueSteps.Outcome attempt(java.util.function.Supplier<DueSteps.Outcome> step) {
        try {
            return step.get();
        } catch (RuntimeException e) {
            // another run or instance got there first (optimistic lock), or one item failed: the others go on
            LOG.log(Level.FINE, "Due step skipped", e);
            return DueSteps.Outcome.SKIPPED;
        }
    }
}
