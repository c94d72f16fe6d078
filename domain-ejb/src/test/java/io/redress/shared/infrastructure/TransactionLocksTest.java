package io.redress.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Two transactions locking a value they share: the second waits until the first ends, committed or rolled back; values
 * they do not share never make one wait. On H2's in-JVM stripes, as the embedded database runs them.
 */
class TransactionLocksTest {

    /** The container's registry: each thread in a transaction of its own, which the test begins and ends. */
    private static final ThreadLocal<OneTransaction> CURRENT = ThreadLocal.withInitial(OneTransaction::new);
    /** A thread per transaction: the common pool may have a single one on a small machine. */
    private static final ExecutorService THREADS = Executors.newCachedThreadPool();

    private static TransactionLocks onH2() {
        TransactionLocks locks = new TransactionLocks();
        locks.statements = RowSetStatements.on(null, "h2");
        locks.transactions = (TransactionSynchronizationRegistry) Proxy.newProxyInstance(TransactionLocksTest.class.getClassLoader(),
                new Class<?>[] {TransactionSynchronizationRegistry.class}, (proxy, method, args) -> method.invoke(CURRENT.get(), args));
        return locks;
    }

    /** Locks {@code values} in a new transaction on another thread, answering that transaction once it holds them. */
    private static CompletableFuture<OneTransaction> lockElsewhere(TransactionLocks locks, long... values) {
        return CompletableFuture.supplyAsync(() -> {
            CURRENT.remove();
            locks.lock("intake", values);
            return CURRENT.get();
        }, THREADS);
    }

    @Test
    void keysAreAscendingWithoutRepeatsAndDifferBySpace() {
        long[] keys = TransactionLocks.keys("intake", new long[] {9, -4, 9, 120});
        assertEquals(3, keys.length);
        for (int i = 1; i < keys.length; i++) {
            assertTrue(keys[i - 1] < keys[i], "ascending, so that two holders of several cannot deadlock");
        }
        assertFalse(Arrays.equals(keys, TransactionLocks.keys("claims", new long[] {9, -4, 120})),
                "one caller's values are not another's locks");
        int[] stripes = TransactionLocks.stripesOf(keys);
        for (int s : stripes) {
            assertTrue(s >= 0 && s < TransactionLocks.STRIPES);
        }
        assertArrayEquals(Arrays.stream(stripes).sorted().distinct().toArray(), stripes);
    }

    @Test
    void aSharedValueWaitsForTheHoldersTransactionToEnd() throws Exception {
        TransactionLocks locks = onH2();
        OneTransaction first = lockElsewhere(locks, 1, 2, 3).get(5, TimeUnit.SECONDS);

        CompletableFuture<OneTransaction> waiting = lockElsewhere(locks, 3, 4);
        Thread.sleep(300);
        assertFalse(waiting.isDone(), "a value held by a running transaction is waited for");

        first.synchronizations.forEach(s -> s.afterCompletion(Status.STATUS_ROLLEDBACK));
        OneTransaction second = waiting.get(5, TimeUnit.SECONDS);
        assertEquals(1, second.synchronizations.size(), "the second holds its locks until its own end");

        CompletableFuture<OneTransaction> third = lockElsewhere(locks, 1, 4);
        Thread.sleep(300);
        assertFalse(third.isDone(), "the second's values are held until it ends");
        second.synchronizations.forEach(s -> s.afterCompletion(Status.STATUS_COMMITTED));
        third.get(5, TimeUnit.SECONDS);
    }

    @Test
    void valuesNotSharedDoNotWait() throws Exception {
        TransactionLocks locks = onH2();
        long[] held = {10, 20};
        lockElsewhere(locks, held).get(5, TimeUnit.SECONDS);
        int[] heldStripes = TransactionLocks.stripesOf(TransactionLocks.keys("intake", held));
        long free = 30;
        while (Arrays.stream(TransactionLocks.stripesOf(TransactionLocks.keys("intake", new long[] {free})))
                .anyMatch(s -> Arrays.stream(heldStripes).anyMatch(h -> h == s))) {
            free++;
        }
        lockElsewhere(locks, free).get(5, TimeUnit.SECONDS);
    }

    @Test
    void aTransactionLocksAgainWhatItHoldsAndReleasesAllAtItsEnd() throws Exception {
        TransactionLocks locks = onH2();
        OneTransaction twice = CompletableFuture.supplyAsync(() -> {
            CURRENT.remove();
            locks.lock("intake", new long[] {1, 2});
            locks.lock("intake", new long[] {2, 3}); // 2 again: its own, not waited for
            return CURRENT.get();
        }, THREADS).get(5, TimeUnit.SECONDS);
        assertEquals(1, twice.synchronizations.size(), "one release for the transaction, whatever it locked");

        CompletableFuture<OneTransaction> waiting = lockElsewhere(locks, 1);
        CompletableFuture<OneTransaction> waitingToo = lockElsewhere(locks, 3);
        Thread.sleep(300);
        assertFalse(waiting.isDone() || waitingToo.isDone(), "what either call locked is held until the transaction ends");
        twice.synchronizations.forEach(s -> s.afterCompletion(Status.STATUS_COMMITTED));
        waiting.get(5, TimeUnit.SECONDS);
        waitingToo.get(5, TimeUnit.SECONDS);
    }

    @Test
    void anAccountHeldIsWaitedForAndEachAccountIsALockOfItsOwn() throws Exception {
        TransactionLocks locks = onH2();
        OneTransaction first = CompletableFuture.supplyAsync(() -> {
            CURRENT.remove();
            locks.lock("account-security case", List.of("ACC-1", "ACC-2"));
            return CURRENT.get();
        }, THREADS).get(5, TimeUnit.SECONDS);
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> {
            CURRENT.remove();
            locks.lock("account-security case", List.of("ACC-2"));
        }, THREADS);
        Thread.sleep(300);
        assertFalse(second.isDone(), "two batches with findings on one account: the second waits for the first's end");
        first.synchronizations.forEach(s -> s.afterCompletion(Status.STATUS_COMMITTED));
        second.get(5, TimeUnit.SECONDS);

        List<String> accounts = IntStream.range(0, 1000).mapToObj(i -> "ACC-" + i).toList();
        long[] values = TransactionLocks.textValues(accounts);
        assertEquals(accounts.size(), Arrays.stream(values).distinct().count(),
                "a lock per account: on PostgreSQL writers of different accounts never wait for each other");
        assertArrayEquals(values, TransactionLocks.textValues(accounts), "an account is always the same lock");
    }
}
