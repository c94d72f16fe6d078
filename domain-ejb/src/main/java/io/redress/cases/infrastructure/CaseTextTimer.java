package io.redress.cases.infrastructure;

import io.redress.cases.application.CaseTextIndex;
import io.redress.shared.application.DatabaseGate;
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
import java.util.logging.Logger;

/**
 * Every second, the search text of the cases opened in bulk since ({@link CaseTextIndex}), batch after batch until the
 * queue is empty or {@value #BATCHES_PER_RUN} batches are written (the next tick goes on). Holds no state: the queue
 * is a table, so a restart loses nothing, and every instance runs one.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CaseTextTimer {

    static final int BATCHES_PER_RUN = 20;

    @Inject
    CaseTextIndex index;
    @Inject
    DatabaseGate gate;

    private final Tick tick = new Tick(Logger.getLogger(CaseTextTimer.class.getName()), "case search text");

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    void tick() {
        if (!gate.state().open() || !index.deferred()) {
            return;
        }
        tick.run(() -> {
            for (int i = 0; i < BATCHES_PER_RUN; i++) {
                if (index.indexQueued(CaseTextIndex.BATCH) < CaseTextIndex.BATCH) {
                    break;
                }
            }
            return null; // nothing logged: a bulk job queues hundreds of batches
        });
    }
}
