package io.redress.apikeys.infrastructure;

import io.redress.shared.application.Setting;
import io.redress.apikeys.api.KeyPermission;
import io.redress.apikeys.api.KeyUpsert;
import io.redress.apikeys.api.TradeReport;
import io.redress.apikeys.application.ApiKeyRegistry;
import io.redress.apikeys.application.IntegrationCatalogue;
import io.redress.apikeys.application.TradeIntake;
import io.redress.shared.domain.Actor;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In demo mode, an empty registry gets three integrations and a few dozen keys on the demo accounts; the keys given
 * to "tradebot-pro" then buy a near-zero-volume token far above its reference price from several accounts within
 * minutes: the pump pattern and the leak signature, with their alerts and account-security cases.
 */
@Singleton
@Startup
@DependsOn("DemoCases")
public class DemoApiKeys {

    private static final Logger LOG = Logger.getLogger(DemoApiKeys.class.getName());
    /** Keys given to the breached bot service beyond the first few dozen: the demo incident's blast radius. */
    static final int EXTRA_BOT_KEYS = 270;
    /** The attackers' account that sold the pumped token to the victims' keys (the other side of their trades). */
    private static final String PUMPER = "ACC-009901";
    private static final String[][] INTEGRATIONS = {{"tradebot-pro", "TradeBot Pro"}, {"folio-tracker", "Folio Tracker"},
            {"gridmaster", "GridMaster"}};

    @Inject
    IntegrationCatalogue integrations;
    @Inject
    ApiKeyRegistry registry;
    @Inject
    TradeIntake trades;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = Setting.DEMO, defaultValue = "false")
    boolean demo;

    // each registration and the batch in a transaction of their own, as the exchange's calls would be
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void seed() {
        Actor system = Actor.system();
        if (!demo || !integrations.list(system).isEmpty()) {
            return;
        }
        try {
            seedAs(system);
        } catch (RuntimeException e) {
            // a demo that cannot seed its keys still starts: the rest of the story is there
            LOG.log(Level.WARNING, "Demo API keys not seeded: " + e.getMessage(), e);
        }
    }

    private void seedAs(Actor system) {
        for (String[] i : INTEGRATIONS) {
            integrations.create(system, i[0], i[1]);
        }
        Instant now = clock.instant();
        List<String> botKeys = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String account = String.format("ACC-%06d", 1001 + i * 37);
            String integration = i % 5 == 4 ? null : INTEGRATIONS[i % 3][0];
            boolean allowlist = i % 4 == 1;
            Set<KeyPermission> perms = i % 3 == 1 ? EnumSet.of(KeyPermission.READ)
                    : i % 7 == 0 ? EnumSet.of(KeyPermission.READ, KeyPermission.SPOT_TRADE, KeyPermission.WITHDRAW)
                    : EnumSet.of(KeyPermission.READ, KeyPermission.SPOT_TRADE);
            Instant created = now.minus(Duration.ofDays(5 + (i * 11) % 50));
            String keyId = "demo-key-" + (100 + i);
            registry.upsert(system, keyId, new KeyUpsert(account, "bot " + (i + 1), perms,
                    allowlist ? List.of("203.0.113." + (10 + i), "2001:db8:" + Integer.toHexString(i + 1) + "::/48") : List.of(),
                    integration, null, created, "198.51.100." + (i + 1), now.minus(Duration.ofDays(i % 9)), null));
            if ("tradebot-pro".equals(integration) && !allowlist) {
                botKeys.add(keyId + " " + account);
            }
            if (i % 6 == 0) {
                registry.upsert(system, "demo-read-" + (100 + i), new KeyUpsert(account, "portfolio", EnumSet.of(KeyPermission.READ),
                        List.of(), i % 2 == 0 ? "folio-tracker" : null, null, now.minus(Duration.ofDays(3)), "198.51.100." + (i + 1),
                        null, null));
            }
        }
        List<TradeReport> events = new ArrayList<>();
        // the breached bot service's wider user base: a few hundred more keys, some buying the pumped token
        for (int j = 0; j < EXTRA_BOT_KEYS; j++) {
            String account = String.format("ACC-%06d", 1001 + (j % 30) * 37);
            boolean allowlist = j % 4 == 0;
            Set<KeyPermission> perms = allowlist && j % 3 == 0
                    ? EnumSet.of(KeyPermission.READ, KeyPermission.SPOT_TRADE, KeyPermission.WITHDRAW)
                    : EnumSet.of(KeyPermission.READ, KeyPermission.SPOT_TRADE);
            String keyId = "demo-tbp-" + (1000 + j);
            registry.upsert(system, keyId, new KeyUpsert(account, "TradeBot Pro " + (j + 1), perms,
                    allowlist ? List.of("198.18." + (j % 200) + ".0/24") : List.of(), "tradebot-pro", null,
                    now.minus(Duration.ofDays(3 + j % 27)), "198.51.100." + (1 + j % 250), now.minus(Duration.ofHours(j % 48)), null));
            if (j % 9 == 1) {
                events.add(new TradeReport(keyId, account, "PUMPUSDT", "BUY", new BigDecimal(5000 + j * 10), new BigDecimal("0.45"),
                        new BigDecimal("0.012"), new BigDecimal("1800"), "45.137.21." + (100 + j % 100),
                        now.minus(Duration.ofMinutes(30 + j % 600)), PUMPER));
            }
        }
        int n = 0;
        for (String key : botKeys) {
            String[] k = key.split(" ");
            Instant at = now.minus(Duration.ofMinutes(40 - n * 3));
            events.add(new TradeReport(k[0], k[1], "BTCUSDT", "BUY", new BigDecimal("0.01"), new BigDecimal("97000"),
                    new BigDecimal("96990"), new BigDecimal("1250000000"), "198.51.100." + (n + 1), at.minus(Duration.ofHours(2))));
            events.add(new TradeReport(k[0], k[1], "PUMPUSDT", "BUY", new BigDecimal("25000"), new BigDecimal("0.48"),
                    new BigDecimal("0.012"), new BigDecimal("1800"), "45.137.21." + (9 + n), at, PUMPER));
            n++;
        }
        int anomalies = events.isEmpty() ? 0 : trades.receive(system, events).anomalies().size();
        LOG.info(() -> "Demo mode: seeded " + INTEGRATIONS.length + " integrations, API keys and " + anomalies + " anomalies");
    }
}
