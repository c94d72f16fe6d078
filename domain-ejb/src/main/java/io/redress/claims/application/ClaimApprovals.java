package io.redress.claims.application;

import io.redress.claims.api.PendingClaims;
import io.redress.claims.domain.ApprovalLimits;
import io.redress.claims.domain.ClaimState;
import io.redress.claims.domain.LossClaim;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.Permission;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/**
 * {@link PendingClaims}, and the claims list's "waiting for my approval": four eyes and the limits as
 * {@code ClaimService.approve} applies them ({@code ClaimRules.checkApprover}, {@link ApprovalLimits#approve}). A
 * first approval may be above the approver's limit (the decision then waits for a second approver); a second one must
 * be within it.
 */
@Stateless
@Local(PendingClaims.class)
@LocalBean // also its own class: the claims list reads the claims it counts
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ClaimApprovals implements PendingClaims {

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    ClaimSettings settings;

    @Override
    public long awaitingApproval(Actor actor) {
        return query(actor, "COUNT(c)", null, "", Long.class).map(TypedQuery::getSingleResult).orElse(0L);
    }

    /** The same claims, of one incident when {@code incidentRef} is given, in the order filed, at most {@code max}. */
    public List<LossClaim> awaiting(Actor actor, String incidentRef, int max) {
        return query(actor, "c", incidentRef, " ORDER BY c.id", LossClaim.class).map(q -> q.setMaxResults(max).getResultList())
                .orElse(List.of());
    }

    private <T> Optional<TypedQuery<T>> query(Actor actor, String select, String incidentRef, String order, Class<T> type) {
        Optional<ApprovalLimits.Limit> limit = settings.limits().limitOf(actor.roles());
        if (!Permission.CLAIM_APPROVE.allows(actor) || limit.isEmpty()) {
            return Optional.empty();
        }
        String covered = limit.get().max() == null ? "" : " AND c.referenceAmount <= :max";
        TypedQuery<T> q = em.createQuery("SELECT " + select + " FROM LossClaim c"
                + " WHERE (c.assessedBy IS NULL OR c.assessedBy <> :me) AND (c.decidedBy IS NULL OR c.decidedBy <> :me)"
                + " AND (c.state = :first OR (c.state = :second AND (c.firstApprover IS NULL OR c.firstApprover <> :me)"
                + covered + "))" + (incidentRef == null ? "" : " AND c.incidentRef = :incident") + order, type)
                .setParameter("me", actor.name())
                .setParameter("first", ClaimState.PENDING_APPROVAL)
                .setParameter("second", ClaimState.PENDING_SECOND_APPROVAL);
        if (limit.get().max() != null) {
            q.setParameter("max", limit.get().max());
        }
        if (incidentRef != null) {
            q.setParameter("incident", incidentRef);
        }
        return Optional.of(q);
    }
}
