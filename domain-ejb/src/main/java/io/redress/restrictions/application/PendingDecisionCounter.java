package io.redress.restrictions.application;

import io.redress.restrictions.api.PendingDecisions;
import io.redress.restrictions.domain.Appeal;
import io.redress.restrictions.domain.AppealRules;
import io.redress.restrictions.domain.Measure;
import io.redress.restrictions.domain.ReasonRevision;
import io.redress.restrictions.domain.Restriction;
import io.redress.restrictions.domain.RestrictionReason;
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
import java.util.stream.Collectors;

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
    // retired since (a window floor raised since is not judged here: the approval names it). A handful of rows: the
    // retired ones are left out here, not in JPQL, where EclipseLink writes a boolean literal as a number H2 refuses
    private long reasonVersions(Actor actor) {
        if (!Permission.POLICY_REASONS_APPROVE.allows(actor)) {
            return 0;
        }
        List<String> codes = em.createNamedQuery(ReasonRevision.PENDING_OF_OTHERS, String.class)
                .setParameter("state", ReasonRevision.State.PENDING).setParameter("me", actor.name()).getResultList();
        if (codes.isEmpty()) {
            return 0;
        }
        Set<String> retired = em.createQuery("SELECT x FROM RestrictionReason x WHERE x.code IN :codes", RestrictionReason.class)
                .setParameter("codes", Set.copyOf(codes)).getResultStream().filter(x -> !x.active())
                .map(RestrictionReason::code).collect(Collectors.toSet());
        return codes.stream().filter(c -> !retired.contains(c)).count();
    }

    private long afterComplaints(Actor actor) {
        if (!Permission.REPORT_RESTRICTIONS_AFTER_COMPLAINTS.allows(actor)) {
            return 0;
        }
        return em.createNamedQuery(Restriction.COUNT_AFTER_COMPLAINTS, Long.class).getSingleResult();
    }
}
