package io.redress.accounts.api;

import java.time.Instant;

/** An account's standing as the restrictions context keeps it, shown with the account's profile. */
public record StandingFacts(AccountStatus status, boolean withdrawalsFrozen, Instant windowEndsAt, Long restrictionId) {

    /** A new account's standing, also what an account without one is shown with. */
    public static final StandingFacts ACTIVE = new StandingFacts(AccountStatus.ACTIVE, false, null, null);
}
