package io.redress.publicposts.infrastructure;

import io.redress.publicposts.application.PostIntake;
import io.redress.publicposts.domain.NewPost;
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
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In demo mode, an empty post table gets five public posts (one customer's, one user error, and a small campaign of
 * near-duplicates), after the demo cases so that the customer's post finds its open case.
 */
@Singleton
@Startup
@DependsOn("DemoCases")
public class DemoPosts {

    private static final Logger LOG = Logger.getLogger(DemoPosts.class.getName());

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    PostIntake posts;

    @Inject
    @ConfigProperty(name = Setting.DEMO, defaultValue = "false")
    boolean demo;

    // each post in a transaction of its own: intake retries in fresh transactions, and one transaction around them all
    // would hold the audit chain's lock that those need (on a singleton's callback, only here counts)
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void seed() {
        Actor system = Actor.system();
        if (!demo || em.createQuery("SELECT COUNT(p) FROM PublicPost p", Long.class).getSingleResult() > 0) {
            return;
        }
        try {
            String now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).minusMinutes(20).toString();
            posts.receive(system, new NewPost("x", "https://x.com/satoshi_fan/status/1001", "@satoshi_fan",
                    "Two days and my withdrawal is still pending. @exchange support, where is my BTC?", 2400L, now));
            posts.receive(system, new NewPost("reddit", "https://reddit.com/r/crypto/comments/demo1", "lost_newbie",
                    "Sent my USDT on the wrong network (BEP20 instead of ERC20). Is it gone forever?", 310L, now));
            String fud = "This exchange is insolvent and freezing everyone's withdrawals, get your coins out NOW before it collapses";
            for (int i = 1; i <= 3; i++) {
                posts.receive(system, new NewPost("x", "https://x.com/alarm_" + i + "/status/" + (2000 + i), "alarm_" + i,
                        (i == 2 ? "RT " : "") + fud + (i == 3 ? " #crypto" : ""), 150L * i, now));
            }
            LOG.info("Demo mode: seeded 5 public posts");
        } catch (RedressException e) {
            LOG.log(Level.WARNING, "Demo posts not seeded: " + e.getMessage(), e);
        }
    }
}
