package io.redress.restrictions.infrastructure;

import io.redress.restrictions.application.DueProcess;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every 15 seconds, does what has become due. The timer itself is not persistent: what is due lives in the
 * database, so a restart loses nothing, and a missed tick is caught up by the next.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DueProcessTimer {

    private static final Logger LOG = Logger.getLogger(DueProcessTimer.class.getName());

    @Inject
    DueProcess due;
    @Inject
    Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
    void tick() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            DueProcess.Report report = due.runDue(clock.instant());
            if (report.closed() + report.closeBlocked() + report.expired() + report.appealsOverdue() > 0) {
                LOG.info(() -> "Due process: " + report);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Due process run failed; the next tick retries", e);
        } finally {
            running.set(false);
        }
    }
}
