package io.redress.accounts.infrastructure;

import io.redress.accounts.application.AccountService;
import io.redress.accounts.domain.AccountProfile;
import io.redress.accounts.domain.KycLevel;
import io.redress.shared.application.Setting;
import io.redress.shared.domain.Actor;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** In demo mode, an empty database gets a few dozen customer accounts to look at. */
@Singleton
@Startup
@DependsOn("StaffBootstrap")
public class DemoAccounts {

    private static final Logger LOG = Logger.getLogger(DemoAccounts.class.getName());
    private static final String[] NAMES = {"satoshi_fan", "moonwalker", "hodl_queen", "degen.trader", "alpha-whale",
            "leverage_larry", "quiet_accumulator", "nftnomad", "gridbot_gary", "stablesam", "yieldfarmer",
            "chartist_chen", "marie.dupont", "kenji_tanaka", "arbitrage_ana", "scalper_sid", "longterm_lea",
            "basis_bob", "funding_fiona", "delta_neutral", "perp_pete", "options_olga", "vol_victor", "dca_dana",
            "swing_sven", "liquidity_lin", "market_maker_max", "bot_user_01", "bot_user_02", "bot_user_03"};
    private static final String[] COUNTRIES = {"FR", "DE", "JP", "GB", "ES", "IT", "NL", "SG", "CH", "BR"};

    @Inject
    AccountService accounts;

    @Inject
    @ConfigProperty(name = Setting.DEMO, defaultValue = "false")
    boolean demo;

    @PostConstruct
    void seed() {
        Actor system = Actor.system();
        if (!demo || !accounts.search(system, "", 0, 1).items().isEmpty()) {
            return;
        }
        for (int i = 0; i < NAMES.length; i++) {
            KycLevel kyc = KycLevel.values()[1 + i % 3];
            List<String> social = i % 3 == 0 ? List.of("@" + NAMES[i].replace('.', '_')) : List.of();
            accounts.mirror(system, String.format("ACC-%06d", 1001 + i * 37),
                    new AccountProfile(NAMES[i], kyc, COUNTRIES[i % COUNTRIES.length],
                            LocalDate.of(2017 + i % 8, 1 + i % 12, 1 + i % 27), i % 5, social, i % 4 == 0 ? 2 + i % 3 : 0),
                    null);
        }
        LOG.info(() -> "Demo mode: seeded " + NAMES.length + " customer accounts");
    }

}
