package io.redress.restrictions.infrastructure;

import io.redress.accounts.api.AccountStatus;
import io.redress.restrictions.api.HeldFunds;
import io.redress.restrictions.api.KeyCheck;
import io.redress.restrictions.domain.AccountStanding;
import io.redress.restrictions.domain.AccountStandings;
import io.redress.restrictions.domain.Standing;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The decision cache answers only under its lease, and never keeps what a change announced meanwhile made stale. */
class StandingCacheTest {

    /** The lease of these tests' caches, the default's until 5 December 2026. */
    private static final long LEASE = TimeUnit.MILLISECONDS.toNanos(50);

    private long now = 1_000_000_000L;
    private final StandingCache cache = new StandingCache(1000, () -> now, LEASE);

    private static AccountStanding active(String id) {
        return new AccountStanding(id, Standing.active(0), null, null);
    }

    private static AccountStanding withdrawOnly(String id) {
        return new AccountStanding(id, new Standing(AccountStatus.WITHDRAW_ONLY, false, null, 0, 7L), null, null);
    }

    private void advanceMillis(long ms) {
        now += TimeUnit.MILLISECONDS.toNanos(ms);
    }

    @Test
    void answersNothingUntilEnabledAndConfirmed() {
        cache.put(cache.mark(), active("A"));
        cache.enable();
        cache.put(cache.mark(), active("B"));
        assertNull(cache.get("B"), "not confirmed yet");
        cache.confirmed(now);
        assertNull(cache.get("A"), "nothing was kept before the cache was enabled");
        assertEquals("B", cache.get("B").accountId());
    }

    @Test
    void theLeaseRunsFromWhenTheConfirmingAnnouncementWasSent() {
        cache.enable();
        cache.put(cache.mark(), active("A"));
        long sent = now;
        advanceMillis(3); // the echo comes back 3 ms later
        cache.confirmed(sent);
        advanceMillis(46);
        assertTrue(cache.current(), "49 ms after sending");
        advanceMillis(2);
        assertFalse(cache.current(), "51 ms after sending: past the 50 ms lease");
        assertNull(cache.get("A"));
        cache.confirmed(now);
        assertEquals("A", cache.get("A").accountId(), "a new confirmation, the same entries");
    }

    @Test
    void aLongerLeaseRidesOutALateConfirmationAndEveryWriterWaitsItAndAMargin() {
        StandingCache c = new StandingCache(100, 100, () -> now, TimeUnit.MILLISECONDS.toNanos(200));
        c.enable();
        c.put(c.mark(), active("A"));
        c.confirmed(now);
        advanceMillis(150); // the next echo is 150 ms late (its commit waited behind a bulk job's)
        assertEquals("A", c.get("A").accountId(), "150 ms after the last confirmation, within 200 ms");
        c.confirmed(now - TimeUnit.MILLISECONDS.toNanos(20)); // sent 130 ms after the one before, back 20 ms later
        advanceMillis(70);
        assertEquals("A", c.get("A").accountId(), "the late echo was sent 90 ms ago");
        advanceMillis(111);
        assertNull(c.get("A"), "201 ms after the last echo was sent");
        assertEquals(0, c.counters().lapses(), "no confirmation came more than a lease after the one before");
        assertEquals(TimeUnit.MILLISECONDS.toNanos(205), c.commitWait());
    }

