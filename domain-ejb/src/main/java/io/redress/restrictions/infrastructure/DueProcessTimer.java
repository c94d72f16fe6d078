package io.redress.restrictions.infrastructure;

import io.redress.restrictions.application.DueProcess;
import io.redress.shared.infrastructure.Tick;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
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

    @Inject
    DueProcess due;
    @Inject
    Clock clock;

    private final Tick tick = new Tick(Logger.getLogger(DueProcessTimer.class.getName()), "Due process");

    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
    void tick() {
        tick.run(() -> {
            DueProcess.Report report = due.runDue(clock.instant());
            return report.closed() + report.closeBlocked() + report.expired() + report.appealsOverdue() > 0 ? report.toString() : null;
        });
    }
}
