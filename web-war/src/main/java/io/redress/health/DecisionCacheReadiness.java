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
 * decisions are still right, only slower. Its counters since the start say how decisions were answered: from the
 * cache, from the database for an account it did not hold, or from the database because the lease had lapsed
 * ({@code lapses} times, the longest gap between two confirmations {@code worstGapMicros}); {@code lapseWaits}: reads
 * that found the lease lapsed and were answered from the cache once the feed's late confirmation came; {@code keyReads}:
 * API keys decisions read from the registry, for whatever reason the cache did not answer them; {@code keysRefreshed}:
 * keys held when their change was announced, read again by the feed's refresher; {@code leaseMillis}: how
 * long a confirmation lets it answer ({@code redress.decisions.cache.lease-ms}); {@code writesAcknowledged}: changes
 * whose writers answered once every instance's cache had acknowledged them; {@code writesWaitedOut}: changes whose
 * writers waited the whole lease after their commit (a cache's confirmations came late, or an instance fell silent).
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
                .withData("entries", s.entries()).withData("keys", s.keys()).withData("answered", s.answered()).withData("notHeld", s.notHeld())
                .withData("lapsedReads", s.lapsedReads()).withData("lapses", s.lapses())
                .withData("worstGapMicros", s.worstGapMicros()).withData("lapseWaits", s.lapseWaits())
                .withData("keyReads", s.keyReads()).withData("keysRefreshed", s.keysRefreshed())
                .withData("leaseMillis", s.leaseMillis()).withData("writesAcknowledged", s.writesAcknowledged())
                .withData("writesWaitedOut", s.writesWaitedOut()).build();
    }
}
