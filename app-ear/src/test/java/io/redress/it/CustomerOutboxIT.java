package io.redress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.accounts.application.AccountService;
import io.redress.accounts.domain.AccountProfile;
import io.redress.accounts.domain.KycLevel;
import io.redress.audit.application.AuditChainer;
import io.redress.it.support.RedressDeployment;
import io.redress.messaging.api.CustomerMessageRequested;
import io.redress.messaging.api.CustomerMessageView;
import io.redress.messaging.api.MessageBatch;
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
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The one outbox, as any context requests a message: through the check point whoever asks, and queued at a delivery
 * position that follows commit order (the audit chainer's, given after commit), so a reader following the cursor
 * cannot pass over a late commit, and no writer waits for another's commit.
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
    AuditChainer chainer;
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
    void aMessageCommittedLateIsNeverPassedOverByTheCursor() throws Exception {
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
        try {
            assertTrue(queued.await(30, TimeUnit.SECONDS));
            // no lock is held across the first one's commit wait: the second commits at once
            executor.submit(() -> {
                requests.fire(message(second, account, "Second, committed at once."));
                return null;
            }).get(5, TimeUnit.SECONDS);
            CustomerMessageView early = only(outbox.forAccount(SOURCE, account, 10), second);
            for (int i = 0; i < 500 && early.position() == null; i++) {
                chainer.catchUpQuietly();
                early = only(outbox.forAccount(SOURCE, account, 10), second);
            }
            assertNotNull(early.position(), "committed and chained: it has its place");

            // a reader following the cursor reads the second message; the first is not committed yet
            long cursor = early.position() - 1;
            MessageBatch read = outbox.after(exchange, cursor, 500);
            assertTrue(read.messages().stream().anyMatch(m -> m.reference().equals("it:" + second)));
            assertTrue(read.messages().stream().noneMatch(m -> m.reference().equals("it:" + first)));
            cursor = read.next();

            release.countDown();
            slow.get(30, TimeUnit.SECONDS);
            // the late commit is found after where the reader stopped, however far the cursor has gone
            CustomerMessageView late = null;
            for (int page = 0; page < 100 && late == null; page++) {
                read = outbox.after(exchange, cursor, 500);
                late = read.messages().stream().filter(m -> m.reference().equals("it:" + first)).findFirst().orElse(null);
                cursor = read.next();
                if (late == null && read.messages().isEmpty()) {
                    Thread.sleep(50);
                }
            }
            assertNotNull(late, "the message committed late is read after the cursor, not passed over");
            assertTrue(late.position() > early.position(), late.position() + " after " + early.position());
        } finally {
            release.countDown();
        }
    }

    private static CustomerMessageView only(List<CustomerMessageView> messages, String key) {
        return messages.stream().filter(m -> m.reference().equals("it:" + key)).findFirst().orElseThrow();
    }
}
