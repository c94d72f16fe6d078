package io.redress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.accounts.application.AccountService;
import io.redress.accounts.domain.AccountProfile;
import io.redress.accounts.domain.KycLevel;
import io.redress.it.support.RedressDeployment;
import io.redress.messaging.api.CustomerMessageRequested;
import io.redress.messaging.api.CustomerMessageView;
import io.redress.messaging.application.CustomerOutbox;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.Role;
import io.redress.shared.domain.RuleViolation;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The one outbox, as any context requests a message: through the check point whoever asks, and queued at a delivery
 * position that follows commit order, so a reader following the cursor cannot pass over a late commit.
 */
@ExtendWith(ArquillianExtension.class)
class CustomerOutboxIT {

    private static final String SOURCE = "it-outbox";

    @Deployment
    static EnterpriseArchive deployment() {
        return RedressDeployment.ear();
    }

    @EJB
    CustomerOutbox outbox;
    @EJB
    AccountService accounts;
    @Inject
    Event<CustomerMessageRequested> requests;
    @Resource
    UserTransaction transaction;
    @Resource
    ManagedExecutorService executor;

    private final Actor exchange = new Actor("it-exchange", EnumSet.of(Role.INTEGRATION), "10.0.0.1");
    private final Actor compliance = new Actor("it-compliance-" + UUID.randomUUID(), EnumSet.of(Role.COMPLIANCE), "10.0.0.3");

    private String account() {
        String id = "MSG-" + UUID.randomUUID().toString().substring(0, 10);
        accounts.mirror(exchange, id, new AccountProfile("msg" + id.substring(4, 10), KycLevel.VERIFIED, "NL",
                LocalDate.of(2021, 1, 1), 0, List.of(), 0), null);
        return id;
    }

    private CustomerMessageRequested message(String key, String account, String body) {
        return new CustomerMessageRequested(key, SOURCE, "IT_NOTICE", account, "it:" + key, "ACCOUNT_INBOX", null, "en",
                "About your account", body, null, null, Actor.system(), "SYSTEM");
    }

    @Test
    void theCheckPointStopsAForbiddenTermWhicheverContextAsksAndNothingIsQueued() {
        String account = account();
        accounts.markConfidential(compliance, account, true, "Screening hit under review, no tipping off");
        RuntimeException refused = null;
        try {
            requests.fire(message(UUID.randomUUID().toString(), account, "Your funds are held under a sanctions review."));
        } catch (RuntimeException e) {
            refused = e;
        }
        Throwable cause = refused;
        while (cause != null && !(cause instanceof RuleViolation)) {
            cause = cause.getCause();
        }
        assertTrue(cause instanceof RuleViolation, "refused with a rule: " + refused);
        assertEquals("forbidden-term", ((RuleViolation) cause).rule());
        assertTrue(outbox.forAccount(SOURCE, account, 10).isEmpty(), "nothing queued");

        requests.fire(message(UUID.randomUUID().toString(), account, "Your withdrawal is under a routine review."));
        assertEquals(1, outbox.forAccount(SOURCE, account, 10).size());
    }

    @Test
    void aRepeatedRequestKeyQueuesOnce() {
        String account = account();
        String key = UUID.randomUUID().toString();
        requests.fire(message(key, account, "Once."));
        requests.fire(message(key, account, "Once."));
        assertEquals(1, outbox.forAccount(SOURCE, account, 10).size());
    }

    @Test
    void aMessageCommittingLaterCannotTakeAPositionBeforeOneAlreadyQueued() throws Exception {
        String account = account();
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        CountDownLatch queued = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> slow = executor.submit(() -> {
            transaction.begin();
            requests.fire(message(first, account, "First, committed late."));
            queued.countDown();
            release.await(30, TimeUnit.SECONDS);
            transaction.commit();
            return null;
        });
        assertTrue(queued.await(30, TimeUnit.SECONDS));
        assertTrue(outbox.forAccount(SOURCE, account, 10).isEmpty(), "queued, not committed: a reader sees nothing yet");
        Future<?> fast = executor.submit(() -> {
            requests.fire(message(second, account, "Second, committed at once."));
            return null;
        });
        boolean waited;
        try {
            fast.get(400, TimeUnit.MILLISECONDS); // short: H2 gives up on a lock after one second
            waited = false;
        } catch (TimeoutException e) {
            waited = true;
        }
        assertTrue(waited, "the second message waits for the first one's commit before it takes a position");
        release.countDown();
        slow.get(30, TimeUnit.SECONDS);
        fast.get(30, TimeUnit.SECONDS);

        List<CustomerMessageView> both = outbox.forAccount(SOURCE, account, 10);
        assertEquals(2, both.size());
        long firstPosition = both.stream().filter(m -> m.reference().equals("it:" + first)).findFirst().orElseThrow().position();
        long secondPosition = both.stream().filter(m -> m.reference().equals("it:" + second)).findFirst().orElseThrow().position();
        assertTrue(firstPosition < secondPosition, firstPosition + " then " + secondPosition);
        assertFalse(outbox.after(exchange, firstPosition - 1, 500).messages().isEmpty());
    }
}
