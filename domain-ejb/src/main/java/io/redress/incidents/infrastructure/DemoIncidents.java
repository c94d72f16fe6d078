package io.redress.incidents.infrastructure;

import io.redress.incidents.application.IncidentService;
import io.redress.incidents.domain.ActionRequest;
import io.redress.incidents.domain.IncidentView;
import io.redress.incidents.domain.NewIncident;
import io.redress.shared.application.Setting;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.Role;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In demo mode, the bot-service leak the demo claims quote ({@code INC-DEMO-BOTLEAK}) is declared against
 * "tradebot-pro", and SECURITY's bulk action (revoke every key, notify every customer, one case per account) waits
 * for a second person: sign in as {@code supervisor}, approve it and watch its job run.
 */
@Singleton
@Startup
@DependsOn({"DemoApiKeys", "JobLauncher"})
public class DemoIncidents {

    static final String INCIDENT = "INC-DEMO-BOTLEAK";
    private static final Logger LOG = Logger.getLogger(DemoIncidents.class.getName());

    @Inject
    IncidentService incidents;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = Setting.DEMO, defaultValue = "false")
    boolean demo;

    // each step in a transaction of its own, as a person's would be
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void seed() {
        Actor system = Actor.system();
        if (!demo || !incidents.list(system).isEmpty()) {
            return;
        }
        Actor security = new Actor("security", EnumSet.of(Role.SECURITY), "redress");
        try {
            IncidentView i = incidents.declareWithReference(security, INCIDENT, new NewIncident("tradebot-pro", "CRITICAL",
                    clock.instant().minus(Duration.ofDays(2)), "TradeBot Pro's key store leaked: the leaker claims about"
                    + " 100,000 keys. Keys of our customers buy PUMPUSDT far above its reference price within minutes."));
            incidents.requestAction(security, i.reference(), new ActionRequest(null, false, true, true,
                    "Every key given to TradeBot Pro may be in the attackers' hands: revoke all, tell every customer,"
                            + " one case per account."), null);
            LOG.info("Demo mode: incident " + INCIDENT + " declared; its bulk action waits for a second approver");
        } catch (RuntimeException e) {
            // a demo that cannot seed its incident still starts: the rest of the story is there
            LOG.log(Level.WARNING, "Demo incident not seeded: " + e.getMessage(), e);
        }
    }
}
