package io.redress.restrictions.application;

import io.redress.restrictions.domain.ApprovalRules;
import io.redress.restrictions.domain.RetaliationGuard;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.Role;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parts of {@link RestrictionService#rights} the database decides, in JPQL over {@code Restriction r}, so that the
 * approval inbox is counted, filtered, sorted and paged by one COUNT and one page query, and only the page's rows are
 * assessed. Each mirrors one rule of {@link ApprovalRules#whoMayApprove} and {@link RestrictionService#assess}; the
 * inbox IT checks them against {@link RestrictionService#rights} row by row.
 */
final class InboxSql {

    /** {@link RetaliationGuard#assess}: a punitive measure on an account with complaint activity since the lookback. */
    static final String GUARD = "(r.measure IN :punitive AND (EXISTS (SELECT c.id FROM ComplaintRecord c"
            + " WHERE c.accountId = r.accountId AND c.occurredAt >= :since) OR EXISTS (SELECT a.id FROM Appeal a"
            + " WHERE a.accountId = r.accountId AND a.filedAt >= :since)))";
    /** {@link ApprovalRules#requiredRole} is COMPLIANCE: a severe measure, the guard, or the reason in force says so. */
    static final String NEEDS_COMPLIANCE = "(r.measure IN :severe OR " + GUARD + " OR EXISTS (SELECT q.code FROM"
            + " RestrictionReason q WHERE q.code = r.reasonCode AND q.terms.approverRole = :compliance))";
    /** Otherwise the reason's approver role, SUPERVISOR for a request with no reason in the catalogue (a lift). */
    static final String REASON_ROLE_IN = "EXISTS (SELECT q.code FROM RestrictionReason q WHERE q.code = r.reasonCode"
            + " AND q.terms.approverRole IN :covered)";
    static final String NO_REASON = "NOT EXISTS (SELECT q.code FROM RestrictionReason q WHERE q.code = r.reasonCode)";

    private InboxSql() {
    }

    /** Every parameter {@link #NEEDS_COMPLIANCE} needs. */
    static void roleParameters(Map<String, Object> params, Instant now) {
        params.put("punitive", ApprovalRules.punitiveMeasures());
        params.put("severe", ApprovalRules.severeMeasures());
        params.put("since", RetaliationGuard.lookbackStart(now));
        params.put("compliance", Role.COMPLIANCE);
    }

    /**
     * {@link ApprovalRules#whoMayApprove} is empty: not the person's own request, and the role it requires is one
     * they can act in. Null when they can act in none (nothing to approve).
     */
    static String mayApprove(Actor actor, Map<String, Object> params, Instant now) {
        Set<Role> covered = ApprovalRules.requiredRolesCovered(actor);
        if (covered.isEmpty()) {
            return null;
        }
        roleParameters(params, now);
        params.put("me", actor.name());
        params.put("covered", List.copyOf(covered));
        String otherRole = "(" + REASON_ROLE_IN + (covered.contains(Role.SUPERVISOR) ? " OR " + NO_REASON : "") + ")";
        return " AND r.requestedBy <> :me AND ("
                + (covered.contains(Role.COMPLIANCE) ? NEEDS_COMPLIANCE + " OR " : "")
                + "(NOT " + NEEDS_COMPLIANCE + " AND " + otherRole + "))";
    }
}
