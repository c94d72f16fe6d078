package io.redress.restrictions.infrastructure;

import io.redress.restrictions.api.HeldFunds;
import io.redress.restrictions.api.KeyCheck;
import io.redress.restrictions.domain.AccountStanding;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * Account standings held in memory, trusted only under a lease.
 * <p>
 * The database announces every change of a standing, in commit order, on one channel (triggers on the standing
 * row and the account row's positions); a feed applies those announcements here ({@link #invalidate}) and every
 * few milliseconds sends an announcement of its own and waits for it to come back. When it comes back, everything committed before it was
 * sent has been applied: {@link #confirmed} records when it was sent. The cache answers only while that moment is
 * at most a {@link #lease} old. A change's writer waits at most {@link #commitWait} (the lease and a margin) after its
 * commit before it answers (CommitWait), sooner once every instance's feed has acknowledged the change
 * (Acknowledgements: a few milliseconds while the feeds keep up). So whoever learns of a change asks after every cache
 * has acknowledged it, or after the change's commit plus the lease, and any instance's cache then answering was
 * confirmed after that commit: the first decision after a change reflects it, on every instance. Times are each JVM's own monotonic clock, only ever compared with
 * itself.
 * <p>
 * A standing read from the database while a change of it is being announced must not be stored after the
 * announcement was applied: a reader takes a {@link #mark} before its read and {@link #put} drops what it read if
 * the account was announced since. Announcements are applied by one thread only (the feed).
 * <p>
 * Beside each account's standing it keeps, under the same lease and the same announcements, the funds screening holds
 * on the account ({@link HeldFunds}: a WITHDRAW decision lists them), read when first asked for: an empty list when
 * none, so the common account costs no database read either.
 * <p>
 * Under the same lease it keeps API keys' {@link KeyCheck.Facts} by key id, read when first asked for (an API_TRADE
 * decision with a key then reads nothing either). A change of a key is announced on the same channel as
 * {@link #KEY} followed by the key's id (no account id has that character), and its writer waits the same commit wait.
 * At most {@code maxKeys} are kept: a key read for the first time takes the place of the key first read longest ago.
 * A key held when its change is announced is dropped and queued ({@link #keysToRefresh}): the feed's refresher reads
 * it again, with the other keys announced meanwhile, a batch at a time, so the decisions that ask about the keys a bulk
 * job has just revoked do not each read one from the database the job is loading.
 * <p>
 * A confirmation can come late while the feed is still connected: its own announcement commits behind the writers
 * that announce (PostgreSQL serializes the commits of every transaction that notifies; a bulk job's chunk announces
 * hundreds of keys and flushes its WAL under that lock; on two busy cores the feed's thread may also wait for one).
 * The longer the lease, the later a confirmation may come without a lapse, and the longer a writer waits when a cache
 * is late or an instance falls silent (200 ms by default: with 50 ms, a bulk job's late confirmations lapsed the cache
 * over a hundred times; before the acknowledgements, every screening that held funds waited the whole lease). A read that finds the lease lapsed then waits up to
 * {@code lapseWait} for the next confirmation and answers from the cache once it is current again, instead of going to
 * the database with every other decision in flight at that moment (which, during a bulk job, made the decisions'
 * slowest answers). Once the feed has lost its connection ({@link #clear}) nobody waits, and once a wait has given up,
 * nobody waits again until a confirmation makes the cache current (a batch of a thousand questions waits once, not a
 * thousand times, however many late confirmations come meanwhile).
 */
public final class StandingCache {

    /**
     * The shortest and longest lease ({@code redress.decisions.cache.lease-ms}: how long a confirmation lets the cache
     * answer, and how long at most every change's writer waits after its commit); the longest is the time the feed waits for its
     * own echo before it gives the connection up (no confirmation comes later than that).
     */
    public static final long MIN_LEASE = TimeUnit.MILLISECONDS.toNanos(10);
    public static final long MAX_LEASE = TimeUnit.MILLISECONDS.toNanos(2000);
    /** How long a read waits for a late confirmation while the feed is connected, before it reads the database. */
    public static final long LAPSE_WAIT = TimeUnit.MILLISECONDS.toNanos(50);
    /** What a change's writer waits beyond the lease: a margin for the rates of the two instances' clocks. */
    static final long CLOCK_MARGIN = TimeUnit.MILLISECONDS.toNanos(5);
    /** How many recent announcements a reader's mark can be checked against; older marks drop what they read. */
    static final int RECENT = 4096;
    /** What an announcement of a change of an API key starts with, before the key's id. */
    public static final String KEY = "#";
    /** How many dropped keys may wait to be read again; past that, the next decision reads them. */
    static final int REFRESH_QUEUE = 8192;

    private final ConcurrentHashMap<String, AccountStanding> entries = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, List<HeldFunds.Held>> held = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, KeyCheck.Facts> keys = new ConcurrentHashMap<>();
    private final BlockingQueue<String> refresh = new LinkedBlockingQueue<>(REFRESH_QUEUE);
    /** The keys in the order they were first kept, round a ring of {@code maxKeys} places: the next place's is evicted. */
    private final AtomicReferenceArray<String> keyOrder;
    private final AtomicLong keysKept = new AtomicLong();
    // what an operator (and the decision benchmark) sees of how the cache answers; counted since the start
    private final LongAdder answered = new LongAdder();
    private final LongAdder notHeld = new LongAdder();
    private final LongAdder lapsedReads = new LongAdder();
    private final LongAdder lapseWaits = new LongAdder();
    private final LongAdder keyReads = new LongAdder();
    private final LongAdder keysRefreshed = new LongAdder();
    private final AtomicLong lapses = new AtomicLong();
    private final AtomicLong worstGap = new AtomicLong();
    private final AtomicLong generation = new AtomicLong();
    private final AtomicReferenceArray<String> recent = new AtomicReferenceArray<>(RECENT);
    private final int maxEntries;
    private final int maxKeys;
    private final LongSupplier nanoTime;
    private final long lease;
    private final long lapseWait;
    /** What readers waiting for a late confirmation wait on; {@link #waiting} counts them (changed under its lock). */
    private final Object confirmation = new Object();
    private volatile int waiting;
    /** A wait gave up: no read waits again until a confirmation makes the cache current. */
    private volatile boolean stuck;
    private volatile long clearedAt;
    private volatile long confirmedAt;
    private volatile boolean confirmed;
    private volatile boolean enabled;

    public StandingCache(int maxEntries, LongSupplier nanoTime, long lease) {
        this(maxEntries, maxEntries, nanoTime, lease, 0);
    }

    public StandingCache(int maxEntries, int maxKeys, LongSupplier nanoTime, long lease) {
        this(maxEntries, maxKeys, nanoTime, lease, 0);
    }

    /**
     * {@code lease}: how long a confirmation lets the cache answer (nanoseconds of {@code nanoTime}), from
     * {@link #MIN_LEASE} to {@link #MAX_LEASE}; {@code lapseWait}: how long (nanoseconds of the real clock) a read that
     * finds the lease lapsed waits for the feed's next confirmation; 0: none, it reads the database at once.
     */
    public StandingCache(int maxEntries, int maxKeys, LongSupplier nanoTime, long lease, long lapseWait) {
        if (lease < MIN_LEASE || lease > MAX_LEASE) {
            throw new IllegalArgumentException("the decision cache's lease must be from " + TimeUnit.NANOSECONDS.toMillis(MIN_LEASE)
                    + " to " + TimeUnit.NANOSECONDS.toMillis(MAX_LEASE) + " ms, not " + lease + " ns");
        }
        this.maxEntries = maxEntries;
        this.lease = lease;
        this.lapseWait = lapseWait;
        this.maxKeys = maxKeys;
        this.keyOrder = new AtomicReferenceArray<>(Math.max(0, maxKeys));
        this.nanoTime = nanoTime;
    }

    /** Called once a feed runs: until then nothing is kept (H2, or the cache switched off). */
    public void enable() {
        enabled = true;
    }

    public boolean enabled() {
        return enabled;
    }

    /** How long a confirmation lets the cache answer. */
    public long lease() {
        return lease;
    }

    /** What a change's writer waits after its commit (CommitWait): the lease and a margin for the two clocks' rates. */
    public long commitWait() {
        return lease + CLOCK_MARGIN;
    }

    /** Whether the cache may answer now: confirmed at most a {@link #lease} ago. */
    public boolean current() {
        return confirmed && nanoTime.getAsLong() - confirmedAt <= lease;
    }

    /**
     * Whether a read may be answered from the cache: it is current, or becomes so within {@code lapseWait} while the
     * feed is connected (its confirmation was late).
     */
    private boolean answering() {
        if (current()) {
            return true;
        }
        if (!enabled || !confirmed || lapseWait <= 0 || stuck) {
            return false; // no feed, or a read already waited in vain since the cache was last current
        }
        long deadline = System.nanoTime() + lapseWait;
        synchronized (confirmation) {
            waiting++;
            try {
                while (!current()) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0 || !confirmed) {
                        // the feed is stuck (or late confirmations keep coming from pings sent over a lease ago): the
                        // reads after this one, a batch's, do not wait again until a confirmation makes it current
                        stuck = true;
                        if (current()) {
                            stuck = false; // one did, meanwhile
                        }
                        return false;
                    }
                    confirmation.wait(TimeUnit.NANOSECONDS.toMillis(left), (int) (left % 1_000_000));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } finally {
                waiting--;
            }
        }
        lapseWaits.increment();
        return true;
    }

    /** How many reads are waiting for a confirmation now (tests). */
    int waiting() {
        return waiting;
    }

    /** Wakes the readers waiting for a confirmation (after one, or when the feed lost its connection). */
    private void wakeWaiting() {
        if (waiting > 0) {
            synchronized (confirmation) {
                confirmation.notifyAll();
            }
        }
    }

    /** The standing, if held and the cache is current; otherwise null, and the caller reads the database. */
    public AccountStanding get(String accountId) {
        if (!answering()) {
            if (enabled) {
                lapsedReads.increment();
            }
            return null;
        }
        AccountStanding held = entries.get(accountId);
        (held == null ? notHeld : answered).increment();
        return held;
    }

    /** The funds held on the account, if known and the cache is current (empty: none); otherwise null. */
    public List<HeldFunds.Held> getHeld(String accountId) {
        if (!answering()) {
            return null;
        }
        return held.get(accountId); // not counted: the counters describe the standings
    }

    /** Keeps the funds held on an account, read after {@code mark}, unless the account was announced since. */
    public void putHeld(long mark, String accountId, List<HeldFunds.Held> funds) {
        if (!enabled || held.size() >= maxEntries && !held.containsKey(accountId)) {
            return;
        }
        List<HeldFunds.Held> kept = List.copyOf(funds);
        held.put(accountId, kept);
        if (announcedSince(mark, accountId)) {
            held.remove(accountId, kept);
        }
    }

    /** The key's facts, if held and the cache is current; otherwise null, and the caller reads the registry. */
    public KeyCheck.Facts getKey(String keyId) {
        return answering() ? keys.get(keyId) : null;
    }

    /**
     * Keeps a key's facts read after {@code mark}, unless the key was announced since. A key not held takes the next
     * place of the ring, and the key first kept there (the oldest) is dropped.
     */
    public void putKey(long mark, KeyCheck.Facts key) {
        String id = key.keyId();
        if (!enabled || maxKeys <= 0) {
            return;
        }
        if (keys.put(id, key) == null) {
            // every time a key comes into the map it takes a place (so none is held without one, whatever raced)
            String oldest = keyOrder.getAndSet((int) (keysKept.getAndIncrement() % maxKeys), id);
            if (oldest != null && !oldest.equals(id)) {
                keys.remove(oldest);
            }
        }
        if (announcedSince(mark, KEY + id)) {
            keys.remove(id, key);
        }
    }

    /** Taken before reading a standing from the database, and given to {@link #put} with what was read. */
    public long mark() {
        return generation.get();
    }

    /** Keeps a standing read after {@code mark}, unless its account was announced since (then it may be stale). */
    public void put(long mark, AccountStanding standing) {
        String id = standing.accountId();
        if (!enabled || entries.size() >= maxEntries && !entries.containsKey(id)) {
            return;
        }
        entries.put(id, standing);
        if (announcedSince(mark, id)) {
            entries.remove(id, standing);
        }
    }

    /** The feed: a change of this account's standing, or of the API key {@link #KEY} + id, was committed. */
    public void invalidate(String announced) {
        long next = generation.get() + 1;
        recent.set((int) (next % RECENT), announced);
        generation.set(next);
        if (announced.startsWith(KEY)) {
            String keyId = announced.substring(KEY.length());
            if (keys.remove(keyId) != null) {
                refresh.offer(keyId); // dropped, not waited for, when the queue is full
            }
        } else {
            entries.remove(announced);
            held.remove(announced);
        }
    }

    /** The feed: its own announcement, sent at {@code sentAt} (nanoTime), came back. */
    public void confirmed(long sentAt) {
        if (confirmed) {
            long since = nanoTime.getAsLong() - confirmedAt;
            if (since > lease) {
                lapses.incrementAndGet();
            }
            worstGap.accumulateAndGet(since, Math::max);
        }
        if (!confirmed || sentAt - confirmedAt > 0) {
            confirmedAt = sentAt;
        }
        confirmed = true;
        if (current()) {
            stuck = false;
        }
        wakeWaiting();
    }

    /** The feed lost (or has not yet got) its connection: announcements may have been missed. */
    public void clear() {
        confirmed = false;
        clearedAt = generation.incrementAndGet();
        entries.clear();
        held.clear();
        keys.clear();
        refresh.clear();
        wakeWaiting(); // nobody waits for a feed that is gone: they read the database
    }

    /**
     * How the cache has answered since the start: reads it answered, reads of accounts it did not hold, reads that went
     * to the database because its lease had lapsed, how many times the lease lapsed between two confirmations, the
     * longest time between two confirmations (the feed thread's worst delay: when over the {@link #lease}, a lapse), and
     * reads (of any kind) that found the lease lapsed and were answered after waiting for a late confirmation, and the
     * API keys decisions read from the registry (not held, the lease lapsed, or an expiry to confirm: {@link #keysRead}),
     * and the keys the refresher read again after their announcement ({@link #keysRefreshed}).
     */
    public Counters counters() {
        return new Counters(answered.sum(), notHeld.sum(), lapsedReads.sum(), lapses.get(),
                TimeUnit.NANOSECONDS.toMicros(worstGap.get()), lapseWaits.sum(), keyReads.sum(), keysRefreshed.sum());
    }

    /** See {@link #counters()}. */
    public record Counters(long answered, long notHeld, long lapsedReads, long lapses, long worstGapMicros,
                           long lapseWaits, long keyReads, long keysRefreshed) {
    }

    /**
     * The keys dropped by their announcement since the last call, up to {@code max}, waiting up to {@code waitMillis}
     * for the first; empty when none came.
     */
    public List<String> keysToRefresh(int max, long waitMillis) throws InterruptedException {
        String first = refresh.poll(waitMillis, TimeUnit.MILLISECONDS);
        if (first == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(Math.min(max, refresh.size() + 1));
        out.add(first);
        refresh.drainTo(out, max - 1);
        return out;
    }

    /** Counts keys the refresher read again (found in the registry). */
    public void keysRefreshed(int n) {
        keysRefreshed.add(n);
    }

    /** Counts keys a decision read from the registry, for whatever reason the cache did not answer them. */
    public void keysRead(int n) {
        keyReads.add(n);
    }

    public int size() {
        return entries.size();
    }

    /** API keys held. */
    public int keys() {
        return keys.size();
    }

    public int maxEntries() {
        return maxEntries;
    }

    private boolean announcedSince(long mark, String id) {
        long now = generation.get();
        if (mark < clearedAt || now - mark >= RECENT) {
            return true;
        }
        for (long g = mark + 1; g <= now; g++) {
            if (id.equals(recent.get((int) (g % RECENT)))) {
                return true;
            }
        }
        // the slots read may have been reused meanwhile: then the answer is not known, and the standing is dropped
        return generation.get() - mark >= RECENT;
    }
}
