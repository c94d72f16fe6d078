package io.redress.shared.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.locks.LockSupport;

/**
 * Lets a transaction that changed an account's standing answer its caller only a while after its commit: the
 * writer's half of the decision cache's lease (restrictions' StandingCache). Off until a cache feed turns it on;
 * then the cache's lease and 5 ms (55 ms by default), once per transaction that changed a standing.
 */
@ApplicationScoped
public class CommitWait {

    private static final String KEY = CommitWait.class.getName();

    @Resource
    TransactionSynchronizationRegistry transactions;

    private volatile long nanos;

    /** From now on, every standing change waits this long after its commit. */
    public void turnOn(long waitNanos) {
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
     * Waits the lease now, before the caller's transaction commits: whatever committed before this call is in no
     * decision cache as it was once it returns. For a writer of many transactions that answers nobody after each
     * (a bulk job's chunks), once before what says it is done commits, instead of a wait after every one.
     */
    public void settle() {
        long wait = nanos;
        if (wait > 0) {
            park(wait);
        }
    }

    private static void park(long wait) {
        long until = System.nanoTime() + wait;
        for (long left = wait; left > 0; left = until - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }

    /** In a transaction that changes a standing (status, freeze, window, positions, restriction in force, funds held). */
    public void standingChanged() {
        long wait = nanos;
        if (wait <= 0 || transactions.getResource(KEY) != null) {
            return;
        }
        transactions.putResource(KEY, Boolean.TRUE);
        AfterCommit.run(transactions, () -> park(wait)); // the wait starts at the commit
    }
}
