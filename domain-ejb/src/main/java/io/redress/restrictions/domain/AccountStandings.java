package io.redress.restrictions.domain;

import java.util.List;
import java.util.Optional;

/**
 * Where decisions read account standings: the committed state, or a cache that provably holds it (the first
 * decision after a change reflects it on every instance). Throws an unchecked exception when the store cannot be
 * read.
 */
public interface AccountStandings {

    Optional<AccountStanding> find(String accountId);

    /** The standings of those accounts that exist, in no particular order. */
    List<AccountStanding> findAll(List<String> accountIds);

    /** What an operator sees of a cache in front of the store: none by default. */
    default CacheState cacheState() {
        return new CacheState("off", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /**
     * {@code off} (no cache), {@code waiting} (not confirmed within its lease: reads go to the store) or {@code current};
     * the standings and the API keys it holds; and since the start: reads answered from the cache, reads of accounts
     * it did not hold, reads sent to the store because the lease had lapsed, how many times it lapsed, the longest time
     * between two confirmations, reads that found it lapsed and were answered once a late confirmation came, and the
     * API keys decisions read from the registry (whatever the reason: not held, the lease lapsed, an expiry confirmed),
     * the keys read again after their change was announced (before a decision asked); the lease, in milliseconds
     * (0 when off); and the changes whose writers answered once every instance's cache had acknowledged them, and those
     * whose writers waited out the lease.
     */
    record CacheState(String state, int entries, int keys, long answered, long notHeld, long lapsedReads, long lapses,
                      long worstGapMicros, long lapseWaits, long keyReads, long keysRefreshed, long leaseMillis,
                      long writesAcknowledged, long writesWaitedOut) {
    }
}
