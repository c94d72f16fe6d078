package io.redress.restrictions.infrastructure;

import io.redress.accounts.api.AccountStatus;
import io.redress.restrictions.api.KeyCheck;
import io.redress.restrictions.api.KeyCheck.Question;
import io.redress.restrictions.api.KeyCheck.Refusal;
import io.redress.restrictions.api.KeyCheck.Use;
import io.redress.restrictions.domain.AccountStanding;
import io.redress.restrictions.domain.AccountStandings;
import io.redress.restrictions.domain.Standing;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The decision cache keeps API keys as it keeps standings: answered from memory under the lease, dropped by the
 * key's own announcement, never kept from a read that raced with one; an expiry seen in kept facts is confirmed by
 * the registry, since a key's last use is not announced.
 */
class CachedKeyCheckTest {

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

    /** A key as the registry has it: revoked or not, expired by its last use or not. */
    private record Key(String keyId, String accountId, boolean revoked, boolean expired) implements KeyCheck.Facts {

        @Override
        public boolean settled() {
            return revoked;
        }

        @Override
        public List<Refusal> refusals(Question q, Instant now) {
            if (!accountId.equals(q.accountId())) {
                return List.of(Refusal.KEY_OF_ANOTHER_ACCOUNT);
            }
            return revoked ? List.of(Refusal.KEY_REVOKED) : expired ? List.of(Refusal.KEY_EXPIRED) : List.of();
        }
    }

    private long nanos = 5_000_000_000L;
    private final StandingCache cache = new StandingCache(100, 2, () -> nanos, TimeUnit.MILLISECONDS.toNanos(50));
    private final Map<String, Key> registry = new HashMap<>();
    private final List<String> reads = new ArrayList<>();
    /** What the registry does while it reads (a change announced meanwhile, say). */
    private Runnable whileReading = () -> { };
    private final CachedKeyCheck check = cached(cache);

    private CachedKeyCheck cached(StandingCache c) {
        CachedKeyCheck d = new CachedKeyCheck();
        d.committed = new KeyCheck() {
            @Override
            public Map<String, Facts> read(Collection<String> keyIds) {
                reads.addAll(keyIds);
                Map<String, Facts> out = new HashMap<>();
                keyIds.stream().filter(registry::containsKey).forEach(id -> out.put(id, registry.get(id)));
                whileReading.run();
                return out;
            }

            @Override
            public List<Refusal> check(Question q) {
                throw new AssertionError("the cache answers from read");
            }

            @Override
            public List<List<Refusal>> checkAll(List<Question> questions) {
                throw new AssertionError("the cache answers from read");
            }
        };
        d.standings = new CachedAccountStandings(new NoStandings(), c);
        d.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return d;
    }

    private static Question trade(String keyId, String account) {
        return new Question(keyId, account, Use.TRADE, null);
    }

    private void current() {
        cache.enable();
        cache.confirmed(nanos);
    }

    @Test
    void aKeyAskedAgainIsAnsweredFromMemoryAndAnUnknownKeyIsAlwaysRead() {
        current();
        registry.put("K1", new Key("K1", "A", false, false));
        assertEquals(List.of(), check.check(trade("K1", "A")));
        assertEquals(List.of(Refusal.KEY_OF_ANOTHER_ACCOUNT), check.check(trade("K1", "B")));
        assertEquals(List.of(), check.checkAll(List.of(trade("K1", "A"))).get(0));
        assertEquals(List.of(Refusal.UNKNOWN_KEY), check.check(trade("NOPE", "A")));
        assertEquals(List.of(Refusal.UNKNOWN_KEY), check.check(trade("NOPE", "A")));
        assertEquals(List.of("K1", "NOPE", "NOPE"), reads, "K1 read once; an unknown key is never remembered as unknown");
        assertEquals(1, cache.keys());
        assertEquals(3, cache.counters().keyReads(), "an operator sees the keys decisions read from the registry");
    }

    @Test
    void aKeyRevokedWhileHeldIsReadAgainByTheRefresherBeforeADecisionAsks() throws InterruptedException {
        current();
        registry.put("K1", new Key("K1", "A", false, false));
        check.check(trade("K1", "A"));
        registry.put("K1", new Key("K1", "A", true, false)); // a bulk job revokes K1
        cache.invalidate(StandingCache.KEY + "K1");
        check.refresh(cache.keysToRefresh(1000, 0));
        assertEquals(List.of(Refusal.KEY_REVOKED), check.check(trade("K1", "A")));
        assertEquals(List.of("K1", "K1"), reads, "the first decision's read and the refresher's; the second decision read nothing");
        assertEquals(1, cache.counters().keyReads(), "the refresher's read is not a decision's");
        assertEquals(1, cache.counters().keysRefreshed());
    }

    @Test
    void aKeyChangedAgainWhileTheRefresherReadsItIsNotKept() throws InterruptedException {
        current();
        registry.put("K1", new Key("K1", "A", false, false));
        check.check(trade("K1", "A"));
        cache.invalidate(StandingCache.KEY + "K1");
        List<String> again = cache.keysToRefresh(1000, 0);
        whileReading = () -> {
            registry.put("K1", new Key("K1", "A", true, false));
            cache.invalidate(StandingCache.KEY + "K1"); // revoked while the refresher read it as it was
        };
        check.refresh(again);
        whileReading = () -> { };
        assertEquals(List.of(Refusal.KEY_REVOKED), check.check(trade("K1", "A")));
        assertEquals(List.of("K1", "K1", "K1"), reads, "what the refresher read was not kept: the decision read the key");
    }

