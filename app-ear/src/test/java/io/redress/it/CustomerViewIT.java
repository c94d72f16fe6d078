package io.redress.it;

import static io.redress.it.support.Restrictions.approve;
import static io.redress.it.support.Restrictions.newAccount;
import static io.redress.it.support.Restrictions.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.it.support.Api;
import io.redress.it.support.Api.Reply;
import io.redress.it.support.RedressDeployment;
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
 * The exchange's integration login (INTEGRATION) reads what the customer may see and nothing more: no pending,
 * internal or confidential measure, no staff history, no other customer's case through a merge.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CustomerViewIT {

    private static final String JUSTIFICATION = "Screening hit 4711 on the OFAC list, confirmed by the analyst";
    private static final String EVIDENCE = "screening report SR-4711";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RedressDeployment.ear();
    }

    private Api exchange;
    private Api agent;
    private Api compliance;
    private Api otherCompliance;
    private String account;

    @BeforeEach
    void people() {
        exchange = Api.as(Api.newStaff("INTEGRATION"));
        agent = Api.as(Api.newStaff("AGENT"));
        compliance = Api.as(Api.newStaff("COMPLIANCE"));
        otherCompliance = Api.as(Api.newStaff("COMPLIANCE"));
        account = newAccount(exchange, 0);
    }

    private long sanctionsFreeze() {
        return request(compliance, account, """
                {"measure":"FREEZE_WITHDRAWALS","reasonCode":"SANCTIONS_MATCH","justification":"%s",
                 "evidence":["%s"],"windowDays":0}""".formatted(JUSTIFICATION, EVIDENCE));
    }

    private JsonObject firstNoticeFor(String accountId) {
        long after = 0;
        for (int page = 0; page < 100; page++) {
            List<JsonObject> batch = exchange.get("notices?after=" + after + "&limit=500").jsonArray().getValuesAs(JsonObject.class);
            for (JsonObject n : batch) {
                if (n.getString("accountId").equals(accountId)) {
                    return n;
                }
            }
            if (batch.isEmpty()) {
                break;
            }
            after = batch.get(batch.size() - 1).getJsonNumber("id").longValue();
        }
        throw new AssertionError("no notice for " + accountId);
    }

    private static void assertNothingInternal(Reply r) {
        for (String internal : List.of(JUSTIFICATION, EVIDENCE, "SANCTIONS_MATCH", "requestedBy", "decidedBy", "justification",
                "evidence", "reasonCode")) {
            assertFalse(r.body().contains(internal), internal + " reached the exchange: " + r.body());
        }
    }

    @Test
    void aPendingFreezeIsInvisibleToTheExchange() {
        long id = sanctionsFreeze();

        Reply one = exchange.get("restrictions/" + id);
        assertEquals(404, one.status(), one.body());
        assertTrue(one.isProblem());
        assertEquals("urn:redress:problem:not-found", one.json().getString("type"));
        assertNothingInternal(one);

        Reply all = exchange.get("accounts/" + account + "/restrictions");
        assertEquals(200, all.status(), all.body());
        assertEquals(0, all.jsonArray().size(), "nothing pending is listed: " + all.body());

        Reply appeal = exchange.post("restrictions/" + id + "/appeals", "{\"statement\":\"What is this?\"}");
        assertEquals(404, appeal.status(), "the customer cannot appeal, nor learn of, what is not in force");
        assertEquals(404, exchange.get("restrictions/" + id + "/appeals").status());

        assertEquals(200, agent.get("restrictions/" + id).status(), "staff still read it");
        assertTrue(agent.get("restrictions/" + id).body().contains(JUSTIFICATION));
    }

    @Test
    void aFreezeInForceShowsOnlyTheNeutralTextAndItsWindow() {
        long id = sanctionsFreeze();
        assertEquals(200, approve(otherCompliance, id, null).status());

        Reply one = exchange.get("restrictions/" + id);
        assertEquals(200, one.status(), one.body());
        JsonObject m = one.json();
        assertEquals("FREEZE_WITHDRAWALS", m.getString("measure"));
        assertEquals("Following a review under our terms of service, we have changed what your account can do.",
                m.getString("reason"), "a reason that may not be disclosed is replaced by the neutral text");
        assertFalse(one.body().contains("required by law"), one.body());
        assertNothingInternal(one);

        Reply all = exchange.get("accounts/" + account + "/restrictions");
        assertEquals(1, all.jsonArray().size(), all.body());
        assertNothingInternal(all);

        Reply decision = exchange.get("accounts/" + account + "/decision?action=WITHDRAW");
        assertFalse(decision.json().getBoolean("allowed"), decision.body());
        assertNothingInternal(decision);
        Reply batch = exchange.post("decisions", "{\"requests\":[{\"accountId\":\"" + account + "\",\"action\":\"WITHDRAW\"}]}");
        assertEquals(200, batch.status(), batch.body());
        assertNothingInternal(batch);
    }

    @Test
    void onAConfidentialAccountEvenADisclosableReasonIsNotShown() {
        long id = request(agent, account, """
                {"measure":"WITHDRAW_ONLY","reasonCode":"KYC_REFRESH_OVERDUE","justification":"%s",
                 "evidence":["%s"],"windowDays":14}""".formatted(JUSTIFICATION, EVIDENCE));
        Reply flagged = compliance.put("accounts/" + account + "/confidential",
                "{\"confidential\":true,\"reason\":\"Screening hit under review, no tipping off\"}");
        assertEquals(200, flagged.status(), flagged.body());
        assertEquals(200, approve(Api.as(Api.newStaff("SUPERVISOR")), id, null).status());

        JsonObject m = exchange.get("restrictions/" + id).json();
        assertFalse(m.toString().contains("identity verification"), m.toString());
        assertTrue(m.getString("reason").startsWith("Following a review"), m.toString());
        assertTrue(m.containsKey("windowEndsAt"), "the window is the customer's right, also here");

        JsonObject notice = firstNoticeFor(account);
        assertFalse(notice.getString("text").contains("identity verification"), notice.getString("text"));
        assertFalse(notice.getBoolean("reasonDisclosed"), notice.toString());
    }

    @Test
    void theAccountsHistoryIsStaffOnly() {
        compliance.put("accounts/" + account + "/confidential",
                "{\"confidential\":true,\"reason\":\"Screening hit under review, no tipping off\"}");

        Reply history = exchange.get("accounts/" + account + "/history");
        assertEquals(403, history.status(), history.body());
        assertTrue(history.isProblem());
        assertEquals("urn:redress:problem:access-denied", history.json().getString("type"));
        assertFalse(history.body().contains("tipping off"), history.body());
        assertEquals(403, exchange.get("accounts/NO-SUCH-ACCOUNT/history").status(), "403 whether or not it exists");

        assertTrue(agent.get("accounts/" + account + "/history").body().contains("tipping off"), "staff read it");
    }

    @Test
    void anAppealShowsTheCustomerItsCourseButNotWhoHandledIt() {
        long id = request(agent, account, """
                {"measure":"WITHDRAW_ONLY","reasonCode":"KYC_REFRESH_OVERDUE","justification":"%s",
                 "evidence":["%s"],"windowDays":14}""".formatted(JUSTIFICATION, EVIDENCE));
        Api supervisor = Api.as(Api.newStaff("SUPERVISOR"));
        assertEquals(200, approve(supervisor, id, null).status());
        Reply filed = exchange.post("restrictions/" + id + "/appeals", "{\"statement\":\"I completed the refresh.\"}");
        assertEquals(201, filed.status(), filed.body());
        long appeal = filed.json().getJsonNumber("id").longValue();
        Reply decided = Api.as(Api.newStaff("SUPERVISOR")).post("appeals/" + appeal + "/decision",
                "{\"outcome\":\"UPHELD\",\"reasons\":\"The refresh was never received by us.\"}");
        assertEquals(200, decided.status(), decided.body());
        String reviewer = decided.json().getString("reviewer");

        for (Reply r : List.of(exchange.get("appeals/" + appeal), exchange.get("restrictions/" + id + "/appeals"))) {
            assertEquals(200, r.status(), r.body());
            assertTrue(r.body().contains("never received"), "the reasons are the customer's: " + r.body());
            assertFalse(r.body().contains(reviewer), "staff names stay inside: " + r.body());
            assertFalse(r.body().contains("reviewerRole"), r.body());
        }
    }

    // ---- item 5: merging cases across customers ------------------------------------------------------------

    private String openCase(String accountId, String subject, String description) {
        Reply r = exchange.post("cases", """
                {"channel":"EMAIL","accountId":"%s","language":"en","subject":"%s","description":"%s"}"""
                .formatted(accountId, subject, description));
        assertEquals(201, r.status(), r.body());
        return r.json().getString("ticket");
    }

    @Test
    void casesOfTwoCustomersAreNeverMergedAndNeitherSeesTheOther() {
        String otherAccount = newAccount(exchange, 0);
        String mine = openCase(account, "Deposit missing", "My deposit of 3 ETH has not arrived.");
        String theirs = openCase(otherAccount, "Private matter of B", "My private phone is +33 6 12 34 56 78.");

        Reply merged = agent.post("cases/" + mine + "/merge", "{\"into\":\"" + theirs + "\"}");
        assertEquals(422, merged.status(), merged.body());
        assertTrue(merged.isProblem());
        assertEquals("merge-different-accounts", merged.json().getString("rule"));

        Reply customerView = exchange.get("cases/" + mine);
        assertEquals(200, customerView.status());
        assertFalse(customerView.body().contains("Private matter of B"), customerView.body());
        assertFalse(customerView.body().contains("+33 6"), customerView.body());
        assertEquals("IN_PROGRESS", customerView.json().getString("state"), "the refused merge changed nothing");

        String noAccount = exchange.post("cases", """
                {"channel":"WEB_FORM","language":"en","subject":"Someone","description":"Someone without an account"}""")
                .json().getString("ticket");
        Reply intoNone = agent.post("cases/" + mine + "/merge", "{\"into\":\"" + noAccount + "\"}");
        assertEquals(422, intoNone.status(), intoNone.body());
        assertEquals("merge-different-accounts", intoNone.json().getString("rule"));

        String sameCustomer = openCase(account, "Deposit missing again", "Still nothing.");
        assertEquals(200, agent.post("cases/" + sameCustomer + "/merge", "{\"into\":\"" + mine + "\"}").status(),
                "the same customer's duplicates still merge");
    }
}
