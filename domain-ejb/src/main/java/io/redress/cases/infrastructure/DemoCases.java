package io.redress.cases.infrastructure;

import io.redress.cases.api.NewCase;
import io.redress.cases.application.CaseQueue;
import io.redress.cases.application.CaseService;
import io.redress.cases.domain.CaseView;
import io.redress.cases.domain.QueueFilter;
import io.redress.shared.application.Setting;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.RedressException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In demo mode, an empty case table gets a handful of cases in different states so every screen has something to
 * show (the public posts come after them, from {@code DemoPosts}).
 */
@Singleton
@Startup
@DependsOn("DemoAccounts")
public class DemoCases {

    private static final Logger LOG = Logger.getLogger(DemoCases.class.getName());

    @Inject
    CaseService cases;
    @Inject
    CaseQueue queue;

    @Inject
    @ConfigProperty(name = Setting.DEMO, defaultValue = "false")
    boolean demo;

    // each case in a transaction of its own: one transaction around them all would hold the audit chain's lock
    // (on a singleton's callback, only here counts)
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void seed() {
        Actor system = Actor.system();
        if (!demo || !queue.page(system, QueueFilter.none(), null, 1).rows().isEmpty()) {
            return;
        }
        try {
            open(system, "CHAT", "ACC-001001", "Satoshi", "en", "Withdrawal pending for two days",
                    "My BTC withdrawal has been pending since Monday, no explanation.", "FUNDS_HOLD", null, "P2");
            open(system, "EMAIL", "ACC-001038", "Marie Dupont", "fr", "Dépôt USDT non crédité",
                    "J'ai envoyé des USDT sur le réseau BEP20 au lieu de ERC20.", "USER_ERROR", "WRONG_NETWORK", "P3");
            open(system, "WEB_FORM", "ACC-001075", "Kenji Tanaka", "ja", "API キーが不正利用されました",
                    "外部のボットサービスから API キーが漏洩し、不正な取引がありました。", "ACCOUNT_SECURITY", "API_KEY_COMPROMISE", "P1");
            open(system, "REGULATOR", "ACC-001112", null, "en", "Complaint forwarded by the regulator",
                    "The customer complains that his account was restricted without notice.", "RESTRICTION", null, "P1");
            open(system, "EMAIL", null, "Anonymous", "en", "How do futures liquidations work?",
                    "I was liquidated and do not understand why.", "USER_ERROR", "PRODUCT_MISUNDERSTANDING", "P4");
            LOG.info("Demo mode: seeded 5 cases");
        } catch (RedressException e) {
            LOG.log(Level.WARNING, "Demo cases not seeded: " + e.getMessage(), e);
        }
    }

    private CaseView open(Actor system, String channel, String account, String name, String language, String subject,
                          String description, String category, String subcategory, String priority) {
        return cases.openAs(system, "SYSTEM", new NewCase(channel, account, name, null, language, subject, description, category,
                subcategory, priority, null, null)).view(java.time.Instant.now());
    }
}
