package io.redress.restrictions.application;

import io.redress.restrictions.api.PendingDecisions;
import io.redress.restrictions.domain.Appeal;
import io.redress.restrictions.domain.AppealRules;
import io.redress.restrictions.domain.Measure;
import io.redress.restrictions.domain.ReasonRevision;
import io.redress.restrictions.domain.Restriction;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.Permission;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * {@link PendingDecisions}. The approvals waiting for the person are the approval inbox's "only what I may decide",
 * counted by the same query ({@link RestrictionService#approvableCount}), so the figure and the inbox it links to agree.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PendingDecisionCounter implements PendingDecisions {

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    RestrictionService restrictions;
    @Inject
    Clock clock;

    @Override
    public DecisionCounts waitingFor(Actor actor) {
        return new DecisionCounts(approvals(actor), appealsNearDeadline(actor), afterComplaints(actor), reasonVersions(actor));
    }

    private long approvals(Actor actor) {
        return restrictions.approvableCount(actor);
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

    // as the approval checks them: not one's own proposal (CatalogueRules.approvalViolations), not a change to a reason
    // retired since (a window floor raised since is not judged here: the approval names it)
    private long reasonVersions(Actor actor) {
        if (!Permission.POLICY_REASONS_APPROVE.allows(actor)) {
            return 0;
        }
        return em.createNamedQuery(ReasonRevision.COUNT_PENDING_OF_OTHERS, Long.class)
                .setParameter("state", ReasonRevision.State.PENDING).setParameter("me", actor.name()).getSingleResult();
    }

    private long afterComplaints(Actor actor) {
        if (!Permission.REPORT_RESTRICTIONS_AFTER_COMPLAINTS.allows(actor)) {
            return 0;
        }
        return em.createNamedQuery(Restriction.COUNT_AFTER_COMPLAINTS, Long.class).getSingleResult();
    }
}
