package io.redress.restrictions.domain;

import io.redress.accounts.api.AccountStatus;
import java.time.Instant;

/**
 * Everything a decision needs to know about an account, as of now: its status, whether a withdrawal
 * freeze is in force, when the withdrawal window ends (if any), its open derivatives positions, the
 * restriction that sets the status, and whether a protective lock is on (placed for the customer after their API keys
 * were exposed: no API trading, no withdrawals to new addresses, lifted by the customer's verification; not a
 * restriction and no part of the status).
 */
public record Standing(AccountStatus status, boolean withdrawalsFrozen, Instant windowEndsAt,
                       int openDerivativesPositions, Long restrictionId, boolean protectiveLock) {

    /** A standing without a protective lock. */
    public Standing(AccountStatus status, boolean withdrawalsFrozen, Instant windowEndsAt, int openDerivativesPositions,
                    Long restrictionId) {
        this(status, withdrawalsFrozen, windowEndsAt, openDerivativesPositions, restrictionId, false);
    }

    public Standing withProtectiveLock(boolean locked) {
        return locked == protectiveLock ? this
                : new Standing(status, withdrawalsFrozen, windowEndsAt, openDerivativesPositions, restrictionId, locked);
    }

    public static Standing active(int openPositions) {
        return new Standing(AccountStatus.ACTIVE, false, null, openPositions, null);
    }
}
