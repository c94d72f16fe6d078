package io.redress.restrictions.infrastructure;

import io.redress.restrictions.domain.AccountStanding;
import io.redress.restrictions.domain.AccountStandings;
import io.redress.shared.application.Setting;
import io.redress.shared.infrastructure.Acknowledgements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The standings decisions read: from the {@link StandingCache} while it is current, from the database otherwise
 * (and then kept). Without a running feed (H2, or {@code redress.decisions.cache=false}) every read goes to the
 * database, as before the cache existed.
 */
@ApplicationScoped
public class CachedAccountStandings implements AccountStandings {

    private AccountStandings database;
    private StandingCache cache;
    private Acknowledgements acknowledgements;

    protected CachedAccountStandings() {
        // for CDI
    }

    @Inject
    CachedAccountStandings(SqlAccountStandings database,
                           @ConfigProperty(name = Setting.DECISIONS_CACHE_MAX_ENTRIES, defaultValue = "2000000") int maxEntries,
                           @ConfigProperty(name = Setting.DECISIONS_CACHE_MAX_KEYS, defaultValue = "1000000") int maxKeys,
                           @ConfigProperty(name = Setting.DECISIONS_CACHE_LEASE_MS, defaultValue = "200") long leaseMillis) {
        this(database, new StandingCache(maxEntries, maxKeys, System::nanoTime, lease(leaseMillis), StandingCache.LAPSE_WAIT));
    }

    /** The configured lease; out of range, a failure that names the setting (the deployment stops: see StandingFeed). */
    static long lease(long millis) {
        long min = TimeUnit.NANOSECONDS.toMillis(StandingCache.MIN_LEASE);
        long max = TimeUnit.NANOSECONDS.toMillis(StandingCache.MAX_LEASE);
        if (millis < min || millis > max) {
            throw new IllegalArgumentException(Setting.DECISIONS_CACHE_LEASE_MS + " (REDRESS_DECISIONS_CACHE_LEASE_MS) must be from "
                    + min + " to " + max + " milliseconds, not " + millis);
        }
        return TimeUnit.MILLISECONDS.toNanos(millis);
    }

    public CachedAccountStandings(AccountStandings database, StandingCache cache) {
        this.database = database;
        this.cache = cache;
        // the feed's name on the channel, and how long a cache heard from may still answer on its last confirmation
        this.acknowledgements = new Acknowledgements(UUID.randomUUID().toString(), cache.commitWait(), System::nanoTime);
    }

    public StandingCache cache() {
        return cache;
    }

    /** How the feed and the writers of this instance learn that every instance's cache has applied a change. */
    public Acknowledgements acknowledgements() {
        return acknowledgements;
    }

    @Override
    public CacheState cacheState() {
        StandingCache.Counters c = cache.counters();
        Acknowledgements.Counters w = acknowledgements.counters();
        return new CacheState(!cache.enabled() ? "off" : cache.current() ? "current" : "waiting", cache.size(), cache.keys(),
                c.answered(), c.notHeld(), c.lapsedReads(), c.lapses(), c.worstGapMicros(), c.lapseWaits(), c.keyReads(), c.keysRefreshed(),
                cache.enabled() ? TimeUnit.NANOSECONDS.toMillis(cache.lease()) : 0, w.acknowledged(), w.waitedOut());
    }

    @Override
    public Optional<AccountStanding> find(String accountId) {
        AccountStanding held = cache.get(accountId);
        if (held != null) {
            return Optional.of(held);
        }
        long mark = cache.mark();
        Optional<AccountStanding> read = database.find(accountId);
        read.ifPresent(s -> cache.put(mark, s));
        return read;
    }

    @Override
    public List<AccountStanding> findAll(List<String> accountIds) {
        List<AccountStanding> found = new ArrayList<>(accountIds.size());
        List<String> missing = new ArrayList<>();
        for (String id : accountIds) {
            AccountStanding held = cache.get(id);
            if (held != null) {
                found.add(held);
            } else {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            long mark = cache.mark();
            for (AccountStanding s : database.findAll(missing)) {
                cache.put(mark, s);
                found.add(s);
            }
        }
        return found;
    }
}
