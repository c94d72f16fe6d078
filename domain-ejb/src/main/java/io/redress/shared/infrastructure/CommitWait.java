package io.redress.shared.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.locks.LockSupport;

/**
 * Lets a transaction that changed an account's standing answer its caller only a while after its commit: the
 * writer's half of the decision cache's lease (restrictions' StandingCache). Off until a cache feed turns it on;
 * then about 55 ms, once per transaction that changed a standing.
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

    /** In a transaction that changes a standing (status, freeze, window, positions, restriction in force, funds held). */
    public void standingChanged() {
        long wait = nanos;
        if (wait <= 0 || transactions.getResource(KEY) != null) {
            return;
        }
        transactions.putResource(KEY, Boolean.TRUE);
        AfterCommit.run(transactions, () -> { // the wait starts at the commit
            long until = System.nanoTime() + wait;
            for (long left = wait; left > 0; left = until - System.nanoTime()) {
                LockSupport.parkNanos(left);
            }
        });
    }
}
