package io.redress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.it.support.Api;
import io.redress.it.support.Api.Reply;
import io.redress.it.support.RedressDeployment;
import io.redress.it.support.Restrictions;
import io.redress.it.support.Screenings;
import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The confidentiality flag compliance sets by hand stays when the account's last risk review closes, until compliance
 * lifts it by hand; lifting it by hand while a review is open leaves the review's flag in place.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConfidentialityCausesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RedressDeployment.ear();
    }

    private Api exchange;
    private Api compliance;
    private Api secondOfficer;

    @BeforeEach
    void people() {
        exchange = Api.as(Api.newStaff("INTEGRATION"));
        compliance = Api.as(Api.newStaff("COMPLIANCE"));
        secondOfficer = Api.as(Api.newStaff("COMPLIANCE"));
    }

    private boolean byHand(String account, boolean flag) {
        Reply r = compliance.put("accounts/" + account + "/confidential",
                "{\"confidential\":" + flag + ",\"reason\":\"Law enforcement request received by compliance\"}");
        assertEquals(200, r.status(), r.body());
        return r.json().getBoolean("confidential");
    }

    private List<String> confidentialitySteps(String account) {
        Reply r = compliance.get("accounts/" + account + "/timeline?size=200");
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("items").getValuesAs(JsonObject.class).stream().map(e -> e.getString("action"))
                .filter(a -> a.startsWith("ACCOUNT_CONFIDENTIAL")).toList();
    }

    private void release(Screenings.Held held) {
        JsonObject inv = compliance.get("investigations?accountId=" + held.accountId()).jsonArray().getValuesAs(JsonObject.class)
                .stream().filter(i -> i.getJsonNumber("id").longValue() == held.investigationId()).findFirst().orElseThrow();
        Reply proposed = compliance.post("investigations/" + held.investigationId() + "/proposal",
                "{\"outcome\":\"RELEASE\",\"reason\":\"A quarter of a busy address's funds: no link to the customer\",\"version\":"
                        + inv.getInt("version") + "}");
        assertEquals(200, proposed.status(), proposed.body());
        Reply released = secondOfficer.post("investigations/" + held.investigationId() + "/approval",
                "{\"version\":" + proposed.json().getInt("version") + "}");
        assertEquals(200, released.status(), released.body());
        assertEquals("RELEASED", released.json().getString("state"));
    }

    @Test
    void aFlagSetByHand_staysWhenTheLastReviewCloses_untilLiftedByHand() {
        String account = Restrictions.newAccount(exchange, 0);
        assertTrue(byHand(account, true));
        Screenings.Held held = Screenings.heldDeposit(exchange, compliance, account);
        release(held);

        assertEquals(List.of("ACCOUNT_CONFIDENTIAL_SET", "ACCOUNT_CONFIDENTIAL_KEPT", "ACCOUNT_CONFIDENTIAL_KEPT"),
                confidentialitySteps(account), "set by hand; the review requires it too; the review's closing keeps it");
        assertTrue(byHand(account, true), "still set: setting it again changes nothing");
        assertEquals(3, confidentialitySteps(account).size());
        assertFalse(byHand(account, false), "compliance lifts it by hand");
        assertEquals(List.of("ACCOUNT_CONFIDENTIAL_SET", "ACCOUNT_CONFIDENTIAL_KEPT", "ACCOUNT_CONFIDENTIAL_KEPT",
                "ACCOUNT_CONFIDENTIAL_CLEARED"), confidentialitySteps(account));
    }

    @Test
    void liftingByHand_whileAReviewIsOpen_leavesTheFlagUntilTheReviewCloses() {
        String account = Restrictions.newAccount(exchange, 0);
        Screenings.Held held = Screenings.heldDeposit(exchange, compliance, account);
        assertTrue(byHand(account, true));
        assertTrue(byHand(account, false), "the open review still requires it");
        release(held);
        assertEquals(List.of("ACCOUNT_CONFIDENTIAL_SET", "ACCOUNT_CONFIDENTIAL_KEPT", "ACCOUNT_CONFIDENTIAL_KEPT",
                "ACCOUNT_CONFIDENTIAL_CLEARED"), confidentialitySteps(account));
    }
}
