package io.redress.screening.infrastructure;

import io.redress.screening.application.Investigations;
import io.redress.shared.infrastructure.Tick;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * Every minute: alerts COMPLIANCE about investigations whose report deadline is near (5 days before it, or half-way
 * through a shorter period: see {@code DeadlineRules}), or past.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InvestigationTimer {

    private static final Logger LOG = Logger.getLogger(InvestigationTimer.class.getName());

    @Inject
    Investigations investigations;
    @Inject
    Clock clock;

    private final Tick tick = new Tick(LOG, "Investigation deadlines");

    @Schedule(second = "40", minute = "*", hour = "*", persistent = false)
    void tick() {
        tick.run(() -> {
            int raised = investigations.alertDeadlines(clock.instant());
            return raised > 0 ? raised + " deadline alerts" : null;
        });
    }
}
