package io.redress.it.support;

import io.redress.shared.application.DatabaseGate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/**
 * Test-only: closes the {@link DatabaseGate} as its probe does when the database stops answering, and opens it again
 * as the probe's next answer does. On H2 no probe watches the gate: reopening then stops watching it again.
 */
@Path("database-gate")
@ApplicationScoped
public class DatabaseGateFixtures {

    @Inject
    DatabaseGate gate;

    private volatile boolean watchedBefore;

    @POST
    @Path("close")
    public String close() {
        watchedBefore = gate.watched();
        if (!watchedBefore) {
            gate.watch();
        }
        gate.failed("closed by the test (as the probe does when the database refuses it)");
        return "closed";
    }

    @POST
    @Path("open")
    public String open() {
        gate.answered(System.nanoTime());
        if (!watchedBefore) {
            gate.unwatch();
        }
        return "open";
    }
}
