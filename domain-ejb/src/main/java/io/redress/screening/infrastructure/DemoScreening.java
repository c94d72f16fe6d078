package io.redress.screening.infrastructure;

import io.redress.screening.api.DepositReport;
import io.redress.screening.api.TransferReport;
import io.redress.screening.application.DepositScreener;
import io.redress.screening.application.FlaggedLists;
import io.redress.screening.application.TransferIntake;
import io.redress.screening.domain.FlaggedListReader;
import io.redress.shared.application.Setting;
import io.redress.shared.domain.Actor;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In demo mode, with no list imported yet: OFAC's real lists (two bad lines), a vendor's small CSV
 * list of a hacker's address, a few transfers, and three deposits screened: one straight from a sanctioned address
 * (FREEZE), one a quarter of whose funds came from the hacker a hop before (HOLD), one clean (PASS).
 */
@Singleton
@Startup
@DependsOn({"DemoApiKeys", "GraphLoader"})
public class DemoScreening {

    private static final Logger LOG = Logger.getLogger(DemoScreening.class.getName());
    static final String[] OFAC = {"ARB", "BCH", "BSC", "BSV", "BTG", "DASH", "ETC", "ETH", "LTC", "TRX", "USDC", "USDT", "XBT",
        "XMR", "XRP", "XVG", "ZEC"};
    static final String SANCTIONED = "0x01e2919679362dfbc9ee1644ba9c6da6d6245bb1";
    static final String HACKER = "0x3333333333333333333333333333333333333333";
    static final String MIDDLE = "0x1111111111111111111111111111111111111111";
    static final String CLEAN = "0x2222222222222222222222222222222222222222";

    @Inject
    FlaggedLists lists;
    @Inject
    TransferIntake transfers;
    @Inject
    DepositScreener screener;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = Setting.DEMO, defaultValue = "false")
    boolean demo;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void seed() {
        Actor system = Actor.system();
        if (!demo || !lists.imports(system, null, 1).isEmpty()) {
            return;
        }
        try {
            List<FlaggedListReader.ListFile> files = new ArrayList<>();
            for (String asset : OFAC) {
                String name = "sanctioned_addresses_" + asset + ".txt";
                try (InputStream in = DemoScreening.class.getResourceAsStream("/screening/ofac/" + name)) {
                    files.add(new FlaggedListReader.ListFile(name, null, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
            lists.importNow(system, "OFAC-SDN", FlaggedListReader.Format.OFAC_LINES, null, null, files);
            lists.importNow(system, "DEMO-VENDOR", FlaggedListReader.Format.CSV, null, null, List.of(new FlaggedListReader.ListFile(
                    "vendor-hacks.csv", null, "address,asset,category,severity,label\n" + HACKER + ",ETH,HACK,HIGH,Demo bridge exploit\n")));
            Instant at = clock.instant().minusSeconds(3600);
            transfers.receive(system, List.of(
                    new TransferReport("ETH", "0x" + "a1".repeat(32), 0, "ETH", HACKER, MIDDLE, new BigDecimal("10"), at),
                    new TransferReport("ETH", "0x" + "a2".repeat(32), 0, "ETH", CLEAN, MIDDLE, new BigDecimal("30"), at)));
            screener.screen(system, new DepositReport("ACC-001001", "ETH", "ETH", "0x" + "b1".repeat(32), SANCTIONED,
                    new BigDecimal("1.5"), false, null));
            screener.screen(system, new DepositReport("ACC-001038", "ETH", "ETH", "0x" + "b2".repeat(32), MIDDLE,
                    new BigDecimal("2"), false, null));
            screener.screen(system, new DepositReport("ACC-001075", "ETH", "ETH", "0x" + "b3".repeat(32), CLEAN,
                    new BigDecimal("3"), false, null));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Demo screening not seeded: " + e.getMessage(), e);
        }
    }
}
