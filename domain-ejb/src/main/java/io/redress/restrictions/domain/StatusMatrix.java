package io.redress.restrictions.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which action each status allows. The hot path of Redress: pure, allocation-light, no I/O.
 *
 * <pre>
 * status          LOGIN DEPOSIT TRADE REDUCE_ONLY WITHDRAW CREATE_API_KEY API_TRADE
 * ACTIVE            y      y      y       y          y*         y            y
 * WITHDRAW_ONLY     y      -      -       y**        y*         -            -
 *   after window    y      -      -       y***       y*         -            -
 * SUSPENDED         y      -      -       -          y*         -            -
 * CLOSED            -      -      -       -          -          -            -
 *
 *   *   unless a withdrawal freeze is in force (court order, sanctions, confidential investigation)
 *   **  during the withdrawal window
 *   *** after the window only while derivatives positions are still open: nobody is locked into a position
 * </pre>
 */
public final class StatusMatrix {

    private static final Set<Action> WITHDRAW_ONLY_WINDOW = EnumSet.of(Action.LOGIN, Action.WITHDRAW, Action.REDUCE_ONLY_TRADE);
    private static final Set<Action> SUSPENDED = EnumSet.of(Action.LOGIN, Action.WITHDRAW);

    private StatusMatrix() {
    }

    public static Decision decide(Standing s, Action action, Instant now) {
        Decision byStatus = switch (s.status()) {
            case ACTIVE -> Decision.allow(DecisionReason.ACCOUNT_ACTIVE);
            case CLOSED -> Decision.deny(DecisionReason.ACCOUNT_CLOSED);
            case SUSPENDED -> SUSPENDED.contains(action)
                    ? Decision.allow(DecisionReason.ACCOUNT_SUSPENDED, DecisionReason.SUSPENDED_ALLOWS)
                    : Decision.deny(DecisionReason.ACCOUNT_SUSPENDED);
            case WITHDRAW_ONLY -> withdrawOnly(s, action, now);
        };
        if (action == Action.WITHDRAW && s.withdrawalsFrozen()) {
            List<DecisionReason> reasons = new ArrayList<>(byStatus.reasons());
            reasons.add(DecisionReason.WITHDRAWALS_FROZEN);
            return new Decision(false, reasons);
        }
        return byStatus;
    }

    private static Decision withdrawOnly(Standing s, Action action, Instant now) {
        boolean windowOpen = s.windowEndsAt() == null || now.isBefore(s.windowEndsAt());
        if (windowOpen) {
            return WITHDRAW_ONLY_WINDOW.contains(action)
                    ? Decision.allow(DecisionReason.WITHDRAW_ONLY_ALLOWS)
                    : Decision.deny(DecisionReason.WITHDRAW_ONLY_FORBIDS);
        }
        if (action == Action.LOGIN || action == Action.WITHDRAW) {
            return Decision.allow(DecisionReason.WITHDRAW_ONLY_ALLOWS, DecisionReason.WINDOW_ENDED);
        }
        if (action == Action.REDUCE_ONLY_TRADE && s.openDerivativesPositions() > 0) {
            return Decision.allow(DecisionReason.WINDOW_ENDED, DecisionReason.OPEN_POSITIONS_MAY_BE_REDUCED);
        }
        return Decision.deny(DecisionReason.WITHDRAW_ONLY_FORBIDS, DecisionReason.WINDOW_ENDED);
    }
}
