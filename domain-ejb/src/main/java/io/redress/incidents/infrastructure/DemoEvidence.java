package io.redress.incidents.infrastructure;

import io.redress.incidents.application.EvidenceService;
import io.redress.incidents.domain.EvidenceRequest;
import io.redress.incidents.domain.EvidenceReportView;
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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In demo mode, a leak-attribution report for the demo accounts whose claims quote one (the bot-service leak's
 * victims), issued by SECURITY over the last two days, so a newcomer finds one on the account, the case and the claim.
 * DemoClaims quotes each account's latest report.
 */
@Singleton
@Startup
@DependsOn("DemoIncidents")
public class DemoEvidence {

    /**
     * Two of the accounts DemoClaims files claims for; not ACC-001186, whose claim is denied as the customer's own
     * doing (the demo keys do not tell that story: its report would say leak likely).
     */
    static final List<String> ACCOUNTS = List.of("ACC-001149", "ACC-001075");
    private static final Logger LOG = Logger.getLogger(DemoEvidence.class.getName());

    @Inject
    EvidenceService evidence;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = Setting.DEMO, defaultValue = "false")
    boolean demo;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void seed() {
        Actor security = new Actor("security", EnumSet.of(Role.SECURITY), "redress");
        if (!demo || !evidence.forAccount(security, ACCOUNTS.get(0)).isEmpty()) {
            return;
        }
        Instant to = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        for (String account : ACCOUNTS) {
            try {
                EvidenceReportView r = evidence.issue(security, new EvidenceRequest(account, null, to.minus(Duration.ofDays(2)), to));
                LOG.info("Demo mode: leak-attribution report " + r.reference() + " for " + account + ": " + r.score().conclusion());
            } catch (RuntimeException e) {
                // a demo account without keys has no report: its claim quotes none
                LOG.log(Level.INFO, "Demo evidence for " + account + " not issued: " + e.getMessage());
            }
        }
    }
}
