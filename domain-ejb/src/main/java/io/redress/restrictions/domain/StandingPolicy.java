package io.redress.restrictions.domain;

import io.redress.accounts.api.AccountStatus;
import java.time.Instant;
import java.util.List;

/**
 * Turns the measures in force into the account's standing: the most severe status wins (closed, then
 * suspended, then withdraw-only); a freeze is independent of status; when several windows apply, the
 * latest end counts, because a customer is never given less time than one approved decision granted.
 */
public final class StandingPolicy {

    private StandingPolicy() {
    }

    public static Standing resolve(List<InForce> inForce, int openDerivativesPositions) {
        AccountStatus status = AccountStatus.ACTIVE;
        int rank = 0;
        Long defining = null;
        Instant windowEnd = null;
        boolean frozen = false;
        for (InForce m : inForce) {
            if (m.measure() == Measure.FREEZE_WITHDRAWALS) {
                frozen = true;
                if (defining == null && rank == 0) {
                    defining = m.restrictionId();
                }
                continue;
            }
            AccountStatus s = statusOf(m);
            int r = rank(s);
            if (s == AccountStatus.WITHDRAW_ONLY && m.windowEndsAt() != null
                    && (windowEnd == null || m.windowEndsAt().isAfter(windowEnd))) {
                windowEnd = m.windowEndsAt();
            }
            if (r > rank) {
                rank = r;
                status = s;
                defining = m.restrictionId();
            } else if (r == rank && s == AccountStatus.WITHDRAW_ONLY && windowEnd != null && windowEnd.equals(m.windowEndsAt())) {
                // between two withdraw-only measures, the one whose window counts is the one the account names
                defining = m.restrictionId();
            }
        }
        return new Standing(status, frozen, status == AccountStatus.WITHDRAW_ONLY ? windowEnd : null,
                openDerivativesPositions, defining);
    }

    static AccountStatus statusOf(InForce m) {
        return switch (m.measure()) {
            case WITHDRAW_ONLY -> AccountStatus.WITHDRAW_ONLY;
            case SUSPEND -> AccountStatus.SUSPENDED;
            case CLOSE -> m.closeCompleted() ? AccountStatus.CLOSED : AccountStatus.WITHDRAW_ONLY;
            case FREEZE_WITHDRAWALS, LIFT -> AccountStatus.ACTIVE;
        };
    }

    private static int rank(AccountStatus s) {
        return switch (s) {
            case ACTIVE -> 0;
            case WITHDRAW_ONLY -> 1;
            case SUSPENDED -> 2;
            case CLOSED -> 3;
        };
    }
}
