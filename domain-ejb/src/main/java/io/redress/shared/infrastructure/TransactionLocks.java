package io.redress.shared.infrastructure;

import io.redress.shared.domain.Fnv1a;
import io.redress.shared.domain.StaleVersion;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Locks on values rather than rows, held until the current transaction ends: for writers that must see one another's
 * work although no row they both touch exists yet (two intakes of one text, each looking for the other's post). Values
 * are locked in ascending order, so two transactions sharing several of them cannot deadlock.
 *
 * <p>On PostgreSQL they are transaction-level advisory locks, which every instance sharing the database honours. On H2,
 * which only runs embedded in one server, they are stripes of this JVM, released when the transaction completes.
 * Call it before the transaction writes anything, so that a transaction waiting here holds no row locks, or at least
 * before any row a holder of these values may wait for (a trade batch holds its accounts before its keys' rows). A
 * transaction may lock again what it holds (both kinds are re-entrant; on PostgreSQL at no cost); values locked by a
 * later call are ordered only among themselves, so two transactions that each lock twice may meet in the wrong order:
 * PostgreSQL's deadlock check or the bounded wait ends that, and the caller is told to send it again. So a caller that
 * needs several values locks them in one call.
 */
@ApplicationScoped
public class TransactionLocks {

    static final int STRIPES = 4096;
    static final long WAIT_SECONDS = 10;

    @Inject
    RowSetStatements statements;
    @Resource
    TransactionSynchronizationRegistry transactions;

    private final Semaphore[] stripes = new Semaphore[STRIPES];

    public TransactionLocks() {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Semaphore(1);
        }
    }

    /**
     * Waits for, then holds until the transaction ends, a lock on each of {@code values} within {@code space} (a name
     * of the caller's own, so that equal values of two callers do not meet).
     *
     * @throws StaleVersion when the locks are not had within {@value #WAIT_SECONDS} seconds; the caller may retry
     */
    public void lock(String space, long[] values) {
        long[] keys = keys(space, values);
        if (statements.postgresql()) {
            // what this transaction holds already costs no statement: the lock is re-entrant, the round trip is not
            HeldKeys found = (HeldKeys) transactions.getResource(HeldKeys.class);
            HeldKeys held = found != null ? found : new HeldKeys(new HashSet<>());
            if (found == null) {
                transactions.putResource(HeldKeys.class, held);
            }
            long[] missing = Arrays.stream(keys).filter(k -> !held.keys().contains(k)).toArray();
            if (missing.length > 0) {
                lockAdvisory(space, missing);
                Arrays.stream(missing).forEach(held.keys()::add);
            }
            return;
        }
        // the stripes this transaction holds already (an earlier call in it) are its own: taken again, they would wait
        // for the transaction's own end
        Held held = (Held) transactions.getResource(Held.class);
        if (held == null) {
            Held mine = new Held();
            transactions.putResource(Held.class, mine);
            held = mine;
            // registered before the first stripe is taken: whatever happens next, the transaction's end releases what was
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // held through the commit
                }

                @Override
                public void afterCompletion(int status) {
                    mine.releaseAll(stripes);
                }
            });
        }
        try {
            for (int stripe : stripesOf(keys)) {
                if (held.holds(stripe)) {
                    continue;
                }
                if (!stripes[stripe].tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                    throw new StaleVersion("waited " + WAIT_SECONDS + " s for a concurrent " + space + " to finish; send it again");
                }
                held.taken(stripe);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StaleVersion("interrupted while waiting for a concurrent " + space + "; send it again");
        }
    }

    /** The advisory locks one PostgreSQL transaction holds (PostgreSQL releases them at its end, with this resource). */
    private record HeldKeys(Set<Long> keys) {
    }

    /** The H2 stripes one transaction holds, released together when it ends. */
    private static final class Held {
        private final BitSet stripes = new BitSet(STRIPES);

        boolean holds(int stripe) {
            return stripes.get(stripe);
        }

        void taken(int stripe) {
            stripes.set(stripe);
        }

        void releaseAll(Semaphore[] all) {
            for (int s = stripes.nextSetBit(0); s >= 0; s = stripes.nextSetBit(s + 1)) {
                all[s].release();
            }
            stripes.clear();
        }
    }

    /**
     * One statement: unnest yields the sorted array's elements in order, so the locks are taken in that order. The wait
     * is bounded as on H2 ({@code lock_timeout} for this statement only, then as it was).
     */
    private void lockAdvisory(String space, long[] keys) {
        Connection c = statements.connection();
        try (PreparedStatement bound = c.prepareStatement("SELECT current_setting('lock_timeout'), set_config('lock_timeout', ?, true)");
             PreparedStatement lock = c.prepareStatement("SELECT count(pg_advisory_xact_lock(k)) FROM unnest(?) AS k");
             PreparedStatement unbound = c.prepareStatement("SELECT set_config('lock_timeout', ?, true)")) {
            bound.setString(1, WAIT_SECONDS + "s");
            String before;
            try (ResultSet rs = bound.executeQuery()) {
                rs.next();
                before = rs.getString(1);
            }
            lock.setArray(1, c.createArrayOf("bigint", Arrays.stream(keys).boxed().toArray()));
            lock.executeQuery().close();
            unbound.setString(1, before);
            unbound.executeQuery().close();
        } catch (SQLException e) {
            // 55P03: the lock_timeout above; 40P01: a deadlock (a caller that locked something first); 57014: cancelled
            if (List.of("55P03", "40P01", "57014").contains(e.getSQLState())) {
                throw new StaleVersion("waited too long for a concurrent " + space + " to finish; send it again");
            }
            throw new IllegalStateException(space + " locks not taken: " + e.getMessage(), e);
        }
    }

    /**
     * {@link #lock(String, long[])} on texts (accounts), each as a 64-bit FNV-1a hash of its characters: two texts
     * that share a hash only wait for each other. One lock per text, so that on PostgreSQL writers of different
     * accounts never wait for each other (a bulk job's chunk holds up to 500, over its lanes); every advisory lock takes
     * a place in the shared lock table, sized {@code max_locks_per_transaction} times the connections
     * (config/postgresql/redress.conf). On H2 the texts fall in the JVM's stripes like any value.
     */
    public void lock(String space, Collection<String> texts) {
        lock(space, textValues(texts));
    }

    /** Each text's value, in the texts' order. */
    static long[] textValues(Collection<String> texts) {
        return texts.stream().mapToLong(Fnv1a::hash64).toArray();
    }

    /** The values as lock keys of {@code space}, ascending and without repeats. */
    static long[] keys(String space, long[] values) {
        long salt = space.hashCode() * 0x9E3779B97F4A7C15L;
        return Arrays.stream(values).map(v -> v ^ salt).sorted().distinct().toArray();
    }

    /** The stripes the keys fall in, ascending and without repeats (two keys may share one). */
    static int[] stripesOf(long[] keys) {
        return Arrays.stream(keys).mapToInt(k -> (int) Math.floorMod(k ^ (k >>> 32), (long) STRIPES)).sorted().distinct().toArray();
    }
}
