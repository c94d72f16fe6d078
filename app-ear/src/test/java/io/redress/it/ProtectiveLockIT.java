package io.redress.it;

import static io.redress.it.support.Incidents.approve;
import static io.redress.it.support.Incidents.declare;
import static io.redress.it.support.Incidents.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.it.support.Api;
import io.redress.it.support.Api.Reply;
import io.redress.it.support.Incidents;
import io.redress.it.support.RedressDeployment;
import io.redress.it.support.Restrictions;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A protective lock, as an exchange and its SECURITY team use it: an incident's bulk action places it on every
 * affected account; from the next decision on, API trading and withdrawals to new addresses are refused while the rest
 * of the account works; the customer's verification lifts it; nobody else may.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProtectiveLockIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RedressDeployment.ear();
    }

    private Api exchange;
    private Api security;
    private Api supervisor;
    private Api admin;

    @BeforeEach
    void people() {
        exchange = Api.as(Api.newStaff("INTEGRATION"));
        security = Api.as(Api.newStaff("SECURITY"));
        supervisor = Api.as(Api.newStaff("SUPERVISOR"));
        admin = Api.as(Api.newStaff("ADMIN"));
    }

    private JsonObject decision(String account, String action) {
        Reply r = exchange.get("accounts/" + account + "/decision?action=" + action);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    private static List<String> reasons(JsonObject decision) {
        return decision.getJsonArray("reasons").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    @Test
    void anIncidentsBulkActionLocksEveryAffectedAccountUntilTheCustomerVerifies() {
        Incidents.Linked linked = Incidents.linked(exchange, admin, 3, 2);
        String account = linked.accounts().get(0);
        assertTrue(decision(account, "API_TRADE").getBoolean("allowed"), "before the incident");
        assertFalse(reasons(decision(account, "WITHDRAW")).contains("PROTECTIVE_LOCK"));

        String ref = declare(security, linked.integration(), Instant.now().minus(Duration.ofHours(1)));
        Reply requested = security.post("incidents/" + ref + "/actions", """
                {"justification":"Every key of the breached service may be in the attackers' hands.","protectiveLock":true}""");
        assertEquals(201, requested.status(), requested.body());
        assertTrue(requested.json().getBoolean("protectiveLock"), requested.body());
        long messages = Incidents.endOf(exchange, "messages", "limit", "messages");
        long job = approve(supervisor, requested.json().getJsonNumber("id").longValue());
        waitFor(supervisor, job, "COMPLETED", Duration.ofSeconds(120));

        for (String a : linked.accounts()) {
            JsonObject lock = exchange.get("accounts/" + a + "/protective-lock").json();
            assertTrue(lock.getBoolean("locked"), lock.toString());
            assertEquals("incident:" + ref, lock.getString("reason"));
        }
        JsonObject apiTrade = decision(account, "API_TRADE");
        assertFalse(apiTrade.getBoolean("allowed"));
        assertTrue(reasons(apiTrade).contains("PROTECTIVE_LOCK"), apiTrade.toString());
        assertEquals("ACTIVE", apiTrade.getString("status"), "a protective lock is no restriction");
        JsonObject newAddress = decision(account, "WITHDRAW_TO_NEW_ADDRESS");
        assertFalse(newAddress.getBoolean("allowed"));
        JsonObject withdraw = decision(account, "WITHDRAW");
        assertTrue(withdraw.getBoolean("allowed"), "to an address already used: " + withdraw);
        assertTrue(reasons(withdraw).contains("PROTECTIVE_LOCK"));
        assertTrue(decision(account, "TRADE").getBoolean("allowed"), "trading by hand goes on");
        assertTrue(decision(account, "LOGIN").getBoolean("allowed"));

        // the customer's letter says so, in plain words
        List<JsonObject> letters = Incidents.after(exchange, "messages", "limit", "messages", messages).stream()
                .filter(m -> account.equals(m.getString("accountId", null))
                        && ("incident:" + ref).equals(m.getString("reference", null))).toList();
        assertEquals(1, letters.size(), letters.toString());
        assertTrue(letters.get(0).getString("body").contains("protective lock"), letters.get(0).getString("body"));

        // only the exchange (after the customer's verification) or SECURITY lifts it
        long version = exchange.get("accounts/" + account + "/protective-lock").json().getJsonNumber("version").longValue();
        assertEquals(403, Api.as(Api.newStaff("AGENT")).post("accounts/" + account + "/protective-lock/lift",
                "{\"verification\":\"KYC-REVIEW-991\"}").status());
        Reply blank = exchange.post("accounts/" + account + "/protective-lock/lift", "{\"verification\":\"  \"}");
        assertEquals(400, blank.status(), blank.body());
        assertTrue(blank.body().contains("verification"), blank.body());
        Reply stale = exchange.post("accounts/" + account + "/protective-lock/lift",
                "{\"verification\":\"KYC-REVIEW-991\",\"version\":" + (version - 1) + "}");
        assertEquals(409, stale.status(), stale.body());
        Reply lifted = exchange.post("accounts/" + account + "/protective-lock/lift",
                "{\"verification\":\"KYC-REVIEW-991\",\"version\":" + version + "}");
        assertEquals(200, lifted.status(), lifted.body());
        assertFalse(lifted.json().getBoolean("locked"));
        assertTrue(decision(account, "API_TRADE").getBoolean("allowed"), "the first decision after the lift");
        assertFalse(reasons(decision(account, "WITHDRAW")).contains("PROTECTIVE_LOCK"));
        assertEquals("protective-lock-off", exchange.post("accounts/" + account + "/protective-lock/lift",
                "{\"verification\":\"KYC-REVIEW-991\"}").json().getString("rule"));

        // both steps are on the account's timeline, with who and why
        String timeline = security.get("accounts/" + account + "/timeline?size=200").body();
        assertTrue(timeline.contains("PROTECTIVE_LOCK_PLACED") && timeline.contains("PROTECTIVE_LOCK_LIFTED"), timeline);
        assertTrue(timeline.contains("KYC-REVIEW-991"), timeline);
    }

    @Test
    void securityPlacesOneByHandWithAReasonAndOnlyOnce() {
        String account = Restrictions.newAccount(exchange, 0);
        assertEquals(403, exchange.post("accounts/" + account + "/protective-lock",
                "{\"reason\":\"Customer reports a stolen phone with the app open.\"}").status());
        Reply shortReason = security.post("accounts/" + account + "/protective-lock", "{\"reason\":\"why\"}");
        assertEquals(400, shortReason.status(), shortReason.body());
        assertTrue(shortReason.body().contains("reason"), shortReason.body());
        assertEquals(404, security.post("accounts/NO-SUCH-ACCOUNT/protective-lock",
                "{\"reason\":\"Customer reports a stolen phone with the app open.\"}").status());

        Reply badLanguage = security.post("accounts/" + account + "/protective-lock",
                "{\"reason\":\"Customer reports a stolen phone with the app open.\",\"language\":\"de\"}");
        assertEquals(400, badLanguage.status(), badLanguage.body());
        assertTrue(badLanguage.body().contains("\"language\""), badLanguage.body());
        assertTrue(decision(account, "WITHDRAW_TO_NEW_ADDRESS").getBoolean("allowed"), "a refused placement locks nothing");

        long messages = Incidents.endOf(exchange, "messages", "limit", "messages");
        Reply placed = security.post("accounts/" + account + "/protective-lock",
                "{\"reason\":\"Customer reports a stolen phone with the app open.\",\"language\":\"fr\"}");
        assertEquals(200, placed.status(), placed.body());
        assertTrue(placed.json().getString("reason").startsWith("staff:"), placed.body());
        assertFalse(decision(account, "WITHDRAW_TO_NEW_ADDRESS").getBoolean("allowed"));
        assertEquals("protective-lock-on", security.post("accounts/" + account + "/protective-lock",
                "{\"reason\":\"Customer reports a stolen phone with the app open.\"}").json().getString("rule"));
        Reply lifted = security.post("accounts/" + account + "/protective-lock/lift",
                "{\"verification\":\"call back 2026-11-30\",\"language\":\"fr\"}");
        assertEquals(200, lifted.status(), lifted.body());
        assertTrue(decision(account, "WITHDRAW_TO_NEW_ADDRESS").getBoolean("allowed"));

        // the customer is told of each step, in their language, through the outbox
        List<JsonObject> letters = Incidents.after(exchange, "messages", "limit", "messages", messages).stream()
                .filter(m -> account.equals(m.getString("accountId", null))).toList();
        assertEquals(List.of("PROTECTIVE_LOCK_PLACED", "PROTECTIVE_LOCK_LIFTED"),
                letters.stream().map(m -> m.getString("kind")).toList(), letters.toString());
        assertTrue(letters.stream().allMatch(m -> "fr".equals(m.getString("language"))), letters.toString());
        assertTrue(letters.get(0).getString("body").contains("verrou de protection"), letters.get(0).getString("body"));
    }
}
