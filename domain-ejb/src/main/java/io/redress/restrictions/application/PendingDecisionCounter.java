package io.redress.restrictions.application;

import io.redress.restrictions.api.PendingDecisions;
import io.redress.restrictions.domain.Appeal;
import io.redress.restrictions.domain.AppealRules;
import io.redress.restrictions.domain.Measure;
import io.redress.restrictions.domain.Restriction;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.Permission;
import io.redress.shared.domain.Role;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * {@link PendingDecisions}. A compliance officer may approve every request but their own: one count. A supervisor may
 * approve only milder measures needing no compliance officer, which the reason and the retaliation guard decide per
 * request: the pending milder requests of others (at most {@link #PENDING_READ}, as the inbox) are assessed as the inbox
 * assesses them.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PendingDecisionCounter implements PendingDecisions {

    static final int PENDING_READ = 500;

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    RestrictionService restrictions;
    @Inject
    Clock clock;

    @Override
    public DecisionCounts waitingFor(Actor actor) {
        return new DecisionCounts(approvals(actor), appealsNearDeadline(actor), afterComplaints(actor));
    }

    private long approvals(Actor actor) {
        if (!Permission.RESTRICTION_APPROVE.allows(actor)) {
            return 0;
        }
        if (actor.has(Role.COMPLIANCE)) {
            return em.createNamedQuery(Restriction.COUNT_PENDING_NOT_BY, Long.class).setParameter("me", actor.name())
                    .getSingleResult();
        }
        // severe measures always need a compliance officer: only the others can be a supervisor's to approve
        List<Measure> milder = Arrays.stream(Measure.values()).filter(m -> !m.severe()).toList();
        return em.createNamedQuery(Restriction.PENDING_NOT_BY, Restriction.class).setParameter("me", actor.name())
                .setParameter("measures", milder).setMaxResults(PENDING_READ).getResultList().stream()
                .filter(r -> restrictions.rights(actor, restrictions.assess(r)).mayApprove()).count();
    }

    private long appealsNearDeadline(Actor actor) {
        if (!Permission.APPEAL_DECIDE.allows(actor)) {
            return 0;
        }
        Set<Measure> measures = AppealRules.reviewableBy(actor.roles());
        if (measures.isEmpty()) {
            return 0;
        }
        return em.createNamedQuery(Appeal.COUNT_NEAR_DEADLINE_FOR, Long.class)
                .setParameter("limit", AppealRules.nearDeadlineLimit(clock.instant()))
                .setParameter("measures", List.copyOf(measures)).setParameter("me", actor.name()).getSingleResult();
    }

    private long afterComplaints(Actor actor) {
        if (!Permission.REPORT_RESTRICTIONS_AFTER_COMPLAINTS.allows(actor)) {
            return 0;
        }
        return em.createNamedQuery(Restriction.COUNT_AFTER_COMPLAINTS, Long.class).getSingleResult();
    }
}
