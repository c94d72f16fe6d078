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
 * ACTIVE            y      y      y       y          y*         y            y+
 * WITHDRAW_ONLY     y      -      -       y**        y*         -            -
 *   after window    y      -      -       y***       y*         -            -
 * SUSPENDED         y      -      -       -          y*         -            -
 * CLOSED            -      -      -       -          -          -            -
 *
 *   *   unless a withdrawal freeze is in force (court order, sanctions, confidential investigation);
 *       WITHDRAW_TO_NEW_ADDRESS is answered as WITHDRAW, and refused (+) while a protective lock is on
 *   **  during the withdrawal window
 *   *** after the window only while derivatives positions are still open: nobody is locked into a position
 *   +   unless a protective lock is on
 * </pre>
 * A protective lock is no restriction: it changes no status and adds {@code PROTECTIVE_LOCK} to the answers it
 * concerns (a WITHDRAW allowed stays allowed, to addresses already used).
 */
public final class StatusMatrix {

    private static final Set<Action> WITHDRAW_ONLY_WINDOW = EnumSet.of(Action.LOGIN, Action.WITHDRAW,
            Action.WITHDRAW_TO_NEW_ADDRESS, Action.REDUCE_ONLY_TRADE);
    private static final Set<Action> SUSPENDED = EnumSet.of(Action.LOGIN, Action.WITHDRAW, Action.WITHDRAW_TO_NEW_ADDRESS);
    private static final Set<Action> WITHDRAWALS = EnumSet.of(Action.WITHDRAW, Action.WITHDRAW_TO_NEW_ADDRESS);
    private static final Set<Action> LOCKED = EnumSet.of(Action.API_TRADE, Action.WITHDRAW_TO_NEW_ADDRESS);

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
        if (WITHDRAWALS.contains(action) && s.withdrawalsFrozen()) {
            byStatus = with(byStatus, false, DecisionReason.WITHDRAWALS_FROZEN);
        }
        if (s.protectiveLock() && (LOCKED.contains(action) || action == Action.WITHDRAW)) {
            byStatus = with(byStatus, byStatus.allowed() && !LOCKED.contains(action), DecisionReason.PROTECTIVE_LOCK);
        }
        return byStatus;
    }

    private static Decision with(Decision d, boolean allowed, DecisionReason reason) {
        List<DecisionReason> reasons = new ArrayList<>(d.reasons());
        reasons.add(reason);
        return new Decision(allowed, reasons);
    }

    private static Decision withdrawOnly(Standing s, Action action, Instant now) {
        boolean windowOpen = s.windowEndsAt() == null || now.isBefore(s.windowEndsAt());
        if (windowOpen) {
            return WITHDRAW_ONLY_WINDOW.contains(action)
                    ? Decision.allow(DecisionReason.WITHDRAW_ONLY_ALLOWS)
                    : Decision.deny(DecisionReason.WITHDRAW_ONLY_FORBIDS);
        }
        if (action == Action.LOGIN || WITHDRAWALS.contains(action)) {
            return Decision.allow(DecisionReason.WITHDRAW_ONLY_ALLOWS, DecisionReason.WINDOW_ENDED);
        }
        if (action == Action.REDUCE_ONLY_TRADE && s.openDerivativesPositions() > 0) {
            return Decision.allow(DecisionReason.WINDOW_ENDED, DecisionReason.OPEN_POSITIONS_MAY_BE_REDUCED);
        }
        return Decision.deny(DecisionReason.WITHDRAW_ONLY_FORBIDS, DecisionReason.WINDOW_ENDED);
    }
}
