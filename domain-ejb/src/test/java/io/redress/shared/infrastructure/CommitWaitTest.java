package io.redress.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/** A standing change answers only a lease after its commit, once per transaction, and never after a rollback. */
class CommitWaitTest {

    private static long millisToComplete(Synchronization s, int status) {
        long began = System.nanoTime();
        s.afterCompletion(status);
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
    }

    /** A commit wait in the transaction {@code tx}, turned on with a lease of {@code nanos}. */
    private static CommitWait turnedOn(OneTransaction tx, long nanos) {
        CommitWait wait = new CommitWait();
        wait.transactions = tx;
        wait.turnOn(nanos, null);
        return wait;
    }

    @Test
    void offUntilAFeedTurnsItOn() {
        CommitWait wait = new CommitWait();
        wait.transactions = new OneTransaction();
        wait.standingChanged();
        assertTrue(((OneTransaction) wait.transactions).synchronizations.isEmpty());
    }

    @Test
    void onceOnTheCommitWaitsAtLeastTheLeaseAfterIt() {
        OneTransaction tx = new OneTransaction();
        CommitWait wait = turnedOn(tx, TimeUnit.MILLISECONDS.toNanos(55));
        wait.standingChanged();
        wait.standingChanged();
        assertEquals(1, tx.synchronizations.size(), "two changes in one transaction wait once");
        assertTrue(millisToComplete(tx.synchronizations.get(0), Status.STATUS_COMMITTED) >= 55);
    }

    @Test
    void aChangeEveryCacheHasAcknowledgedAnswersLongBeforeTheLease() throws Exception {
        Acknowledgements acks = new Acknowledgements("a", TimeUnit.MILLISECONDS.toNanos(20), System::nanoTime);
        acks.connecting();
        Thread.sleep(25); // listening for longer than its window: every answering cache has been heard
        OneTransaction tx = new OneTransaction();
        CommitWait wait = new CommitWait();
        wait.transactions = tx;
        wait.turnOn(TimeUnit.SECONDS.toNanos(30), acks);
        wait.standingChanged();
        Thread feed = new Thread(() -> { // this instance's feed, alone: its next ping comes back
            while (!Thread.currentThread().isInterrupted()) {
                if (acks.takePingWanted()) {
                    acks.echoed(acks.nextPing());
                }
                LockSupport.parkNanos(100_000);
            }
        });
        feed.start();
        try {
            assertTrue(millisToComplete(tx.synchronizations.get(0), Status.STATUS_COMMITTED) < 10_000);
            assertEquals(new Acknowledgements.Counters(1, 0), acks.counters());
        } finally {
            feed.interrupt();
        }
    }

    @Test
    void settlingWaitsTheLeaseAtOnceBeforeTheCommitAndRegistersNothing() {
        OneTransaction tx = new OneTransaction();
        CommitWait wait = turnedOn(tx, TimeUnit.MILLISECONDS.toNanos(55));
        long began = System.nanoTime();
        wait.settle();
        assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began) >= 55);
        assertTrue(tx.synchronizations.isEmpty(), "nothing more after the commit");
    }

    @Test
    void aRolledBackChangeDoesNotWait() {
        OneTransaction tx = new OneTransaction();
        CommitWait wait = turnedOn(tx, TimeUnit.SECONDS.toNanos(30));
        wait.standingChanged();
        assertTrue(millisToComplete(tx.synchronizations.get(0), Status.STATUS_ROLLEDBACK) < 30_000);
    }
}
