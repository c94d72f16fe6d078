package io.redress.it;

import static io.redress.it.support.Restrictions.approve;
import static io.redress.it.support.Restrictions.body;
import static io.redress.it.support.Restrictions.decide;
import static io.redress.it.support.Restrictions.newAccount;
import static io.redress.it.support.Restrictions.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.it.support.Api;
import io.redress.it.support.RedressDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Read-your-writes across instances: two deployments of the same EAR (each with its own JPA caches and
 * connection pool, one database) stand in for two members of a cluster. A change made through one is
 * reflected by the very next decision asked of the other, even after both have answered for that account.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClusterReadYourWritesIT {

    @Deployment(name = "instance-a", testable = false, order = 1)
    static EnterpriseArchive instanceA() {
        return RedressDeployment.ear();
    }

    @Deployment(name = "instance-b", testable = false, order = 2)
    static EnterpriseArchive instanceB() {
        return RedressDeployment.ear("b");
    }

    @Test
    void approvalLiftAndExpiryThroughOneInstanceAreSeenByTheNextDecisionOnTheOther() {
        Api exchange = Api.as(Api.newStaff("INTEGRATION"));
        Api exchangeOnB = exchange.at("redress-b");
        Api agent = Api.as(Api.newStaff("AGENT"));
        Api supervisor = Api.as(Api.newStaff("SUPERVISOR"));
        String account = newAccount(exchange, 0);

        for (int i = 0; i < 5; i++) {
            assertTrue(decide(exchangeOnB, account, "TRADE").json().getBoolean("allowed"), "warm: B has answered for it");
            assertTrue(decide(exchange, account, "TRADE").json().getBoolean("allowed"));
        }
        long id = request(agent, account, body("WITHDRAW_ONLY", "KYC_REFRESH_OVERDUE", 14));
        assertEquals(200, approve(supervisor, id, null).status());
        assertFalse(decide(exchangeOnB, account, "TRADE").json().getBoolean("allowed"),
                "approved on A, denied by the first decision on B");

        long lift = request(agent.at("redress-b"), account, """
                {"measure":"LIFT","justification":"Refresh completed, confirmed by the KYC team.","liftsRestrictionId":%d}""".formatted(id));
        assertEquals(200, approve(supervisor.at("redress-b"), lift, null).status());
        assertTrue(decide(exchange, account, "TRADE").json().getBoolean("allowed"),
                "lifted on B, allowed by the first decision on A");
        assertEquals("ACTIVE", decide(exchangeOnB, account, "TRADE").json().getString("status"));
    }
}