    @Test
    void aFeedLostWhileTheRefresherReadsKeepsNothingOfWhatItRead() throws InterruptedException {
        current();
        registry.put("K1", new Key("K1", "A", false, false));
        check.check(trade("K1", "A"));
        cache.invalidate(StandingCache.KEY + "K1");
        List<String> again = cache.keysToRefresh(1000, 0);
        whileReading = cache::clear; // announcements may be missed from here until the feed is back
        check.refresh(again);
        whileReading = () -> { };
        assertEquals(0, cache.keys());
        assertEquals(1, cache.counters().keysRefreshed(), "read again, and not kept");
    }

    @Test
    void theKeysAnnouncementDropsItAndTheNextDecisionSeesTheRevocation() {
        current();
        registry.put("K1", new Key("K1", "A", false, false));
        check.check(trade("K1", "A"));
        registry.put("K1", new Key("K1", "A", true, false)); // SECURITY revokes K1: the trigger announces "#K1"
        assertEquals(List.of(), check.check(trade("K1", "A")), "not announced yet: still as kept");
        cache.invalidate(StandingCache.KEY + "K1");
        assertEquals(List.of(Refusal.KEY_REVOKED), check.check(trade("K1", "A")));
        assertEquals(List.of("K1", "K1"), reads);
    }

    @Test
    void anAccountAndAKeyOfTheSameNameAreAnnouncedApart() {
        current();
        registry.put("A", new Key("A", "A", false, false));
        check.check(trade("A", "A"));
        cache.put(cache.mark(), new AccountStanding("A", Standing.active(0), null, null));
        cache.invalidate("A"); // the account's standing changed
        assertNotNull(cache.getKey("A"), "the key named A is not the account A");
        cache.put(cache.mark(), new AccountStanding("A", Standing.active(0), null, null));
        cache.invalidate(StandingCache.KEY + "A");
        assertNull(cache.getKey("A"));
        assertEquals(AccountStatus.ACTIVE, cache.get("A").standing().status(), "the key's announcement keeps the standing");
    }

    @Test
    void aReadRacingWithTheKeysAnnouncementIsNotKept() {
        current();
        registry.put("K1", new Key("K1", "A", false, false));
        // a decision misses K1 and reads it while its revocation is committed and announced
        whileReading = () -> cache.invalidate(StandingCache.KEY + "K1");
        assertEquals(List.of(), check.check(trade("K1", "A")), "answered as read");
        assertNull(cache.getKey("K1"), "not kept: it may be the key as it was before the revocation");
        whileReading = () -> { };
        registry.put("K1", new Key("K1", "A", true, false));
        assertEquals(List.of(Refusal.KEY_REVOKED), check.check(trade("K1", "A")));
        assertNotNull(cache.getKey("K1"), "a read after the announcement is kept");
    }

    @Test
    void anExpiryFromKeptFactsIsConfirmedByTheRegistry() {
        current();
        registry.put("K1", new Key("K1", "A", false, true)); // kept when its last use was a month old
        assertEquals(List.of(Refusal.KEY_EXPIRED), check.check(trade("K1", "A")));
        registry.put("K1", new Key("K1", "A", false, false)); // a trade since moved its last use (not announced)
        assertEquals(List.of(), check.check(trade("K1", "A")), "the expiry was read again, not taken from memory");
        assertEquals(List.of(), check.check(trade("K1", "A")));
        assertEquals(List.of("K1", "K1"), reads, "the fresh facts are kept");
    }

    @Test
    void aRevokedKeyIsAnsweredFromMemoryWithoutAnotherRead() {
        current();
        registry.put("K1", new Key("K1", "A", true, false));
        check.check(trade("K1", "A"));
        assertEquals(List.of(Refusal.KEY_REVOKED), check.check(trade("K1", "A")));
        assertEquals(List.of("K1"), reads, "a settled key's answer cannot change with a later use");
    }

    @Test
    void pastTheLeaseEveryQuestionReadsTheRegistryAndALostFeedForgetsTheKeys() {
        current();
        registry.put("K1", new Key("K1", "A", false, false));
        check.check(trade("K1", "A"));
        nanos += TimeUnit.MILLISECONDS.toNanos(51);
        check.check(trade("K1", "A"));
        assertEquals(List.of("K1", "K1"), reads);
        cache.clear();
        cache.confirmed(nanos);
        assertNull(cache.getKey("K1"));
    }

    @Test
    void keepsAtMostItsLimitOfKeysAndANewKeyTakesThePlaceOfTheOldest() {
        current();
        for (String id : List.of("K1", "K2", "K1", "K3")) {
            registry.put(id, new Key(id, "A", false, false));
            check.check(trade(id, "A"));
        }
        assertEquals(2, cache.keys());
        assertNull(cache.getKey("K1"), "K1 was kept first: K3 took its place");
        assertNotNull(cache.getKey("K2"));
        assertNotNull(cache.getKey("K3"));
        for (int i = 4; i < 1000; i++) {
            String id = "K" + i;
            registry.put(id, new Key(id, "A", false, false));
            check.check(trade(id, "A"));
        }
        assertEquals(2, cache.keys(), "never more than its limit, however many keys pass through");
        assertNotNull(cache.getKey("K999"));
    }

    @Test
    void withoutARunningFeedNothingIsKept() {
        registry.put("K1", new Key("K1", "A", false, false));
        check.check(trade("K1", "A"));
        check.check(trade("K1", "A"));
        assertEquals(List.of("K1", "K1"), reads, "H2, or the cache switched off: every decision reads the registry");
        assertEquals(0, cache.keys());
    }

    private static final class NoStandings implements AccountStandings {
        @Override
        public Optional<AccountStanding> find(String accountId) {
            return Optional.empty();
        }

        @Override
        public List<AccountStanding> findAll(List<String> accountIds) {
            return List.of();
        }
    }
}
