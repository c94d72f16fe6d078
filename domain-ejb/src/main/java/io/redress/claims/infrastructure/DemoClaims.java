package io.redress.claims.infrastructure;

import io.redress.shared.application.Setting;
import io.redress.claims.application.ClaimService;
import io.redress.claims.domain.ClaimOutcome;
import io.redress.claims.domain.ClaimView;
import io.redress.claims.domain.DecisionRequest;
import io.redress.claims.domain.Liability;
import io.redress.claims.domain.NewClaim;
import io.redress.incidents.api.EvidenceReports;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.RedressException;
import io.redress.shared.domain.Role;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In demo mode, claims from one bot-service leak: one paid in full and one denied (so the third's page shows the
 * incident's precedents), and one waiting for its assessment. The steps are taken by two named demo roles, since
 * the four-eyes rule tells people apart by name.
 */
@Singleton
@Startup
// DemoEvidence comes after DemoIncidents, DemoApiKeys and DemoCases: naming DemoCases again makes Payara see a cycle
@DependsOn("DemoEvidence")
public class DemoClaims {

    private static final Logger LOG = Logger.getLogger(DemoClaims.class.getName());
    static final String INCIDENT = "INC-DEMO-BOTLEAK";

    @Inject
    ClaimService claims;
    @Inject
    EvidenceReports evidence;

    @Inject
    @ConfigProperty(name = Setting.DEMO, defaultValue = "false")
    boolean demo;

    // each step in a transaction of its own, as the demo cases are
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void seed() {
        Actor system = Actor.system();
        if (!demo || !claims.list(system, null, null, null, null, 1).isEmpty()) {
            return;
        }
        Actor assessor = new Actor("demo-assessor", EnumSet.of(Role.AGENT), "redress");
        Actor approver = new Actor("demo-approver", EnumSet.of(Role.SUPERVISOR), "redress");
        try {
            ClaimView full = file(system, "ACC-001149", "USDT", "2500", "en",
                    "Trades I never placed bought an illiquid token at ten times its price with my API key.");
            decide(assessor, approver, full, Liability.THIRD_PARTY, ClaimOutcome.FULL, null,
                    "The key was linked to the breached bot service and the trades match the incident's pattern; the"
                            + " customer had no part in them.");
            ClaimView denied = file(system, "ACC-001186", "BTC", "0.05", "en",
                    "My BTC balance dropped after buys I do not recognise.");
            decide(assessor, approver, denied, Liability.CUSTOMER, ClaimOutcome.DENY, null,
                    "The trades came from the customer's own usual address and device, before the incident began.");
            file(system, "ACC-001075", "USDT", "12500.5", "ja",
                    "外部のボットサービスから API キーが漏洩し、流動性の低いトークンを高値で買わされました。");
            LOG.info("Demo mode: seeded 3 loss claims of incident " + INCIDENT);
        } catch (RedressException e) {
            LOG.log(Level.WARNING, "Demo claims not seeded: " + e.getMessage(), e);
        }
    }

    private ClaimView file(Actor actor, String account, String asset, String amount, String language, String what) {
        return claims.file(actor, new NewClaim(account, asset, amount, what, null, null, language, INCIDENT,
                evidence.latestFor(account).map(EvidenceReports.EvidenceSummary::reference).orElse(null)), null).claim();
    }

    private void decide(Actor assessor, Actor approver, ClaimView c, Liability liability, ClaimOutcome outcome,
                        String amount, String reasons) {
        ClaimView assessed = claims.assess(assessor, c.id(), liability, reasons, c.version());
        ClaimView decided = claims.decide(assessor, c.id(), new DecisionRequest(outcome, amount, reasons, null),
                assessed.version());
        claims.approve(approver, c.id(), decided.version(), null);
    }
}
