package io.redress.it.support;

import io.redress.shared.application.DatabaseGate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/**
 * Test-only: holds the {@link DatabaseGate} closed, as a failed probe closes it, until the test opens it again. Held,
 * not failed: on PostgreSQL the real probe answers every 200 ms and would open a gate that was only failed.
 */
@Path("database-gate")
@ApplicationScoped
public class DatabaseGateFixtures {

    @Inject
    DatabaseGate gate;

    @POST
    @Path("close")
    public String close() {
        gate.hold("closed by the test (as the probe does when the database refuses it)");
        return "closed";
    }

    @POST
    @Path("open")
    public String open() {
        gate.release();
        return "open";
    }
}
