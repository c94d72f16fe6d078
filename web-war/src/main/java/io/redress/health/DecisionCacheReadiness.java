package io.redress.health;

import io.redress.restrictions.application.DecisionService;
import io.redress.restrictions.domain.AccountStandings.CacheState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The decision cache's state, for operators: {@code current}, {@code waiting} (its feed has not confirmed it within
 * the lease: decisions read the database) or {@code off} (H2, or switched off). Always UP: without the cache,
 * decisions are still right, only slower.
 */
@Readiness
@ApplicationScoped
public class DecisionCacheReadiness implements HealthCheck {

    @Inject
    DecisionService decisions;

    @Override
    public HealthCheckResponse call() {
        CacheState s = decisions.cacheState();
        return HealthCheckResponse.named("redress-decision-cache").up().withData("state", s.state())
                .withData("entries", s.entries()).build();
    }
}
