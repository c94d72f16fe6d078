package io.redress.accounts.api;

import java.util.Collection;
import java.util.Map;

/**
 * Where the account's view finds the standing: implemented by the restrictions context, which keeps it (the port is
 * published here so that restrictions depends on accounts and never the reverse).
 */
public interface Standings {

    /** The standings of these accounts, by account id; an account without one is absent. */
    Map<String, StandingFacts> of(Collection<String> accountIds);
}
