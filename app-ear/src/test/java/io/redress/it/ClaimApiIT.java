package io.redress.it;

import static io.redress.it.support.Restrictions.newAccount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.it.support.Api;
import io.redress.it.support.Api.Reply;
import io.redress.it.support.Incidents;
import io.redress.it.support.RedressDeployment;
import io.redress.it.support.Time;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The loss-claim contract over REST: bad inputs named field by field, the exchange's idempotent filing on a case of
 * two months, four eyes and approval limits by role, the customer's view, the decision in the customer's outbox in
 * their language, the payout, the appeal of a denial to someone uninvolved, and the incident's precedents.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClaimApiIT {

    private static final String REASONS = "The key was issued to the breached bot service; same pattern as the incident.";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RedressDeployment.ear();
    }

    private Api exchange;
    private Api agent;
    private Api supervisor;
    private Api supervisor2;
    private Api compliance;
    private String account;

    @BeforeEach
    void people() {
        exchange = Api.as(Api.newStaff("INTEGRATION"));
        agent = Api.as(Api.newStaff("AGENT"));
        supervisor = Api.as(Api.newStaff("SUPERVISOR"));
        supervisor2 = Api.as(Api.newStaff("SUPERVISOR"));
        compliance = Api.as(Api.newStaff("COMPLIANCE"));
        account = newAccount(exchange, 0);
    }

    private static String incident() {
        return Incidents.newIncident();
    }

    private static String claimBody(String account, String asset, String amount, String incident) {
        return """
                {"accountId":"%s","asset":"%s","amount":"%s","language":"fr","customerName":"Marie",
                 "description":"My API key leaked through the trading bot and was used to buy an illiquid coin.",
                 "incidentRef":"%s"}""".formatted(account, asset, amount, incident);
    }

    private long file(String asset, String amount, String incident) {
        Reply r = exchange.post("claims", claimBody(account, asset, amount, incident));
        assertEquals(201, r.status(), r.body());
        return id(r.json());
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private static long version(JsonObject o) {
        return o.getJsonNumber("version").longValue();
    }

    private static String text(JsonObject o, String key) {
        return o.containsKey(key) && !o.isNull(key) ? o.getString(key) : null;
    }

    private JsonObject staffView(long id) {
        Reply r = agent.get("claims/" + id);
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonObject("claim");
    }

    private JsonObject customerView(long id) {
        Reply r = exchange.get("claims/" + id);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    private void assess(Api who, long id) {
        Reply r = who.post("claims/" + id + "/assessment", """
                {"liability":"THIRD_PARTY","reasoning":"INTERNAL: keys of the bot service leaked; not the customer.",
                 "version":%d}""".formatted(version(staffView(id))));
        assertEquals(200, r.status(), r.body());
        assertEquals("ASSESSED", r.json().getString("state"));
    }

    private JsonObject decide(Api who, long id, String outcome, String amount, String rate) {
        Reply r = who.post("claims/" + id + "/decision", """
                {"outcome":"%s"%s,"reasons":"%s"%s,"version":%d}""".formatted(outcome,
                amount == null ? "" : ",\"amount\":\"" + amount + "\"", REASONS,
                rate == null ? "" : ",\"referenceRate\":\"" + rate + "\"", version(staffView(id))));
        assertEquals(200, r.status(), r.body());
        assertEquals("PENDING_APPROVAL", r.json().getString("state"));
        return r.json();
    }

    private Reply approve(Api who, long id) {
        return who.post("claims/" + id + "/approve", "{\"version\":" + version(staffView(id)) + "}");
    }

    private static void assertRule(Reply r, int status, String rule) {
        assertEquals(status, r.status(), r.body());
        assertTrue(r.isProblem(), r.contentType());
        assertEquals(rule, r.json().getString("rule"), r.body());
    }

    private static void assertField(Reply r, String field) {
        assertEquals(400, r.status(), r.body());
        assertTrue(r.isProblem(), r.contentType());
        assertTrue(r.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("field").equals(field)), "names " + field + ": " + r.body());
    }

    @Test
    void badAmountsAndFieldsAreNamedAndNothingIsFiled() {
        assertField(exchange.post("claims", claimBody(account, "BTC", "0.123456789", "INC-X")), "amount");
        assertField(exchange.post("claims", claimBody(account, "USD", "10.001", "INC-X")), "amount");
        assertField(exchange.post("claims", claimBody(account, "BTC", "-1", "INC-X")), "amount");
        assertField(exchange.post("claims", claimBody(account, "BTC", "0", "INC-X")), "amount");
        assertField(exchange.post("claims", claimBody(account, "BTC", "1e3", "INC-X")), "amount");
        assertField(exchange.post("claims", claimBody(account, "DOGE", "1", "INC-X")), "asset");
        assertField(exchange.post("claims", claimBody(account, "BTC", "1", "bad ref")), "incidentRef");
        assertField(exchange.post("claims", claimBody(account, "BTC", "1", "INC-NEVER-DECLARED")), "incidentRef");
        assertField(exchange.post("claims", claimBody("NO-SUCH-" + UUID.randomUUID().toString().substring(0, 8), "BTC", "1",
                incident())), "accountId");
        assertField(exchange.post("claims", "{\"accountId\":\"" + account + "\",\"asset\":\"BTC\",\"amount\":1.5}"), "amount");
        assertField(exchange.post("claims", claimBody(account, "BTC", "1", "INC-X").replace("\"language\"", "\"lang\"")), "lang");
        assertField(exchange.post("claims", claimBody(account, "BTC", "1", "INC-X"), "Idempotency-Key", "short"),
                "Idempotency-Key");
        Reply list = agent.get("claims?accountId=" + account);
        assertEquals(200, list.status(), list.body());
        assertEquals(0, list.json().getJsonArray("items").size(), "a refused claim leaves nothing behind");
        assertField(agent.get("claims?state=LOST"), "state");
        assertField(agent.get("claims?size=0"), "size");
    }

    @Test
    void theExchangeFilesAClaimOnceUnderItsIdempotencyKeyOnACaseOfTwoMonths() {
        String key = "claim-" + UUID.randomUUID();
        String body = claimBody(account, "USDT", "1250.5", incident());
        Reply first = exchange.post("claims", body, "Idempotency-Key", key);
        assertEquals(201, first.status(), first.body());
        JsonObject claim = first.json();
        assertEquals("1250.500000", claim.getString("amountClaimed"), "exact, in USDT's six decimals");
        assertEquals("UNDER_REVIEW", claim.getString("status"));
        assertFalse(claim.containsKey("filedBy"), "the customer's view names nobody");
        Reply again = exchange.post("claims", body.replace("1250.5", "1250.500"), "Idempotency-Key", key);
        assertEquals(200, again.status(), again.body());
        assertEquals(id(claim), id(again.json()), "the same claim, not a second one");
        assertRule(exchange.post("claims", body.replace("1250.5", "99"), "Idempotency-Key", key), 422, "idempotency-key-reused");
        assertEquals(1, agent.get("claims?accountId=" + account).json().getJsonArray("items").size());

        JsonObject staff = staffView(id(claim));
        Instant due = Instant.parse(staff.getString("answerDueAt"));
        Instant filed = Instant.parse(staff.getString("filedAt"));
        assertTrue(due.isAfter(filed.plus(Duration.ofDays(58))) && due.isBefore(filed.plus(Duration.ofDays(63))),
                "the final answer is due two months after filing, on the case's clock: " + due);
        JsonObject c = agent.get("cases/" + staff.getString("ticket")).json();
        assertEquals("LOSS_CLAIM", c.getJsonObject("c").getString("category"));
        assertTrue(c.getJsonArray("links").getValuesAs(JsonObject.class).stream().anyMatch(
                l -> l.getString("kind").equals("CLAIM") && l.getString("target").equals(Long.toString(id(claim)))),
                "the case links the claim: " + c.getJsonArray("links"));
    }

    @Test
    void aClaimJoinsAnExistingCaseOfTheSameAccountOnly() {
        String ticket = agent.post("cases", """
                {"channel":"CHAT","accountId":"%s","subject":"keys","description":"my keys were used"}"""
                .formatted(account)).json().getString("ticket");
        String incident = incident();
        Reply joined = agent.post("claims", claimBody(account, "ETH", "0.000000000000000001", incident)
                .replace("\"language\"", "\"ticket\":\"" + ticket + "\",\"language\""));
        assertEquals(201, joined.status(), joined.body());
        assertEquals(ticket, joined.json().getString("ticket"));
        assertEquals("0.000000000000000001", joined.json().getString("amountClaimed"), "ETH keeps its 18 decimals");
        String other = newAccount(exchange, 0);
        assertField(agent.post("claims", claimBody(other, "ETH", "1", incident)
                .replace("\"language\"", "\"ticket\":\"" + ticket + "\",\"language\"")), "ticket");
    }

    @Test
    void fourEyesWithinTheSupervisorsLimitThenTheCustomerIsToldAndTheExchangeConfirmsThePayout() {
        long id = file("USDT", "500", incident());
        assess(supervisor, id);
        long v = version(staffView(id));
        assertField(agent.post("claims/" + id + "/decision", """
                {"outcome":"PARTIAL","amount":"500","reasons":"%s","version":%d}""".formatted(REASONS, v)), "amount");
        assertField(agent.post("claims/" + id + "/decision", """
                {"outcome":"PARTIAL","amount":"1.0000001","reasons":"%s","version":%d}""".formatted(REASONS, v)), "amount");
        assertField(agent.post("claims/" + id + "/decision", """
                {"outcome":"FULL","reasons":"too short","version":%d}""".formatted(v)), "reasons");
        JsonObject d = decide(agent, id, "FULL", null, null);
        assertEquals("500.000000", d.getString("amountDecided"));
        assertEquals("500.00", d.getString("referenceAmount"));
        assertEquals("CONFIGURED", d.getString("rateSource"));
        assertNull(text(customerView(id), "outcome"), "a decision awaiting approval is not the customer's to see");

        assertEquals(403, approve(agent, id).status(), "an agent approves nothing");
        assertRule(approve(supervisor, id), 422, "four-eyes");
        assertEquals(1, Time.audit("CLAIM_STEP_REFUSED", Long.toString(id)).size(), "the refusal is audited");
        Reply approved = approve(supervisor2, id);
        assertEquals(200, approved.status(), approved.body());
        assertEquals("AWAITING_PAYOUT", approved.json().getString("state"));
        assertEquals("SUPERVISOR", approved.json().getString("firstApproverRole"));
        assertEquals(1, Time.audit("CLAIM_DECISION_FINAL", Long.toString(id)).size());

        JsonObject customer = customerView(id);
        assertEquals("FULL", customer.getString("outcome"));
        assertEquals("500.000000", customer.getString("amountAwarded"));
        assertEquals(REASONS, customer.getString("reasons"));
        String shown = customer.toString();
        assertFalse(shown.contains("INTERNAL") || shown.contains("THIRD_PARTY"), "no assessment in the customer's view: " + shown);
        assertFalse(shown.contains("approver") || shown.contains("decidedBy"), "no staff in the customer's view: " + shown);

        JsonObject c = agent.get("cases/" + staffView(id).getString("ticket")).json();
        JsonObject letter = c.getJsonArray("outbox").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("templateCode").equals("CLAIM_DECISION")).findFirst()
                .orElseThrow(() -> new AssertionError("no decision in the outbox: " + c.getJsonArray("outbox")));
        assertEquals("fr", letter.getString("language"));
        assertTrue(letter.getString("body").contains("intégralement : 500.000000 USDT"), letter.getString("body"));
        assertTrue(letter.getString("body").contains(REASONS), letter.getString("body"));

        assertEquals(403, supervisor.post("claims/" + id + "/payout", "{\"reference\":\"PAY-1\"}").status());
        assertField(exchange.post("claims/" + id + "/payout", "{\"reference\":\"with space\"}"), "reference");
        Reply paid = exchange.post("claims/" + id + "/payout", "{\"reference\":\"PAY-" + id + "\"}");
        assertEquals(200, paid.status(), paid.body());
        assertEquals("PAID", paid.json().getString("status"));
        assertEquals("PAY-" + id, paid.json().getString("payoutReference"));
        assertEquals(200, exchange.post("claims/" + id + "/payout", "{\"reference\":\"PAY-" + id + "\"}").status(),
                "the same confirmation again changes nothing");
        assertRule(exchange.post("claims/" + id + "/payout", "{\"reference\":\"PAY-OTHER\"}"), 422, "payout-recorded");
        assertEquals(1, Time.audit("CLAIM_PAID", Long.toString(id)).size());
    }

    @Test
    void aboveTheSupervisorsLimitASecondApproverWhoseLimitCoversItIsNeeded() {
        long id = file("BTC", "1", incident());
        assess(agent, id);
        JsonObject d = decide(agent, id, "PARTIAL", "0.5", null);
        assertEquals("30000.00", d.getString("referenceAmount"), "0.5 BTC at the configured 60,000 USD");
        Reply first = approve(supervisor, id);
        assertEquals(200, first.status(), first.body());
        assertEquals("PENDING_SECOND_APPROVAL", first.json().getString("state"));
        assertRule(approve(supervisor, id), 422, "four-eyes");
        assertRule(approve(supervisor2, id), 422, "approval-limit");
        Reply second = approve(compliance, id);
        assertEquals(200, second.status(), second.body());
        assertEquals("AWAITING_PAYOUT", second.json().getString("state"));
        assertEquals("COMPLIANCE", second.json().getString("secondApproverRole"));
    }

    @Test
    void aRateGivenWithTheDecisionIsKeptAndDecidesTheLimit() {
        long id = file("BTC", "1", incident());
        assess(agent, id);
        JsonObject d = decide(agent, id, "GOODWILL", "0.1", "20000");
        assertEquals("2000.00", d.getString("referenceAmount"));
        assertEquals("DECISION", d.getString("rateSource"));
        Reply approved = approve(supervisor, id);
        assertEquals("AWAITING_PAYOUT", approved.json().getString("state"), approved.body());
    }

    @Test
    void aStaleVersionIs409AndAStepOutOfOrderNamesTheState() {
        long id = file("USD", "100.50", incident());
        long v = version(staffView(id));
        assertRule(agent.post("claims/" + id + "/decision", """
                {"outcome":"DENY","reasons":"%s","version":%d}""".formatted(REASONS, v)), 422, "claim-state");
        assess(agent, id);
        Reply stale = agent.post("claims/" + id + "/assessment", """
                {"liability":"CUSTOMER","reasoning":"The customer shared the key in a public chat room.","version":%d}"""
                .formatted(v));
        assertEquals(409, stale.status(), stale.body());
        assertTrue(stale.isProblem());
        assertEquals(404, agent.get("claims/987654321").status());
        // an id no claim can have: not found, the parameter named
        Reply letters = agent.get("claims/abc");
        assertEquals(404, letters.status(), letters.body());
        assertTrue(letters.isProblem() && letters.json().getString("detail").startsWith("id: "), letters.body());
        // a malformed Accept header: refused by JAX-RS itself, still a problem that says where to look
        try (jakarta.ws.rs.core.Response r = agent.request("claims/" + id).header("Accept", "application/json;q=abc").get()) {
            String body = r.readEntity(String.class);
            assertEquals(400, r.getStatus(), body);
            assertTrue(Api.json(body).getString("detail", "").contains("Accept"), body);
        }
    }

    @Test
    void aDenialIsAppealedOnceAndReviewedBySomeoneUninvolved() {
        long id = file("USDT", "42", incident());
        assess(agent, id);
        decide(agent, id, "DENY", null, null);
        Reply denied = approve(supervisor, id);
        assertEquals("DENIED", denied.json().getString("state"), denied.body());
        JsonObject customer = customerView(id);
        assertEquals("DENIED", customer.getString("status"));
        assertTrue(Instant.parse(customer.getString("appealableUntil")).isAfter(Instant.now().plus(Duration.ofDays(29))));
        assertEquals("0.000000", customer.getString("amountAwarded"));

        assertEquals(403, compliance.post("claims/" + id + "/appeal", "{\"statement\":\"I did not leak it.\"}").status());
        Reply appealed = exchange.post("claims/" + id + "/appeal", "{\"statement\":\"I never gave my key to anyone else.\"}");
        assertEquals(200, appealed.status(), appealed.body());
        assertEquals("APPEAL_UNDER_REVIEW", appealed.json().getString("status"));
        long v = version(staffView(id));
        assertRule(supervisor.post("claims/" + id + "/appeal-decision", """
                {"outcome":"OVERTURNED","reasons":"%s","version":%d}""".formatted(REASONS, v)), 422, "reviewer-involved");
        Reply upheld = supervisor2.post("claims/" + id + "/appeal-decision", """
                {"outcome":"UPHELD","reasons":"%s","version":%d}""".formatted(REASONS, v));
        assertEquals(200, upheld.status(), upheld.body());
        assertEquals("DENIED", upheld.json().getString("state"));
        assertRule(exchange.post("claims/" + id + "/appeal", "{\"statement\":\"Once more.\"}"), 422, "appeal-window-closed");
        assertEquals("UPHELD", customerView(id).getString("appealOutcome"));
    }

    @Test
    void anOverturnedDenialIsDecidedAgain() {
        long id = file("USDT", "42", incident());
        assess(agent, id);
        decide(agent, id, "DENY", null, null);
        approve(supervisor, id);
        exchange.post("claims/" + id + "/appeal", "{\"statement\":\"The bot service admitted the leak.\"}");
        Reply overturned = compliance.post("claims/" + id + "/appeal-decision", """
                {"outcome":"OVERTURNED","reasons":"%s","version":%d}""".formatted(REASONS, version(staffView(id))));
        assertEquals(200, overturned.status(), overturned.body());
        assertEquals("ASSESSED", overturned.json().getString("state"));
        assertNull(text(overturned.json(), "outcome"));
        decide(agent, id, "FULL", null, null);
        assertEquals("AWAITING_PAYOUT", approve(supervisor2, id).json().getString("state"));
    }

    @Test
    void theClaimPageShowsTheDecisionsAlreadyTakenOnTheSameIncident() {
        String incident = incident();
        long full = file("USDT", "100", incident);
        assess(agent, full);
        decide(agent, full, "FULL", null, null);
        approve(supervisor, full);
        long denied = file("BTC", "0.2", incident);
        assess(agent, denied);
        decide(agent, denied, "DENY", null, null);
        approve(supervisor, denied);
        long pending = file("USDT", "10", incident);
        assess(agent, pending);
        decide(agent, pending, "PARTIAL", "5", null);
        long current = file("ETH", "3", incident);

        JsonObject precedents = agent.get("claims/" + current).json().getJsonObject("precedents");
        assertEquals(incident, precedents.getString("incidentRef"));
        assertEquals(2, precedents.getInt("decided"), "final decisions only: " + precedents);
        assertEquals(1, precedents.getJsonObject("outcomes").getInt("FULL"));
        assertEquals(1, precedents.getJsonObject("outcomes").getInt("DENY"));
        assertEquals(50.0, precedents.getJsonNumber("sharePaidPercent").doubleValue(), 0.001);
        assertEquals(List.of(denied, full), precedents.getJsonArray("recent").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getJsonNumber("claimId").longValue()).toList(), "newest first");
        assertFalse(customerView(current).containsKey("precedents"), "the customer does not see other customers' claims");
    }
}
