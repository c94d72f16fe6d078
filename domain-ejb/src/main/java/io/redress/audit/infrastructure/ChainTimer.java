package io.redress.audit.infrastructure;

import io.redress.audit.application.AuditChainer;
import io.redress.audit.domain.QueueReads;
import io.redress.shared.application.DatabaseGate;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the chainer on this instance: {@value #DELAY_MILLIS} ms after each run ends, the next (a fixed delay, so
 * never two at once here), reading the queue past the last entry it found and from its head every {@value #HEAD_EVERY}
 * runs. Every instance runs one; the chain head's lock makes them take turns, so two instances
 * never fork the chain. An idle run reads the queue, finds nothing and commits nothing. A failing run is logged at most every
 * {@value #LOG_EVERY_SECONDS} s and retried at the next; entries that wait for longer than a minute show on
 * {@code /health/ready} (the audit chain's check) and in the chain's verification.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ChainTimer {

    /**
     * Short enough that a reader rarely has anything to link itself; long enough that a burst of commits (a bulk job
     * commits several hundred entries a second) is linked in a few full batches rather than one small batch per commit,
     * each of which reads the queue's head (20 ms gave some 45 reads a second during a bulk job, 1.7 ms each of
     * PostgreSQL's time once the queue's deleted entries piled up between vacuums).
     */
    static final long DELAY_MILLIS = 100;
    /**
     * Every tenth run (about once a second) reads the queue from its head; the others read past the last entry found
     * ({@link QueueReads}), not walking again past the entries removed since the last vacuum.
     */
    static final int HEAD_EVERY = 10;
    static final long LOG_EVERY_SECONDS = 10;
    private static final Logger LOG = Logger.getLogger(ChainTimer.class.getName());

    @Inject
    AuditChainer chainer;
    @Inject
    DatabaseGate gate;
    @Resource
    ManagedScheduledExecutorService scheduler;

    /** Used by the schedule's one run at a time (a fixed delay). */
    private final QueueReads reads = new QueueReads(HEAD_EVERY);
    private ScheduledFuture<?> runs;
    private volatile long lastLoggedAt;

    @PostConstruct
    void start() {
        runs = scheduler.scheduleWithFixedDelay(this::run, 1000, DELAY_MILLIS, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (runs != null) {
            runs.cancel(false);
        }
    }

    private void run() {
        if (!gate.state().open()) {
            return;
        }
        try {
            reads.found(chainer.catchUpAfter(reads.next()).highest());
        } catch (Throwable e) { // NOPMD: a run that throws would end the schedule, and with it the chain
            long now = System.nanoTime();
            if (lastLoggedAt == 0 || now - lastLoggedAt > TimeUnit.SECONDS.toNanos(LOG_EVERY_SECONDS)) {
                lastLoggedAt = now;
                LOG.log(Level.WARNING, "audit chainer failed; retrying every " + DELAY_MILLIS + " ms", e);
            }
        }
    }
}
