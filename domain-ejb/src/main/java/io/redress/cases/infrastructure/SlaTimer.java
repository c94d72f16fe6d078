package io.redress.cases.infrastructure;

import io.redress.cases.application.SlaSweep;
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
 * Every 15 seconds, the SLA sweep. Like the due-process timer it holds no state: when each case needs a look
 * is stored on the case, so a restart loses nothing and a missed tick is caught up by the next.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SlaTimer {

    private static final Logger LOG = Logger.getLogger(SlaTimer.class.getName());

    @Inject
    SlaSweep sweep;
    @Inject
    Clock clock;

    private final AtomicBoolean running = new AtomicBoolean();

    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
    void tick() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            SlaSweep.Report report = sweep.runDue(clock.instant());
            if (report.warned() + report.escalated() + report.closed() > 0) {
                LOG.info(() -> "SLA sweep: " + report);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "SLA sweep failed; the next tick retries", e);
        } finally {
            running.set(false);
        }
    }
}
