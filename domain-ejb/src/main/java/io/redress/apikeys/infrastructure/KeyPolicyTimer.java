package io.redress.apikeys.infrastructure;

import io.redress.apikeys.application.ApiKeyRegistry;
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
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every minute, applies the key policy to the keys whose check is due ({@code policy_check_at}, indexed): each key in
 * its own transaction, read locked (ApiKeyRegistry.enforcePolicy), so a restart loses nothing and, with several
 * instances, a key two sweeps reach at once lapses once (the second waits for the first's commit, then finds the key no
 * longer due).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class KeyPolicyTimer {

    static final int PER_TICK = 5000;
    private static final Logger LOG = Logger.getLogger(KeyPolicyTimer.class.getName());

    @Inject
    ApiKeyRegistry registry;
    @Inject
    Clock clock;

    private final Tick tick = new Tick(LOG, "Key policy");

    @Schedule(second = "30", minute = "*", hour = "*", persistent = false)
    void tick() {
        tick.run(() -> {
            Instant now = clock.instant();
            int lapsed = 0;
            for (String keyId : registry.policyDue(now, PER_TICK)) {
                try {
                    lapsed += registry.enforcePolicy(keyId, now) ? 1 : 0;
                } catch (RuntimeException e) {
                    LOG.log(Level.FINE, "Key policy for " + keyId + " left to the next tick", e);
                }
            }
            return lapsed > 0 ? lapsed + " keys lapsed or expired" : null;
        });
    }
}
