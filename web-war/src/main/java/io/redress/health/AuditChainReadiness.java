package io.redress.health;

import io.redress.audit.application.AuditChainer;
import io.redress.audit.domain.ChainBacklog;
import io.redress.shared.application.DatabaseGate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The audit chain's backlog, for operators: how many committed entries wait for the chainer and since when. Always
 * UP (requests are served and audited whether or not the chainer keeps up; taking the instance out of the balancer
 * would not help, every instance shares the one chain), but {@code stalled} is true when an entry has waited for
 * over a minute: the chainer is failing, and cursors in commit order (the outbox's, the export's) stop advancing.
 */
@Readiness
@ApplicationScoped
public class AuditChainReadiness implements HealthCheck {

    @Inject
    AuditChainer chainer;
    @Inject
    DatabaseGate gate;

    @Override
    public HealthCheckResponse call() {
        if (!gate.state().open()) {
            // the database's own check says why; asking it here would only wait for a connection
            return HealthCheckResponse.named("redress-audit-chain").up().withData("pending", "unknown").build();
        }
        try {
            ChainBacklog b = chainer.backlog();
            return HealthCheckResponse.named("redress-audit-chain").up().withData("pending", b.pending())
                    .withData("oldestPendingAt", String.valueOf(b.oldestAt()))
                    .withData("stalled", b.stalled(Instant.now())).build();
        } catch (RuntimeException e) {
            // the database's own check reports an unreachable database; this one has nothing to add
            return HealthCheckResponse.named("redress-audit-chain").up().withData("pending", "unknown").build();
        }
    }
}
