package io.redress.health;

import io.redress.shared.application.DatabaseGate;
import io.redress.shared.application.SystemStatus;
import io.redress.shared.application.SystemStatus.Readiness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * Ready when the database answers and the schema migrations are applied. While the {@link DatabaseGate} knows the
 * database to be away, DOWN at once with the reason and since when, without waiting for a connection.
 */
@org.eclipse.microprofile.health.Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    SystemStatus status;
    @Inject
    DatabaseGate gate;

    @Override
    public HealthCheckResponse call() {
        DatabaseGate.State g = gate.state();
        if (!g.open()) {
            return HealthCheckResponse.named("redress-database").down()
                    .withData("problem", "database unreachable: " + g.reason())
                    .withData("since", String.valueOf(g.since())).build();
        }
        Readiness r = status.readiness();
        HealthCheckResponseBuilder b = HealthCheckResponse.named("redress-database").status(r.ready());
        if (r.database() != null) {
            b.withData("database", r.database());
        }
        if (r.schemaVersion() != null) {
            b.withData("schemaVersion", r.schemaVersion());
        }
        if (r.problem() != null) {
            b.withData("problem", r.problem());
        }
        return b.build();
    }
}
