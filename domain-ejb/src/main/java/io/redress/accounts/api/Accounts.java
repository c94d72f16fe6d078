package io.redress.accounts.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The accounts context's front door for other contexts: the one place an account is looked up by its id. Nobody
 * else reads the account tables or holds an {@code Account}.
 */
public interface Accounts {

    /** The account, in the caller's transaction, or empty when Redress does not know it. */
    Optional<AccountFacts> find(String accountId);

    /** Many accounts at once (one query per thousand ids), by id; the ids Redress does not know are left out. */
    Map<String, AccountFacts> findAll(Collection<String> accountIds);

    /** Accounts that list this social handle (without its {@code @}, lower case), at most {@code max}. */
    List<String> withSocialHandle(String handle, int max);

    /** How many accounts Redress knows. */
    long count();
}
