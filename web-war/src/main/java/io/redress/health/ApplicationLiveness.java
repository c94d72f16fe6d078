package io.redress.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive while the JVM has memory to spare; a database outage is a readiness matter, not a liveness one. */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        boolean ok = used < rt.maxMemory() * 0.98;
        return HealthCheckResponse.named("redress-live").status(ok)
                .withData("heapUsedMb", used / (1024 * 1024)).withData("heapMaxMb", rt.maxMemory() / (1024 * 1024)).build();
    }
}
