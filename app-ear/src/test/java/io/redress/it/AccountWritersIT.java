package io.redress.it;

import static io.redress.it.support.Restrictions.approve;
import static io.redress.it.support.Restrictions.body;
import static io.redress.it.support.Restrictions.decide;
import static io.redress.it.support.Restrictions.newAccount;
import static io.redress.it.support.Restrictions.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.redress.it.support.Api;
import io.redress.it.support.RedressDeployment;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.Entity;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An account has three writers: the exchange's profile mirror, the standing restrictions keep, the confidentiality
 * flag compliance sets. None of them invalidates another's write.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountWritersIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RedressDeployment.ear();
    }

    private Api exchange;
    private Api agent;
    private Api supervisor;

    @BeforeEach
    void people() {
        exchange = Api.as(Api.newStaff("INTEGRATION"));
        agent = Api.as(Api.newStaff("AGENT"));
        supervisor = Api.as(Api.newStaff("SUPERVISOR"));
    }

    private static String profile(String account, int positions) {
        return """
                {"handle":"cust%s","kycLevel":"ENHANCED","jurisdiction":"DE","customerSince":"2020-02-02",
                 "openDerivativesPositions":%d}""".formatted(account.substring(2, 8), positions);
    }

    private int mirror(String account, long ifMatch, int positions) {
        try (var r = exchange.request("accounts/" + account).header("If-Match", "\"" + ifMatch + "\"")
                .put(Entity.json(profile(account, positions)))) {
            return r.getStatus();
        }
    }

    @Test
    void anApprovalDoesNotInvalidateTheExchangesNextMirrorWrite() {
        String account = newAccount(exchange, 0);
        long version = exchange.get("accounts/" + account).json().getJsonNumber("version").longValue();
        long id = request(agent, account, body("WITHDRAW_ONLY", "KYC_REFRESH_OVERDUE", 14));
        assertEquals(200, approve(supervisor, id, null).status());

        assertEquals(200, mirror(account, version, 2), "the ETag the exchange read before the approval is still current");
        JsonObject now = exchange.get("accounts/" + account).json();
        assertEquals("WITHDRAW_ONLY", now.getString("status"));
        assertEquals(2, now.getInt("openDerivativesPositions"));
    }

    @Test
    void aMirrorUpdateRacingAnApprovalBothSucceedWithTheStandingRight() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String account = newAccount(exchange, 0);
                long version = exchange.get("accounts/" + account).json().getJsonNumber("version").longValue();
                long id = request(agent, account, body("WITHDRAW_ONLY", "KYC_REFRESH_OVERDUE", 14));
                CountDownLatch start = new CountDownLatch(1);
                Future<Integer> approval = pool.submit(() -> {
                    start.await();
                    return approve(supervisor, id, null).status();
                });
                int positions = round + 1;
                Future<Integer> mirrored = pool.submit(() -> {
                    start.await();
                    return mirror(account, version, positions);
                });
                start.countDown();

                assertEquals(200, approval.get(), "round " + round + ": the approval");
                assertEquals(200, mirrored.get(), "round " + round + ": the mirror update");
                JsonObject now = exchange.get("accounts/" + account).json();
                assertEquals("WITHDRAW_ONLY", now.getString("status"), "round " + round);
                assertEquals(id, now.getJsonNumber("restrictionId").longValue(), "round " + round);
                assertEquals(positions, now.getInt("openDerivativesPositions"), "round " + round);
                assertEquals(version + 1, now.getJsonNumber("version").longValue(),
                        "round " + round + ": only the mirror made a new version of the profile");
                JsonObject trade = decide(exchange, account, "TRADE").json();
                assertFalse(trade.getBoolean("allowed"), "round " + round);
                assertEquals("WITHDRAW_ONLY", trade.getString("status"), "round " + round);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
