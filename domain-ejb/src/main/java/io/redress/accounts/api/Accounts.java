package io.redress.accounts.api;

import io.redress.shared.domain.Actor;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The accounts context's front door for other contexts: the one place an account is looked up by its id. Nobody
 * else reads the account tables or holds an {@code Account}.
 */
public interface Accounts {

    /** The account, in the caller's transaction, or empty when Redress does not know it. */
    Optional<AccountFacts> find(String accountId);

    /** Accounts that list this social handle (without its {@code @}, lower case), at most {@code max}. */
    List<String> withSocialHandle(String handle, int max);

    /** How many accounts are not closed (the dashboard's active customers). */
    long countNotClosed();

    /**
     * Takes the standing the restrictions context computed, in the caller's transaction (audited as
     * {@code ACCOUNT_STANDING_CHANGED} when anything changed).
     *
     * @return true when anything changed
     */
    boolean applyStanding(Actor actor, String role, String accountId, StandingUpdate standing, String why);

    /** A standing as the restrictions context computes it from the measures in force. */
    record StandingUpdate(AccountStatus status, boolean withdrawalsFrozen, Instant windowEndsAt, Long restrictionId) {
    }
}
