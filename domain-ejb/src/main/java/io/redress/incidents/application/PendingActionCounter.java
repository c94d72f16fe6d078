package io.redress.incidents.application;

import io.redress.incidents.api.PendingActions;
import io.redress.incidents.domain.ActionState;
import io.redress.incidents.domain.BulkAction;
import io.redress.incidents.domain.IncidentState;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.Permission;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@link PendingActions}: four eyes as the approval itself checks them ({@code IncidentRules.checkDecision}): an
 * action is approved by a SECURITY or SUPERVISOR member other than its requester, while it is REQUESTED and its
 * incident open (an action left REQUESTED on an incident closed before closing withdrew them is not counted).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PendingActionCounter implements PendingActions {

    @PersistenceContext(unitName = "redress")
    EntityManager em;

    @Override
    public long awaitingApproval(Actor actor) {
        return awaitingApprovalByIncident(actor).values().stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public Map<String, Long> awaitingApprovalByIncident(Actor actor) {
        Map<String, Long> counts = new LinkedHashMap<>();
        if (!Permission.INCIDENT_ACTION_APPROVE.allows(actor)) {
            return counts;
        }
        for (Object[] row : em.createNamedQuery(BulkAction.AWAITING_BY_INCIDENT, Object[].class)
                .setParameter("requested", ActionState.REQUESTED).setParameter("open", IncidentState.OPEN)
                .setParameter("me", actor.name()).getResultList()) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }
}
