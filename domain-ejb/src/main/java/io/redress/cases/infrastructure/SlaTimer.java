package io.redress.cases.infrastructure;

import io.redress.cases.application.SlaSweep;
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
 * Every 15 seconds, the SLA sweep. Like the due-process timer it holds no state: when each case needs a look
 * is stored on the case, so a restart loses nothing and a missed tick is caught up by the next.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SlaTimer {

    @Inject
    SlaSweep sweep;
    @Inject
    Clock clock;

    private final Tick tick = new Tick(Logger.getLogger(SlaTimer.class.getName()), "SLA sweep");

    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
    void tick() {
        tick.run(() -> {
            SlaSweep.Report report = sweep.runDue(clock.instant());
            return report.warned() + report.escalated() + report.closed() > 0 ? report.toString() : null;
        });
    }
}
