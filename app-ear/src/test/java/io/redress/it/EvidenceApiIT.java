package io.redress.it;

import static io.redress.it.support.Incidents.declare;
import static io.redress.it.support.Incidents.key;
import static io.redress.it.support.Restrictions.newAccount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.it.support.Api;
import io.redress.it.support.Api.Reply;
import io.redress.it.support.Incidents;
import io.redress.it.support.RedressDeployment;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Leak-attribution evidence over REST, with the story of the 2022 leak: a bot service under incident, several of its
 * customers' keys buying the same illiquid token from addresses they never used, from the same seller, and accounts
 * whose keys were not linked to it as the base rate. The report answers what a reviewer checks, is kept as issued
 * (the same question later is version 2, version 1 unchanged), goes on the account-security case and backs a claim.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EvidenceApiIT {

    private static final String HOME_IP = "192.0.2.10";
    private static final String ATTACKER_IP = "45.137.21.9";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RedressDeployment.ear();
    }

    private Api exchange;
    private Api security;
    private Api supervisor;
    private Api agent;
    private Api admin;

    @BeforeEach
    void people() {
        exchange = Api.as(Api.newStaff("INTEGRATION"));
        security = Api.as(Api.newStaff("SECURITY"));
        supervisor = Api.as(Api.newStaff("SUPERVISOR"));
        agent = Api.as(Api.newStaff("AGENT"));
        admin = Api.as(Api.newStaff("ADMIN"));
    }

    private static List<String> fields(Reply r) {
        assertEquals(400, r.status(), r.body());
        assertTrue(r.isProblem(), r.body());
        return r.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList();
    }

    /** JSON-B leaves null fields out. */
    private static boolean absent(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }

    private static String newKeyId() {
        return "it-" + UUID.randomUUID().toString().substring(0, 13);
    }

    private static String trade(String keyId, String account, String symbol, String quantity, String price, String reference,
                                String volume, String ip, Instant at, String counterparty) {
        return """
                {"keyId":"%s","accountId":"%s","symbol":"%s","side":"BUY","quantity":"%s","price":"%s",
                 "referencePrice":"%s","volume24h":"%s","sourceIp":"%s","tradedAt":"%s"%s}""".formatted(keyId, account, symbol,
                quantity, price, reference, volume, ip, at, counterparty == null ? "" : ",\"counterpartyAccountId\":\"" + counterparty + "\"");
    }

    private void send(List<String> events) {
        Reply r = exchange.post("api-trade-events", "{\"events\":[" + String.join(",", events) + "]}");
        assertEquals(200, r.status(), r.body());
    }

    private static Map<String, JsonObject> factors(JsonObject report) {
        return report.getJsonObject("score").getJsonArray("factors").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(f -> f.getString("code"), Function.identity()));
    }

    private static String request(String account, Instant from, Instant to) {
        return "{\"accountId\":\"%s\",\"from\":\"%s\",\"to\":\"%s\"}".formatted(account, from, to);
    }

    @Test
    void aReportReplacesWeCannotKnowAndIsKeptAsIssued() {
        // a window three weeks ago, so that other tests' trades (made now) are not in it
        Instant from = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(20));
        Instant to = from.plus(Duration.ofHours(2));
        Instant created = from.minus(Duration.ofDays(3));
        String bot = Incidents.newIntegration(admin);
        String other = Incidents.newIntegration(admin);
        String incident = declare(security, bot, from.minus(Duration.ofDays(2)));
        String symbol = "EVR" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String pumper = "ACC-PUMP-" + UUID.randomUUID().toString().substring(0, 8);

        // the customer and five other customers of the bot service; twenty customers of another service
        String customer = newAccount(exchange, 0);
        String customerKey = newKeyId();
        key(exchange, customerKey, customer, "\"READ\",\"SPOT_TRADE\"", "", bot, created);
        List<String> peers = new ArrayList<>();
        List<String> peerKeys = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            peers.add(newAccount(exchange, 0));
            peerKeys.add(newKeyId());
            key(exchange, peerKeys.get(i), peers.get(i), "\"READ\",\"SPOT_TRADE\"", "", bot, created);
        }
        List<String> base = new ArrayList<>();
        List<String> baseKeys = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            base.add(newAccount(exchange, 0));
            baseKeys.add(newKeyId());
            key(exchange, baseKeys.get(i), base.get(i), "\"READ\",\"SPOT_TRADE\"", "", other, created);
        }

        // the customer's own earlier activity: a liquid trade from home, the day before the window
        send(List.of(trade(customerKey, customer, "BTCUSDT", "0.01", "97000", "96990", "1250000000", HOME_IP,
                from.minus(Duration.ofDays(1)), null)));
        // in the window: the customer trades from home as usual; then the leaked keys buy the pumped token from the
        // attackers' addresses, four peers and the customer, all from the same seller; one base account pumps alone
        List<String> window = new ArrayList<>();
        window.add(trade(customerKey, customer, "BTCUSDT", "0.01", "97100", "97090", "1250000000", HOME_IP,
                from.plus(Duration.ofMinutes(5)), null));
        for (int i = 0; i < 4; i++) {
            window.add(trade(peerKeys.get(i), peers.get(i), symbol, "20000", "0.48", "0.012", "1800", "45.137.21." + (20 + i),
                    from.plus(Duration.ofMinutes(30 + i)), pumper));
        }
        window.add(trade(customerKey, customer, symbol, "25000", "0.48", "0.012", "1800", ATTACKER_IP,
                from.plus(Duration.ofMinutes(36)), pumper));
        window.add(trade(baseKeys.get(0), base.get(0), "EVRB" + symbol.substring(3), "1000", "0.3", "0.1", "900", "203.0.113.99",
                from.plus(Duration.ofMinutes(40)), null));
        send(window);

        Reply issued = security.post("attribution-reports", request(customer, from, to));
        assertEquals(201, issued.status(), issued.body());
        JsonObject v1 = issued.json();
        String ref1 = v1.getString("reference");
        assertTrue(ref1.matches("EVR-[A-Z0-9]{4}-[A-Z0-9]{4}"), ref1);
        assertEquals(1, v1.getInt("version"));
        assertEquals(customer, v1.getString("accountId"));

        // the key: no allowlist, created three days before the window from the exchange's usual address
        JsonObject k = v1.getJsonArray("keys").getJsonObject(0);
        assertEquals(customerKey, k.getString("keyId"));
        assertFalse(k.getBoolean("hasAllowlist"));
        assertEquals(created, Instant.parse(k.getString("createdAt")));
        assertEquals("198.51.100.4", k.getString("createdFromIp"));

        // the service under incident, exposed since before the window
        assertEquals(bot, v1.getJsonObject("integration").getString("code"));
        assertEquals(incident, v1.getJsonObject("incident").getString("reference"));
        assertTrue(v1.getJsonObject("incident").getBoolean("exposedInWindow"));

        // the same pattern: 4 of the 5 other customers of the service, against the base rate elsewhere
        JsonObject p = v1.getJsonObject("peers");
        assertEquals(5, p.getInt("peerAccounts"));
        assertEquals(4, p.getInt("peerAnomalous"));
        assertEquals(0.8, p.getJsonNumber("peerRate").doubleValue(), 1e-9);
        long baseAccounts = p.getJsonNumber("baseAccounts").longValue();
        long baseAnomalous = p.getJsonNumber("baseAnomalous").longValue();
        assertTrue(baseAccounts >= 20, "at least the twenty customers of the other service: " + p);
        assertTrue(baseAnomalous >= 1 && baseAnomalous < baseAccounts, "the one that pumped alone: " + p);
        assertEquals((double) baseAnomalous / baseAccounts, p.getJsonNumber("baseRate").doubleValue(), 1e-9);
        assertEquals(Math.round((5.0 / 7) / ((baseAnomalous + 1.0) / (baseAccounts + 2.0)) * 100) / 100.0,
                p.getJsonNumber("lift").doubleValue(), 1e-9);
        assertTrue(p.getJsonArray("rules").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()
                .containsAll(List.of("LEAK_SIGNATURE", "PUMP_PATTERN")), p.toString());

        // the addresses: the attackers' never used by the customer before; home used the day before the window
        Map<String, JsonObject> ips = v1.getJsonArray("sourceAddresses").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(a -> a.getString("ip"), Function.identity()));
        assertEquals(2, ips.size(), ips.toString());
        assertTrue(absent(ips.get(ATTACKER_IP), "firstUsedBefore"));
        assertFalse(ips.get(ATTACKER_IP).getBoolean("keyCreatedFrom"));
        assertEquals(1, ips.get(ATTACKER_IP).getInt("anomalousTrades"));
        assertEquals(from.minus(Duration.ofDays(1)), Instant.parse(ips.get(HOME_IP).getString("firstUsedBefore")));
        assertEquals(0, ips.get(HOME_IP).getInt("anomalousTrades"));
        assertEquals(2, v1.getInt("tradesInWindow"));

        // the timeline of the anomalous trade, with the price against the reference and the other side
        assertEquals(1, v1.getInt("anomalousTotal"));
        JsonObject t = v1.getJsonArray("anomalousTrades").getJsonObject(0);
        assertEquals(symbol, t.getString("symbol"));
        assertEquals("BUY", t.getString("side"));
        assertEquals(0, new BigDecimal("25000").compareTo(t.getJsonNumber("quantity").bigDecimalValue()));
        assertEquals(0, new BigDecimal("0.48").compareTo(t.getJsonNumber("price").bigDecimalValue()));
        assertEquals(0, new BigDecimal("0.012").compareTo(t.getJsonNumber("referencePrice").bigDecimalValue()));
        assertEquals(0, new BigDecimal("3900.0").compareTo(t.getJsonNumber("premiumPercent").bigDecimalValue()));
        assertEquals(ATTACKER_IP, t.getString("sourceIp"));
        assertEquals(pumper, t.getString("counterpartyAccountId"));
        assertEquals(from.plus(Duration.ofMinutes(36)), Instant.parse(t.getString("tradedAt")));

        // the score: every factor with its weight and contribution, and the sum
        Map<String, JsonObject> f = factors(v1);
        assertEquals(30, f.get("INCIDENT_LINK").getJsonNumber("contribution").doubleValue());
        assertEquals(10, f.get("KEY_PREDATES_EXPOSURE").getJsonNumber("contribution").doubleValue());
        assertEquals(20, f.get("UNFAMILIAR_SOURCES").getJsonNumber("contribution").doubleValue(), "1 of 1 disputed trade");
        assertEquals(0, f.get("FAMILIAR_SOURCES").getJsonNumber("contribution").doubleValue());
        assertEquals(10, f.get("NO_ALLOWLIST").getJsonNumber("contribution").doubleValue());
        assertEquals(15, f.get("COMMON_COUNTERPARTY").getJsonNumber("contribution").doubleValue());
        assertTrue(f.get("COMMON_COUNTERPARTY").getString("observed").contains("4 other"), f.get("COMMON_COUNTERPARTY").toString());
        double sum = 0;
        for (JsonObject factor : f.values()) {
            double w = factor.getJsonNumber("weight").doubleValue();
            double e = factor.getJsonNumber("extent").doubleValue();
            assertEquals(Math.round(w * e * 10) / 10.0, factor.getJsonNumber("contribution").doubleValue(), 1e-9, factor.toString());
            sum += factor.getJsonNumber("contribution").doubleValue();
        }
        assertEquals(sum, v1.getJsonObject("score").getJsonNumber("score").doubleValue(), 0.05);
        assertEquals("THIRD_PARTY_LEAK_LIKELY", v1.getJsonObject("score").getString("conclusion"));
        assertEquals(50, v1.getJsonObject("score").getJsonNumber("leakLikelyFrom").doubleValue());

        // attached to the account's account-security case
        String ticket = v1.getString("caseTicket");
        JsonObject securityCase = agent.get("cases/" + ticket).json();
        assertEquals("ACCOUNT_SECURITY", securityCase.getJsonObject("c").getString("category"));
        assertEquals(customer, securityCase.getJsonObject("c").getString("accountId"));
        assertEquals(1, securityCase.getJsonArray("links").getValuesAs(JsonObject.class).stream()
                .filter(l -> "EVIDENCE".equals(l.getString("kind")) && ref1.equals(l.getString("target"))).count());
        // audited, on the account's timeline
        assertTrue(agent.get("accounts/" + customer + "/timeline?size=200").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().anyMatch(e -> "EVIDENCE_REPORT_ISSUED".equals(e.getString("action"))
                        && ref1.equals(e.getString("entityId")) && "SECURITY".equals(e.getString("actorRole"))));

        // the fifth customer of the service turns out to have been hit too; the same question is asked again
        send(List.of(trade(peerKeys.get(4), peers.get(4), symbol, "9000", "0.5", "0.012", "1800", "45.137.21.40",
                from.plus(Duration.ofMinutes(50)), pumper)));
        Reply again = supervisor.post("attribution-reports", request(customer, from, to));
        assertEquals(201, again.status(), again.body());
        JsonObject v2 = again.json();
        assertEquals(2, v2.getInt("version"));
        assertNotEquals(ref1, v2.getString("reference"));
        assertEquals(5, v2.getJsonObject("peers").getInt("peerAnomalous"));
        assertEquals("SUPERVISOR", v2.getString("issuedRole"));
        // version 1 is as it was issued
        Reply kept = agent.get("attribution-reports/" + ref1);
        assertEquals(200, kept.status(), kept.body());
        assertEquals(v1, kept.json());
        assertEquals(4, kept.json().getJsonObject("peers").getInt("peerAnomalous"));
        List<JsonObject> list = agent.get("attribution-reports?accountId=" + customer).jsonArray().getValuesAs(JsonObject.class);
        assertEquals(List.of(v2.getString("reference"), ref1), list.stream().map(r -> r.getString("reference")).toList());
        assertEquals(List.of(2, 1), list.stream().map(r -> r.getInt("version")).toList());

        // a claim relies on it: the reference must exist and be about the claim's account
        String claim = """
                {"accountId":"%s","asset":"USDT","amount":"12000","language":"en","customerName":"Sam",
                 "description":"My API key leaked through the trading bot and was used to buy an illiquid coin.",
                 "incidentRef":"%s","evidenceRef":"%s"}""";
        Reply filed = exchange.post("claims", claim.formatted(customer, incident, ref1));
        assertEquals(201, filed.status(), filed.body());
        long claimId = filed.json().getJsonNumber("id").longValue();
        assertEquals(ref1, agent.get("claims/" + claimId).json().getJsonObject("claim").getString("evidenceRef"));
        assertEquals(List.of("evidenceRef"), fields(exchange.post("claims", claim.formatted(customer, incident, "EVR-ZZZZ-ZZZZ"))));
        assertEquals(List.of("evidenceRef"), fields(exchange.post("claims", claim.formatted(base.get(1), incident, ref1))));
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        Instant to = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(10));
        Instant from = to.minus(Duration.ofDays(1));
        String bot = Incidents.newIntegration(admin);
        String customer = newAccount(exchange, 0);
        String customerKey = newKeyId();
        key(exchange, customerKey, customer, "\"READ\"", "\"203.0.113.7\"", bot, from.minus(Duration.ofDays(1)));
        String stranger = newAccount(exchange, 0);
        String strangerKey = newKeyId();
        key(exchange, strangerKey, stranger, "\"READ\"", "", bot, from.minus(Duration.ofDays(1)));

        assertEquals(List.of("accountId", "from", "to"), fields(security.post("attribution-reports", "{}")));
        assertEquals(List.of("from"), fields(security.post("attribution-reports",
                "{\"accountId\":\"" + customer + "\",\"from\":\"yesterday\",\"to\":\"" + to + "\"}")));
        assertEquals(List.of("to"), fields(security.post("attribution-reports", request(customer, to, from))));
        assertEquals(List.of("to"), fields(security.post("attribution-reports",
                request(customer, from, Instant.now().plus(Duration.ofDays(1))))));
        assertEquals(List.of("from"), fields(security.post("attribution-reports",
                request(customer, to.minus(Duration.ofDays(93)), to))));
        assertEquals(List.of("keyId"), fields(security.post("attribution-reports",
                "{\"accountId\":\"%s\",\"keyId\":\"%s\",\"from\":\"%s\",\"to\":\"%s\"}".formatted(customer, strangerKey, from, to))));
        assertEquals(List.of("accountId"), fields(security.post("attribution-reports", request(newAccount(exchange, 0), from, to))));
        assertEquals(List.of("body"), fields(security.post("attribution-reports", "{\"accountId\":")));
        assertEquals(List.of("secret"), fields(security.post("attribution-reports",
                "{\"accountId\":\"%s\",\"from\":\"%s\",\"to\":\"%s\",\"secret\":\"x\"}".formatted(customer, from, to))));
        assertEquals(List.of("accountId"), fields(agent.get("attribution-reports")));

        Reply unknown = agent.get("attribution-reports/EVR-ZZZZ-ZZZZ");
        assertEquals(404, unknown.status(), unknown.body());
        assertTrue(unknown.isProblem());
        Reply forbidden = agent.post("attribution-reports", request(customer, from, to));
        assertEquals(403, forbidden.status(), "agents read reports, SECURITY and SUPERVISOR issue them");
        assertTrue(forbidden.isProblem());
        assertEquals(403, admin.get("attribution-reports?accountId=" + customer).status());

        // a key with an allowlist, no trade: nothing points either way
        Reply quiet = security.post("attribution-reports", request(customer, from, to));
        assertEquals(201, quiet.status(), quiet.body());
        JsonObject report = quiet.json();
        assertTrue(report.getJsonArray("keys").getJsonObject(0).getBoolean("hasAllowlist"));
        assertTrue(absent(report, "incident") && absent(report, "peers"), report.toString());
        assertEquals(0, report.getJsonObject("score").getJsonNumber("score").doubleValue());
        assertEquals("UNDETERMINED", report.getJsonObject("score").getString("conclusion"));

        // the other side of a trade is optional and checked like an account
        Reply bad = exchange.post("api-trade-events", "{\"events\":[" + trade(customerKey, customer, "BTCUSDT", "1", "1", "1",
                "1000000000", "203.0.113.7", Instant.now().minusSeconds(60), "not an account") + "]}");
        assertEquals(List.of("events[0].counterpartyAccountId"), fields(bad));
    }
}