    @Test
    void aLeaseOutsideTenMillisecondsToTwoSecondsIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new StandingCache(10, () -> now, TimeUnit.MILLISECONDS.toNanos(5)));
        assertTrue(e.getMessage().contains("from 10 to 2000 ms"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new StandingCache(10, () -> now, TimeUnit.MILLISECONDS.toNanos(2001)));
        assertEquals(TimeUnit.SECONDS.toNanos(2), new StandingCache(10, () -> now, TimeUnit.SECONDS.toNanos(2)).lease());
    }

    @Test
    void theLeaseSettingOutOfRangeNamesTheSettingAndItsEnvironmentVariable() {
        assertEquals(TimeUnit.MILLISECONDS.toNanos(50), CachedAccountStandings.lease(50));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CachedAccountStandings.lease(Long.MAX_VALUE));
        assertEquals("redress.decisions.cache.lease-ms (REDRESS_DECISIONS_CACHE_LEASE_MS) must be from 10 to 2000 milliseconds, not "
                + Long.MAX_VALUE, e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CachedAccountStandings.lease(9));
    }

    @Test
    void aKeyHeldWhenItsChangeIsAnnouncedIsQueuedOnceToBeReadAgainInBatches() throws InterruptedException {
        cache.enable();
        cache.confirmed(now);
        for (String id : List.of("K1", "K2", "K3")) {
            cache.putKey(cache.mark(), key(id));
        }
        cache.invalidate(StandingCache.KEY + "K1");
        cache.invalidate(StandingCache.KEY + "K1"); // no longer held: not queued again
        cache.invalidate(StandingCache.KEY + "K9"); // never held: the next decision reads it, as before
        cache.invalidate("K2"); // an account of that name, not the key
        cache.invalidate(StandingCache.KEY + "K2");
        cache.invalidate(StandingCache.KEY + "K3");
        assertNull(cache.getKey("K1"), "dropped at once, whenever it is read again");
        assertEquals(List.of("K1", "K2"), cache.keysToRefresh(2, 0));
        assertEquals(List.of("K3"), cache.keysToRefresh(2, 0));
        assertEquals(List.of(), cache.keysToRefresh(2, 0), "none left: an empty batch once the wait is over");
    }

    @Test
    void aLostFeedForgetsTheKeysWaitingToBeReadAgain() throws InterruptedException {
        cache.enable();
        cache.confirmed(now);
        cache.putKey(cache.mark(), key("K1"));
        cache.invalidate(StandingCache.KEY + "K1");
        cache.clear();
        assertEquals(List.of(), cache.keysToRefresh(10, 0));
    }

    @Test
    void aLateConfirmationNeverMovesTheLeaseBack() {
        cache.enable();
        long early = now;
        advanceMillis(20);
        cache.confirmed(now);
        cache.confirmed(early);
        advanceMillis(40);
        assertTrue(cache.current());
    }

    @Test
    void anAnnouncementDropsTheStanding() {
        cache.enable();
        cache.confirmed(now);
        cache.put(cache.mark(), active("A"));
        cache.invalidate("A");
        assertNull(cache.get("A"));
    }

    @Test
    void aReadRacingWithAnAnnouncementIsNotKept() {
        cache.enable();
        cache.confirmed(now);
        long mark = cache.mark();          // a decision misses and reads the database...
        cache.invalidate("A");             // ...while the change of A is announced and applied...
        cache.put(mark, active("A"));      // ...and then stores what it read before the change
        assertNull(cache.get("A"), "it may be the old standing");
        cache.put(cache.mark(), withdrawOnly("A"));
        assertEquals(AccountStatus.WITHDRAW_ONLY, cache.get("A").standing().status(), "a read after the announcement is kept");
    }

    private static final List<HeldFunds.Held> FROZEN_BTC =
            List.of(new HeldFunds.Held("BTC", new BigDecimal("0.25"), HeldFunds.Measure.FREEZE));

    @Test
    void fundsHeldAreKeptUnderTheSameLeaseAndAnnouncementsAsTheStanding() {
        cache.enable();
        cache.confirmed(now);
        assertNull(cache.getHeld("A"), "not read yet: the caller asks the screening");
        cache.putHeld(cache.mark(), "A", List.of());
        cache.putHeld(cache.mark(), "B", FROZEN_BTC);
        assertEquals(List.of(), cache.getHeld("A"), "known to hold nothing: no read for the common account");
        assertEquals(FROZEN_BTC, cache.getHeld("B"));

        cache.invalidate("A"); // a deposit of A frozen: the trigger announces A
        assertNull(cache.getHeld("A"), "the freeze is read from the database at the next decision");
        assertEquals(FROZEN_BTC, cache.getHeld("B"));

        advanceMillis(51);
        assertNull(cache.getHeld("B"), "past the lease nothing is answered");
        cache.confirmed(now);
        cache.clear();
        cache.confirmed(now);
        assertNull(cache.getHeld("B"), "a lost feed forgets the funds held too");
    }

    @Test
    void aHoldReadRacingWithItsReleaseIsNotKept() {
        cache.enable();
        cache.confirmed(now);
        long mark = cache.mark();          // a WITHDRAW decision reads the freeze...
        cache.invalidate("B");             // ...while its release is announced...
        cache.putHeld(mark, "B", FROZEN_BTC);
        assertNull(cache.getHeld("B"), "the freeze read before the release is not kept");
        cache.putHeld(cache.mark(), "B", List.of());
        assertEquals(List.of(), cache.getHeld("B"));
    }

    @Test
    void anAnnouncementOfAnotherAccountDoesNotDropARead() {
        cache.enable();
        cache.confirmed(now);
        long mark = cache.mark();
        cache.invalidate("B");
        cache.put(mark, active("A"));
        assertEquals("A", cache.get("A").accountId());
    }

    @Test
    void aReadOlderThanTheRememberedAnnouncementsIsDropped() {
        cache.enable();
        cache.confirmed(now);
        long mark = cache.mark();
        for (int i = 0; i < StandingCache.RECENT; i++) {
            cache.invalidate("X" + i);
        }
        cache.put(mark, active("A"));
        assertNull(cache.get("A"), "too many announcements since the mark to know whether A was one");
    }

    @Test
    void aClearDropsEverythingAndWhatWasReadBeforeIt() {
        cache.enable();
        cache.confirmed(now);
        cache.put(cache.mark(), active("A"));
        long mark = cache.mark();
        cache.clear();
        cache.put(mark, active("B"));
        cache.confirmed(now);
        assertNull(cache.get("A"));
        assertNull(cache.get("B"), "read before the feed reconnected: it may have missed an announcement");
        assertFalse(new StandingCache(10, () -> now, LEASE).current());
    }

    @Test
    void keepsAtMostItsLimit() {
        StandingCache small = new StandingCache(2, () -> now, LEASE);
        small.enable();
        small.confirmed(now);
        small.put(small.mark(), active("A"));
        small.put(small.mark(), active("B"));
        small.put(small.mark(), active("C"));
        assertEquals(2, small.size());
        assertNull(small.get("C"));
        small.put(small.mark(), withdrawOnly("A"));
        assertEquals(AccountStatus.WITHDRAW_ONLY, small.get("A").standing().status(), "a held account is still updated");
    }

    @Test
    void decisionsReadTheDatabaseOnAMissAndOnlyThen() {
        Map<String, AccountStanding> stored = new HashMap<>(Map.of("A", active("A"), "B", active("B")));
        List<String> reads = new ArrayList<>();
        AccountStandings database = new AccountStandings() {
            @Override
            public Optional<AccountStanding> find(String id) {
                reads.add(id);
                return Optional.ofNullable(stored.get(id));
            }

            @Override
            public List<AccountStanding> findAll(List<String> ids) {
                reads.addAll(ids);
                return ids.stream().map(stored::get).filter(s -> s != null).toList();
            }
        };
        CachedAccountStandings standings = new CachedAccountStandings(database, cache);
        cache.enable();
        cache.confirmed(now);
        assertEquals("A", standings.find("A").orElseThrow().accountId());
        assertSame(standings.find("A").orElseThrow(), standings.find("A").orElseThrow());
        assertEquals(List.of("A"), reads, "the second and third asks were answered from memory");
        assertTrue(standings.find("NOPE").isEmpty());
        assertTrue(standings.find("NOPE").isEmpty());
        assertEquals(List.of("A", "NOPE", "NOPE"), reads, "an unknown account is never remembered as unknown");

        assertEquals(2, standings.findAll(List.of("A", "B", "NOPE")).size());
        assertEquals(List.of("A", "NOPE", "NOPE", "B", "NOPE"), reads, "a batch reads only what is not held");

        stored.put("A", withdrawOnly("A"));
        cache.invalidate("A");
        assertEquals(AccountStatus.WITHDRAW_ONLY, standings.find("A").orElseThrow().standing().status());
        advanceMillis(60);
        reads.clear();
        standings.find("B");
        assertEquals(List.of("B"), reads, "past the lease every ask reads the database");
    }

    @Test
    void countsHowEachReadWasAnsweredAndEveryLapseOfTheLease() {
        cache.enable();
        cache.put(cache.mark(), active("A"));
        cache.confirmed(now);
        cache.get("A");
        cache.get("A");
        cache.get("nobody");
        advanceMillis(8);
        cache.confirmed(now); // the feed's next echo, 8 ms later: no lapse
        advanceMillis(70);
        assertNull(cache.get("A"), "70 ms without a confirmation: the lease has lapsed");
        assertNull(cache.get("A"));
        cache.confirmed(now - TimeUnit.MILLISECONDS.toNanos(2)); // an echo sent 2 ms ago comes back
        assertEquals("A", cache.get("A").accountId());

        StandingCache.Counters c = cache.counters();
        assertEquals(3, c.answered());
        assertEquals(1, c.notHeld());
        assertEquals(2, c.lapsedReads(), "the two reads while the lease had lapsed went to the database");
        assertEquals(1, c.lapses());
        assertEquals(70_000, c.worstGapMicros(), "from the last confirmation to the one that ended the lapse");
    }

    /** A cache on a clock other threads can move, reads waiting up to {@code waitMillis} for a late confirmation. */
    private static StandingCache waitingCache(AtomicLong clock, long waitMillis) {
        StandingCache c = new StandingCache(100, 100, clock::get, LEASE, TimeUnit.MILLISECONDS.toNanos(waitMillis));
        c.enable();
        c.put(c.mark(), active("A"));
        c.putKey(c.mark(), key("K"));
        c.confirmed(clock.get());
        clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(60)); // the lease has lapsed: the feed's echo is late
        return c;
    }

    /** Once a read waits, the feed's echo of a ping sent {@code agoMillis} before now comes back. */
    private static CompletableFuture<Void> echoWhenWaiting(StandingCache c, AtomicLong clock, long agoMillis) {
        return CompletableFuture.runAsync(() -> {
            long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (c.waiting() == 0 && System.nanoTime() - giveUp < 0) {
                Thread.onSpinWait();
            }
            c.confirmed(clock.get() - TimeUnit.MILLISECONDS.toNanos(agoMillis));
        });
    }

    private static long millisSince(long began) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
    }

    @Test
    void aReadDuringALapseWaitsForTheFeedsLateConfirmationAndIsAnsweredFromTheCache() {
        AtomicLong clock = new AtomicLong(now);
        StandingCache c = waitingCache(clock, 30_000);
        CompletableFuture<Void> echo = echoWhenWaiting(c, clock, 2);
        assertEquals("A", c.get("A").accountId(), "answered from the cache once the confirmation came");
        echo.join();
        assertEquals(1, c.counters().lapseWaits());
        assertEquals(0, c.counters().lapsedReads(), "nothing went to the database");
    }

    @Test
    void aReadWaitsNoLongerThanItsWaitThenReadsTheDatabase() {
        AtomicLong clock = new AtomicLong(now);
        StandingCache c = waitingCache(clock, 200);
        long began = System.nanoTime();
        assertNull(c.get("A"), "no confirmation within the wait: the caller reads the database");
        long took = millisSince(began);
        assertTrue(took >= 190 && took < 10_000, "waited its 200 ms: " + took + " ms");
        assertEquals(1, c.counters().lapsedReads());
        assertEquals(0, c.counters().lapseWaits());
    }

    @Test
    void aLateConfirmationThatLeavesTheLeaseLapsedAnswersNothingAndStopsFurtherWaits() {
        AtomicLong clock = new AtomicLong(now);
        StandingCache c = waitingCache(clock, 1_000);
        CompletableFuture<Void> stale = echoWhenWaiting(c, clock, 55); // the echo of a ping sent 55 ms ago
        long began = System.nanoTime();
        assertNull(c.get("A"), "woken by a confirmation over a lease old: still not current");
        assertTrue(millisSince(began) >= 950, "it went on waiting to the end of its wait");
        stale.join();
        assertEquals(1, c.counters().lapsedReads());
        assertEquals(0, c.counters().lapseWaits());

        // late confirmations keep coming (each ping takes over a lease): a batch's reads do not wait any more
        began = System.nanoTime();
        for (int i = 0; i < 10; i++) {
            c.confirmed(clock.get() - TimeUnit.MILLISECONDS.toNanos(55));
            assertNull(c.get("A"));
            assertNull(c.getHeld("A"));
            assertNull(c.getKey("K"));
        }
        assertTrue(millisSince(began) < 900, "thirty reads, no wait: " + millisSince(began) + " ms");
        assertEquals(11, c.counters().lapsedReads());

        c.confirmed(clock.get()); // a confirmation that makes the cache current
        clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(60)); // and late again: a read waits for the next one again
        CompletableFuture<Void> echo = echoWhenWaiting(c, clock, 2);
        assertEquals("K", c.getKey("K").keyId());
        echo.join();
        assertEquals(1, c.counters().lapseWaits());
    }

    @Test
    void aFeedThatLosesItsConnectionSendsTheWaitingReadsToTheDatabaseAtOnce() {
        AtomicLong clock = new AtomicLong(now);
        StandingCache c = waitingCache(clock, 60_000);
        CompletableFuture<Void> lost = CompletableFuture.runAsync(() -> {
            while (c.waiting() == 0) {
                Thread.onSpinWait();
            }
            c.clear();
        });
        long began = System.nanoTime();
        assertNull(c.get("A"));
        assertTrue(millisSince(began) < 30_000, "woken by the clear, not by its minute's wait");
        lost.join();
        clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(60));
        began = System.nanoTime();
        assertNull(c.get("A"), "a cleared cache waits for nothing");
        assertTrue(millisSince(began) < 30_000);
    }

    private static KeyCheck.Facts key(String id) {
        return new KeyCheck.Facts() {
            @Override
            public String keyId() {
                return id;
            }

            @Override
            public List<KeyCheck.Refusal> refusals(KeyCheck.Question question, Instant at) {
                return List.of();
            }

            @Override
            public boolean settled() {
                return false;
            }
        };
    }
}
