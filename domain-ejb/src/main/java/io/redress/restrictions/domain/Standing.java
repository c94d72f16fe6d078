package io.redress.restrictions.domain;

import io.redress.accounts.api.AccountStatus;
import java.time.Instant;

/**
 * Everything a decision needs to know about an account, as of now: its status, whether a withdrawal
 * freeze is in force, when the withdrawal window ends (if any), its open derivatives positions, and the
 * restriction that sets the status.
 */
public record Standing(AccountStatus status, boolean withdrawalsFrozen, Instant windowEndsAt,
                       int openDerivativesPositions, Long restrictionId) {

    public static Standing active(int openPositions) {
        return new Standing(AccountStatus.ACTIVE, false, null, openPositions, null);
    }
}
