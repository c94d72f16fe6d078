package io.redress.shared.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.locks.LockSupport;

/**
 * Lets a transaction that changed an account's standing answer its caller only once no decision cache holds the
 * standing as it was: the writer's half of the decision cache's lease (restrictions' StandingCache). Off until a cache
 * feed turns it on; then, once per transaction that changed a standing, until every instance's cache has acknowledged
 * the change ({@link Acknowledgements}: a few milliseconds while the feeds keep up), and at most the cache's lease and
 * 5 ms after the commit (205 ms by default: when a cache's confirmations come late, or an instance falls silent).
 */
@ApplicationScoped
public class CommitWait {

    private static final String KEY = CommitWait.class.getName();

    @Resource
    TransactionSynchronizationRegistry transactions;

    private volatile long nanos;
    private volatile Acknowledgements acknowledgements;

    /**
     * From now on, every standing change waits until {@code acknowledgements} release it (none: never), at most
     * {@code waitNanos} after its commit.
     */
    public void turnOn(long waitNanos, Acknowledgements acknowledgements) {
        this.acknowledgements = acknowledgements;
        nanos = waitNanos;
    }

    /**
     * In a transaction that read changes others made, to pass them on (the exchange's page of key revocations): its
     * reader may act on them at once, so it too answers only once every decision cache has them. Each change's own
     * writer waited after its commit as well, but a reader on another instance can see the change within that wait.
     */
    public void changesRead() {
        standingChanged();
    }

    /**
     * Waits now, before the caller's transaction commits (as after a commit: until every cache acknowledged, at most the
     * lease): whatever committed before this call is in no
     * decision cache as it was once it returns. For a writer of many transactions that answers nobody after each
     * (a bulk job's chunks), once before what says it is done commits, instead of a wait after every one.
     */
    public void settle() {
        long wait = nanos;
        if (wait > 0) {
            await(wait);
        }
    }

    /** From now: until every cache has acknowledged what committed before, or {@code wait} has passed. */
    private void await(long wait) {
        long until = System.nanoTime() + wait;
        Acknowledgements acks = acknowledgements;
        boolean interrupted = false;
        if (acks != null) {
            try {
                if (acks.await(acks.ticket(), until)) {
                    return;
                }
            } catch (InterruptedException e) {
                interrupted = true; // the caller still waits out the lease, and learns of the interrupt afterwards
            }
        }
        for (long left = until - System.nanoTime(); left > 0; left = until - System.nanoTime()) {
            LockSupport.parkNanos(left);
            interrupted |= Thread.interrupted(); // a set flag would end every park at once
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** In a transaction that changes a standing (status, freeze, window, positions, restriction in force, funds held). */
    public void standingChanged() {
        long wait = nanos;
        if (wait <= 0 || transactions.getResource(KEY) != null) {
            return;
        }
        transactions.putResource(KEY, Boolean.TRUE);
        AfterCommit.run(transactions, () -> await(wait)); // the wait starts at the commit
    }
}
