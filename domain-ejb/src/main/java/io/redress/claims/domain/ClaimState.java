package io.redress.claims.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * A claim's life: filed, assessed, decided (pending one or two approvals), then final — denied, or awaiting the
 * exchange's payout and paid. A denial may be appealed once; an overturned denial goes back to be decided again.
 */
public enum ClaimState {
    FILED,
    ASSESSED,
    PENDING_APPROVAL,
    PENDING_SECOND_APPROVAL,
    AWAITING_PAYOUT,
    PAID,
    DENIED,
    APPEALED;

    /** States in which the decision has been approved and stands: the precedents other claims are compared with. */
    public static final Set<ClaimState> FINAL = EnumSet.of(AWAITING_PAYOUT, PAID, DENIED, APPEALED);

    public boolean isFinal() {
        return FINAL.contains(this);
    }

    public boolean pendingApproval() {
        return this == PENDING_APPROVAL || this == PENDING_SECOND_APPROVAL;
    }
}
