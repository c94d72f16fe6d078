package io.redress.it;

import static io.redress.it.support.Restrictions.newAccount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.redress.it.support.Api;
import io.redress.it.support.Api.Reply;
import io.redress.it.support.RedressDeployment;
import io.redress.it.support.TestDatabase;
import io.redress.it.support.Time;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API-key registry over REST: the exchange describes keys (every bad input named), the key policy applies at
 * once, SECURITY revokes and the next decision is denied, the exchange reads revocations after a cursor, and trade
 * events with bad rows keep the good ones and turn anomalies into alerts and account-security cases.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiKeyApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RedressDeployment.ear();
    }

    private Api exchange;
    private Api security;
    private Api agent;
    private Api admin;

    @BeforeEach
    void people() {
        exchange = Api.as(Api.newStaff("INTEGRATION"));
        security = Api.as(Api.newStaff("SECURITY"));
        agent = Api.as(Api.newStaff("AGENT"));
        admin = Api.as(Api.newStaff("ADMIN"));
    }

    /** Times as the exchange sends them: whole milliseconds. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String newKeyId() {
        return "it-" + UUID.randomUUID().toString().substring(0, 13);
    }

    private static String key(String account, String permissions, String allowlist, Instant created, String integration) {
        return """
                {"accountId":"%s","label":"my bot","permissions":[%s],"ipAllowlist":[%s],"integration":%s,
                 "createdAt":"%s","createdFromIp":"198.51.100.4"}"""
                .formatted(account, permissions, allowlist, integration == null ? "null" : "\"" + integration + "\"", created);
    }

    private String integration() {
        String code = "it-" + UUID.randomUUID().toString().substring(0, 8);
        Reply r = admin.post("integrations", "{\"code\":\"" + code + "\",\"name\":\"IT bot " + code + "\"}");
        assertEquals(201, r.status(), r.body());
        return code;
    }

    private static List<String> fields(Reply r) {
        assertEquals(400, r.status(), r.body());
        assertTrue(r.isProblem(), r.body());
        return r.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList();
    }

    private JsonObject decide(String account, String keyId, String action, String sourceIp) {
        Reply r = exchange.get("accounts/" + account + "/decision?action=" + action + "&keyId=" + keyId
                + (sourceIp == null ? "" : "&sourceIp=" + sourceIp));
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    private static List<String> reasons(JsonObject decision) {
        return decision.getJsonArray("reasons").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    @Test
    void aKeyIsRegisteredOnceAndReadByStaffWithItsAllowlistCanonical() {
        String account = newAccount(exchange, 0);
        String keyId = newKeyId();
        String body = key(account, "\"READ\",\"SPOT_TRADE\"", "\"203.0.113.0/24\",\"2001:DB8::/32\"", now().minusSeconds(60),
                integration());
        Reply created = exchange.put("api-keys/" + keyId, body);
        assertEquals(201, created.status(), created.body());
        Reply again = exchange.put("api-keys/" + keyId, body);
        assertEquals(200, again.status(), again.body());
        assertEquals(created.json().getInt("version"), again.json().getInt("version"), "an unchanged upsert changes nothing");

        JsonObject k = security.get("api-keys/" + keyId).json();
        assertEquals(account, k.getString("accountId"));
        assertEquals("ACTIVE", k.getString("status"));
        assertEquals("[\"203.0.113.0/24\",\"2001:db8::/32\"]", k.getJsonArray("ipAllowlist").toString());
        assertEquals(1, agent.get("api-keys?accountId=" + account).jsonArray().size());
        assertEquals(403, exchange.get("api-keys/" + keyId).status(), "staff read the registry");

        Reply stale = exchange.put("api-keys/" + keyId, body.replace("\"label\":\"my bot\"", "\"label\":\"renamed\",\"version\":99"));
        assertEquals(409, stale.status(), stale.body());
    }

    @Test
    void everyBadInputIsNamedAndNeverTheSecret() {
        String account = newAccount(exchange, 0);
        String keyId = newKeyId();
        Instant now = now();
        assertEquals(List.of("ipAllowlist[1]", "ipAllowlist[2]"), fields(exchange.put("api-keys/" + keyId,
                key(account, "\"READ\"", "\"203.0.113.7\",\"10.0.0.1/8\",\"01.2.3.4\"", now, null))));
        assertEquals(List.of("secretKey"), fields(exchange.put("api-keys/" + keyId,
                key(account, "\"READ\"", "", now, null).replace("{", "{\"secretKey\":\"abc\","))));
        assertEquals(List.of("label"), fields(exchange.put("api-keys/" + keyId,
                key(account, "\"READ\"", "", now, null).replace("my bot", "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14"))));
        assertEquals(List.of("permissions[0]"), fields(exchange.put("api-keys/" + keyId, key(account, "\"TRANSFER\"", "", now, null))));
        assertEquals(List.of("integration"), fields(exchange.put("api-keys/" + keyId, key(account, "\"READ\"", "", now, "no-such-bot"))));
        assertEquals(List.of("accountId"), fields(exchange.put("api-keys/" + keyId, key("NO-SUCH-ACCOUNT", "\"READ\"", "", now, null))));
        assertEquals(List.of("createdAt"), fields(exchange.put("api-keys/" + keyId,
                key(account, "\"READ\"", "", now.plus(Duration.ofDays(1)), null))));
        assertEquals(List.of("keyId"), fields(exchange.put("api-keys/bad!key", key(account, "\"READ\"", "", now, null))));
        assertEquals(404, security.get("api-keys/" + keyId).status(), "nothing was registered");

        assertEquals(201, exchange.put("api-keys/" + keyId, key(account, "\"READ\"", "", now, null)).status());
        String other = newAccount(exchange, 0);
        assertEquals(List.of("accountId"), fields(exchange.put("api-keys/" + keyId, key(other, "\"READ\"", "", now, null))));
    }

    @Test
    void thePolicyTakesTradingFromAnOldKeyWithoutAllowlistAndTellsTheExchange() {
        long cursor = exchange.get("key-revocations?size=1000").json().getJsonNumber("next").longValue();
        while (true) {
            JsonObject page = exchange.get("key-revocations?size=1000&after=" + cursor).json();
            if (page.getJsonArray("entries").isEmpty()) {
                break;
            }
            cursor = page.getJsonNumber("next").longValue();
        }
        String account = newAccount(exchange, 0);
        String keyId = newKeyId();
        Reply r = exchange.put("api-keys/" + keyId, key(account, "\"READ\",\"SPOT_TRADE\",\"WITHDRAW\"", "",
                now().minus(Duration.ofDays(40)), null).replace("}", ",\"lastUsedAt\":\"" + now().minusSeconds(60) + "\"}"));
        assertEquals(201, r.status(), r.body());
        assertEquals("[\"READ\"]", r.json().getJsonArray("permissions").toString());
        assertEquals("KEY_PERMISSION_MISSING", reasons(decide(account, keyId, "API_TRADE", null)).get(1));

        JsonObject feed = exchange.get("key-revocations?after=" + cursor).json();
        JsonObject lapse = feed.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("keyId").equals(keyId)).findFirst().orElseThrow();
        assertEquals("PERMISSIONS_LAPSED", lapse.getString("kind"));
        assertEquals("[\"SPOT_TRADE\",\"WITHDRAW\"]", lapse.getJsonArray("removed").toString());
    }

    @Test
    void theSweepExpiresAnUnusedKeyWithoutAllowlistOnceAndTellsTheExchange() {
        String account = newAccount(exchange, 0);
        String keyId = newKeyId();
        Instant created = now().minus(Duration.ofDays(1));
        Reply r = exchange.put("api-keys/" + keyId, key(account, "\"READ\"", "", created, null));
        assertEquals(201, r.status(), r.body());
        assertEquals(created.plus(Duration.ofDays(30)), Instant.parse(r.json().getString("policyCheckAt")));
        Time.runKeyPolicyAt(created.plus(Duration.ofDays(30)).plusSeconds(1));
        Time.runKeyPolicyAt(created.plus(Duration.ofDays(30)).plusSeconds(2));
        JsonObject k = security.get("api-keys/" + keyId).json();
        assertEquals("EXPIRED", k.getString("status"));
        assertEquals("system", k.getString("statusBy"));
        assertEquals(1, Time.audit("API_KEY_POLICY_APPLIED", keyId).size(), "expired once");
        assertEquals(List.of("ACCOUNT_ACTIVE", "KEY_EXPIRED"), reasons(decide(account, keyId, "API_TRADE", null)));
    }

    @Test
    void aRevocationAnswersOnlyOnceTheNextDecisionIsDenied() {
        String account = newAccount(exchange, 0);
        String keyId = newKeyId();
        assertEquals(201, exchange.put("api-keys/" + keyId, key(account, "\"READ\",\"SPOT_TRADE\"", "\"203.0.113.0/24\"",
                now().minusSeconds(3600), null)).status());
        JsonObject ok = decide(account, keyId, "API_TRADE", "203.0.113.9");
        assertTrue(ok.getBoolean("allowed"), ok.toString());
        assertEquals(List.of("ACCOUNT_ACTIVE", "SOURCE_IP_NOT_ALLOWED"), reasons(decide(account, keyId, "API_TRADE", "198.51.100.1")));
        assertEquals(List.of("ACCOUNT_ACTIVE", "KEY_OF_ANOTHER_ACCOUNT"), reasons(decide(newAccount(exchange, 0), keyId, "API_TRADE", null)));
        assertEquals(List.of("ACCOUNT_ACTIVE", "UNKNOWN_KEY"), reasons(decide(account, newKeyId(), "API_TRADE", null)));
        assertEquals(List.of("ACCOUNT_ACTIVE", "KEY_PERMISSION_MISSING"), reasons(decide(account, keyId, "WITHDRAW", "203.0.113.9")));
        assertEquals(List.of("sourceIp"), fields(exchange.get("accounts/" + account + "/decision?action=API_TRADE&keyId="
                + keyId + "&sourceIp=999.1.1.1")));
        // a blank key is no key: refused, not answered as an unknown key that may not trade
        assertEquals(List.of("keyId"), fields(exchange.get("accounts/" + account + "/decision?action=API_TRADE&keyId=%20")));
        assertEquals(List.of("requests[0].keyId"), fields(exchange.post("decisions",
                "{\"requests\":[{\"accountId\":\"" + account + "\",\"action\":\"LOGIN\",\"keyId\":\"   \"}]}")));

        assertEquals(List.of("reason"), fields(security.post("api-keys/" + keyId + "/revoke", "{}")));
        assertEquals(403, agent.post("api-keys/" + keyId + "/revoke", "{\"reason\":\"leaked\"}").status());
        Reply revoked = security.post("api-keys/" + keyId + "/revoke", "{\"reason\":\"published in a leak\"}");
        assertEquals(200, revoked.status(), revoked.body());
        assertEquals("REVOKED", revoked.json().getString("status"));
        JsonObject after = decide(account, keyId, "API_TRADE", "203.0.113.9");
        assertFalse(after.getBoolean("allowed"));
        assertEquals(List.of("ACCOUNT_ACTIVE", "KEY_REVOKED"), reasons(after));
        Reply twice = security.post("api-keys/" + keyId + "/revoke", "{\"reason\":\"again\"}");
        assertEquals(422, twice.status(), twice.body());
        assertEquals("key-not-active", twice.json().getString("rule"));

        Reply batch = exchange.post("decisions", """
                {"requests":[{"accountId":"%s","action":"API_TRADE","keyId":"%s"},{"accountId":"%s","action":"LOGIN"}]}"""
                .formatted(account, keyId, account));
        assertEquals(200, batch.status(), batch.body());
        assertFalse(batch.json().getJsonArray("decisions").getJsonObject(0).getBoolean("allowed"));
        assertTrue(batch.json().getJsonArray("decisions").getJsonObject(1).getBoolean("allowed"));
    }

    @Test
    void aBatchWithBadRowsKeepsTheGoodOnesAndAnomaliesOpenACase() {
        String bot = integration();
        String account = newAccount(exchange, 0);
        String keyId = newKeyId();
        assertEquals(201, exchange.put("api-keys/" + keyId, key(account, "\"READ\",\"SPOT_TRADE\"", "",
                now().minus(Duration.ofDays(2)), bot)).status());
        String symbol = "IT" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace("-", "") + "USDT";
        Instant at = now().minusSeconds(120).truncatedTo(ChronoUnit.SECONDS);
        String good = """
                {"keyId":"%s","accountId":"%s","symbol":"BTCUSDT","side":"SELL","quantity":"0.01","price":"97000",
                 "referencePrice":"97010","volume24h":"1250000000","sourceIp":"198.51.100.4","tradedAt":"%s"}"""
                .formatted(keyId, account, at);
        String badPrice = good.replace("\"price\":\"97000\"", "\"price\":\"-1\"");
        String unknownKey = good.replace(keyId, newKeyId());
        Reply partly = exchange.post("api-trade-events", "{\"events\":[" + good + "," + badPrice + "," + unknownKey + "]}");
        assertEquals(List.of("events[1].price", "events[2].keyId"), fields(partly));
        assertTrue(partly.json().getString("detail").startsWith("1 of 3 events were kept"), partly.body());
        assertEquals(at, Instant.parse(security.get("api-keys/" + keyId).json().getString("lastUsedAt")),
                "the good row was kept: the key was used then");
        String halfAMinuteLater = good.replace(at.toString(), at.plusSeconds(30).toString());
        assertEquals(200, exchange.post("api-trade-events", "{\"events\":[" + halfAMinuteLater + "]}").status());
        assertEquals(at, Instant.parse(security.get("api-keys/" + keyId).json().getString("lastUsedAt")),
                "the last use is kept to the minute: a use 30 s later does not move it");

        String pump = """
                {"keyId":"%s","accountId":"%s","symbol":"%s","side":"BUY","quantity":"25000","price":"0.48",
                 "referencePrice":"0.012","volume24h":"1800","sourceIp":"45.137.21.9","tradedAt":"%s"}"""
                .formatted(keyId, account, symbol, now().minusSeconds(30));
        Reply flagged = exchange.post("api-trade-events", "{\"events\":[" + pump + "]}");
        assertEquals(200, flagged.status(), flagged.body());
        assertTrue(Instant.parse(security.get("api-keys/" + keyId).json().getString("lastUsedAt")).isAfter(at.plusSeconds(60)),
                "a use more than a minute later moves it");
        List<String> rules = flagged.json().getJsonArray("anomalies").getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("rule")).sorted().toList();
        assertEquals(List.of("PUMP_PATTERN", "UNFAMILIAR_IP"), rules);
        String ticket = flagged.json().getJsonArray("anomalies").getJsonObject(0).getString("caseTicket");
        JsonObject securityCase = agent.get("cases/" + ticket).json();
        assertEquals("ACCOUNT_SECURITY", securityCase.getJsonObject("c").getString("category"));
        assertEquals(account, securityCase.getJsonObject("c").getString("accountId"));

        Reply again = exchange.post("api-trade-events", "{\"events\":[" + pump.replace("45.137.21.9", "45.137.21.10") + "]}");
        assertEquals(200, again.status(), again.body());
        assertEquals(ticket, again.json().getJsonArray("anomalies").getJsonObject(0).getString("caseTicket"),
                "one account-security case per account");
        JsonObject alerts = security.get("alerts?kind=API_KEY_PUMP_PATTERN&size=200").json();
        assertTrue(alerts.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(a -> a.getString("subject").startsWith("key " + keyId)), alerts.toString());
    }

    @Test
    void aBatchSentAgainWithTheExchangesTradeIdsKeepsOnlyWhatItHadNotKept() {
        String bot = integration();
        String account = newAccount(exchange, 0);
        String keyId = newKeyId();
        String other = newKeyId();
        for (String k : List.of(keyId, other)) {
            assertEquals(201, exchange.put("api-keys/" + k, key(account, "\"READ\",\"SPOT_TRADE\"", "",
                    now().minus(Duration.ofDays(2)), bot)).status());
        }
        String symbol = "IT" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace("-", "") + "USDT";
        String run = UUID.randomUUID().toString().substring(0, 8);
        String pump = """
                {"keyId":"%s","accountId":"%s","symbol":"%s","side":"BUY","quantity":"25000","price":"0.48",
                 "referencePrice":"0.012","volume24h":"1800","sourceIp":"45.137.21.9","tradedAt":"%s","tradeId":"P-%s"}"""
                .formatted(keyId, account, symbol, now().minusSeconds(90), run);
        String sell = """
                {"keyId":"%s","accountId":"%s","symbol":"BTCUSDT","side":"SELL","quantity":"0.01","price":"97000",
                 "referencePrice":"97010","volume24h":"1250000000","tradedAt":"%s","tradeId":"S-%s"}"""
                .formatted(keyId, account, now().minusSeconds(80), run);
        String badPrice = sell.replace("\"S-", "\"B-").replace("\"price\":\"97000\"", "\"price\":\"-1\"");

        Reply partly = exchange.post("api-trade-events", "{\"events\":[" + pump + "," + sell + "," + badPrice + "]}");
        assertEquals(List.of("events[2].price"), fields(partly));
        assertTrue(partly.json().getString("detail").startsWith("2 of 3 events were kept"), partly.body());

        // the exchange corrects the bad row and sends the whole batch again
        String corrected = badPrice.replace("\"price\":\"-1\"", "\"price\":\"97001\"");
        Reply again = exchange.post("api-trade-events", "{\"events\":[" + pump + "," + sell + "," + corrected + "]}");
        assertEquals(200, again.status(), again.body());
        assertEquals(1, again.json().getInt("accepted"), "only the corrected row is new: " + again.body());
        assertEquals(List.of(0, 1), ints(again.json().getJsonArray("alreadyKept")));
        assertEquals(0, again.json().getJsonArray("anomalies").size(), "the pump kept before is not judged again");

        Reply thrice = exchange.post("api-trade-events", "{\"events\":[" + pump + "," + sell + "," + corrected + "]}");
        assertEquals(0, thrice.json().getInt("accepted"), thrice.body());
        assertEquals(List.of(0, 1, 2), ints(thrice.json().getJsonArray("alreadyKept")));

        String fresh = sell.replace("\"S-", "\"F-");
        Reply twiceInOne = exchange.post("api-trade-events", "{\"events\":[" + fresh + "," + fresh + ","
                + sell.replace(keyId, other) + "]}");
        assertEquals(2, twiceInOne.json().getInt("accepted"), "one of the two alike, and the other key's trade of that id: "
                + twiceInOne.body());
        assertEquals(List.of(1), ints(twiceInOne.json().getJsonArray("alreadyKept")));
        assertEquals(List.of("events[0].tradeId"), fields(exchange.post("api-trade-events", "{\"events\":["
                + sell.replace("\"S-" + run + "\"", "\"S " + run + "\"") + "]}")));
    }

    private static List<Integer> ints(jakarta.json.JsonArray a) {
        return a.getValuesAs(jakarta.json.JsonNumber.class).stream().map(jakarta.json.JsonNumber::intValue).toList();
    }

    @Test
    void batchesArrivingTogetherRaiseEachAlertOnceAndShareTheAccountsCase() throws Exception {
        String bot = integration();
        String account = newAccount(exchange, 0);
        String[] keys = {newKeyId(), newKeyId()};
        for (String k : keys) {
            assertEquals(201, exchange.put("api-keys/" + k, key(account, "\"READ\",\"SPOT_TRADE\"", "",
                    now().minus(Duration.ofDays(2)), bot)).status());
        }
        String symbol = "IT" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace("-", "") + "USDT";
        Instant at = now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS);
        if (!at.truncatedTo(ChronoUnit.DAYS).equals(at.plusSeconds(10).truncatedTo(ChronoUnit.DAYS))) {
            at = at.minusSeconds(10); // the alerts are once per key and day: all these trades on one day
        }
        // an ordinary trade of each key first: the batches below, within the minute of it, do not move the key's last
        // use, so nothing in the key's row makes them wait for one another
        for (String k : keys) {
            assertEquals(List.of(), rulesOf(trade(k, account, "BTCUSDT", "SELL", "1250000000", "198.51.100.4", at)));
        }
        // six batches at once, three for each key of the account: each key's pump alert once, one case for the account
        int batches = 6;
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Reply>> senders = new ArrayList<>();
        for (int i = 0; i < batches; i++) {
            String pump = """
                    {"keyId":"%s","accountId":"%s","symbol":"%s","side":"BUY","quantity":"25000","price":"0.48",
                     "referencePrice":"0.012","volume24h":"1800","sourceIp":"45.137.21.%d","tradedAt":"%s"}"""
                    .formatted(keys[i % 2], account, symbol, 20 + i, at.plusSeconds(1 + i));
            senders.add(() -> {
                start.await();
                // a batch that waited too long for another's account (stale-version) is sent again, as the exchange
                // does; a concurrent-write (the alert's uniqueness broken) is the failure this test is about
                Reply r = exchange.post("api-trade-events", "{\"events\":[" + pump + "]}");
                for (int again = 0; again < 3 && r.status() == 409 && r.body().contains("stale-version"); again++) {
                    r = exchange.post("api-trade-events", "{\"events\":[" + pump + "]}");
                }
                return r;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(batches);
        List<Future<Reply>> sent = new ArrayList<>();
        try {
            senders.forEach(s -> sent.add(pool.submit(s)));
            start.countDown();
            Set<String> tickets = new HashSet<>();
            for (Future<Reply> f : sent) {
                Reply r = f.get(60, TimeUnit.SECONDS);
                assertEquals(200, r.status(), "every batch is kept: " + r.body());
                r.json().getJsonArray("anomalies").getValuesAs(JsonObject.class).forEach(a -> tickets.add(a.getString("caseTicket")));
            }
            assertEquals(1, tickets.size(), "one account-security case for the account: " + tickets);
        } finally {
            pool.shutdownNow();
        }
        JsonObject alerts = security.get("alerts?kind=API_KEY_PUMP_PATTERN&size=200").json();
        for (String k : keys) {
            assertTrue(alerts.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .anyMatch(a -> a.getString("subject").startsWith("key " + k + " ")), "each key's pump alert is raised: " + alerts);
        }
    }

    private static String trade(String keyId, String account, String symbol, String side, String volume, String ip, Instant at) {
        String price = volume.length() > 6 ? "97000" : "0.012";
        return """
                {"keyId":"%s","accountId":"%s","symbol":"%s","side":"%s","quantity":"1","price":"%s",
                 "referencePrice":"%s","volume24h":"%s","sourceIp":"%s","tradedAt":"%s"}"""
                .formatted(keyId, account, symbol, side, price, price, volume, ip, at);
    }

    private List<String> rulesOf(String... trades) {
        Reply r = exchange.post("api-trade-events", "{\"events\":[" + String.join(",", trades) + "]}");
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("anomalies").getValuesAs(JsonObject.class).stream().map(a -> a.getString("rule")).sorted().toList();
    }

    @Test
    void theRulesRememberEarlierBatchesAddressesTradesAndBuyers() {
        String bot = integration();
        String symbol = "IT" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace("-", "") + "USDT";
        String[] accounts = new String[4];
        String[] keys = new String[4];
        for (int i = 0; i < keys.length; i++) {
            accounts[i] = newAccount(exchange, 0);
            keys[i] = newKeyId();
            assertEquals(201, exchange.put("api-keys/" + keys[i], key(accounts[i], "\"READ\",\"SPOT_TRADE\"", "",
                    now().minus(Duration.ofDays(2)), bot)).status());
        }
        Instant at = now().minusSeconds(300).truncatedTo(ChronoUnit.SECONDS);
        String k = keys[0];
        String a = accounts[0];
        assertEquals(List.of("UNFAMILIAR_IP"), rulesOf(trade(k, a, "BTCUSDT", "SELL", "1250000000", "203.0.113.7", at)));
        assertEquals(List.of("UNFAMILIAR_IP"), rulesOf(trade(k, a, "BTCUSDT", "SELL", "1250000000", "203.0.113.7", at.plusSeconds(1)),
                        trade(k, a, "BTCUSDT", "SELL", "1250000000", "203.0.113.8", at.plusSeconds(2)),
                        trade(k, a, "BTCUSDT", "SELL", "1250000000", "203.0.113.8", at.plusSeconds(3))),
                "the address of the first batch is known; the new one is flagged once");
        String[] many = new String[17];
        for (int i = 0; i < many.length; i++) {
            many[i] = trade(k, a, "BTCUSDT", "SELL", "1250000000", "203.0.113.7", at.plusSeconds(10 + i));
        }
        assertEquals(List.of("TRADE_BURST"), rulesOf(many), "4 trades of earlier batches and these 17 are 21 in 10 minutes");

        Instant buys = at.plusSeconds(60);
        assertEquals(List.of(), rulesOf(trade(keys[1], accounts[1], symbol, "BUY", "1800", "198.51.100.4", buys)));
        assertEquals(List.of(), rulesOf(trade(keys[2], accounts[2], symbol, "BUY", "1800", "198.51.100.4", buys.plusSeconds(1))));
        assertEquals(List.of("LEAK_SIGNATURE"), rulesOf(trade(keys[3], accounts[3], symbol, "BUY", "1800", "198.51.100.4",
                buys.plusSeconds(2))), "the third account of the integration buying the illiquid symbol within the hour");
        assertEquals(List.of(), rulesOf(trade(keys[1], accounts[1], "BTCUSDT", "SELL", "1250000000", "198.51.100.4", buys.plusSeconds(3))),
                "the address the key was created from is known in every batch");
        assertEquals(List.of("UNFAMILIAR_IP"), rulesOf(trade(keys[1], accounts[1], "BTCUSDT", "SELL", "1250000000", "203.0.113.9",
                buys.plusSeconds(4))), "an address it was not created from is new");
        assertEquals(200, exchange.put("api-keys/" + keys[1], key(accounts[1], "\"READ\",\"SPOT_TRADE\"", "",
                now().minus(Duration.ofDays(2)), bot).replace("198.51.100.4", "198.51.100.77")).status());
        assertEquals(List.of(), rulesOf(trade(keys[1], accounts[1], "BTCUSDT", "SELL", "1250000000", "198.51.100.4", buys.plusSeconds(5)),
                trade(keys[1], accounts[1], "BTCUSDT", "SELL", "1250000000", "198.51.100.77", buys.plusSeconds(6))),
                "the exchange names another creation address: the one it named before stays known, the new one is known");
    }

    @Test
    void adminKeepsTheIntegrationsAndARetiredOneTakesNoNewKeys() {
        assertEquals(403, agent.post("integrations", "{\"code\":\"nope-bot\",\"name\":\"Nope\"}").status());
        String code = integration();
        Reply dup = admin.post("integrations", "{\"code\":\"" + code + "\",\"name\":\"Again\"}");
        assertEquals(422, dup.status(), dup.body());
        assertEquals("integration-exists", dup.json().getString("rule"));
        assertEquals(List.of("code"), fields(admin.post("integrations", "{\"code\":\"Bad Code\",\"name\":\"x\"}")));
        long version = admin.get("integrations/" + code).json().getJsonNumber("version").longValue();
        JsonObject renamed = admin.put("integrations/" + code, "{\"name\":\"Renamed bot\",\"version\":" + version + "}").json();
        assertEquals("Renamed bot", renamed.getString("name"));
        assertEquals(409, admin.put("integrations/" + code, "{\"name\":\"Stale\",\"version\":" + version + "}").status());

        String account = newAccount(exchange, 0);
        String linked = newKeyId();
        assertEquals(201, exchange.put("api-keys/" + linked, key(account, "\"READ\"", "", now(), code)).status());
        Reply retired = admin.post("integrations/" + code + "/retire", "{\"version\":" + renamed.getJsonNumber("version")
                + ",\"reason\":\"service shut down\"}");
        assertEquals(200, retired.status(), retired.body());
        assertEquals(200, exchange.put("api-keys/" + linked, key(account, "\"READ\"", "", now().minusSeconds(5), code))
                .status(), "a key linked before keeps its integration");
        assertEquals(List.of("integration"), fields(exchange.put("api-keys/" + newKeyId(),
                key(account, "\"READ\"", "", now(), code))));
        assertEquals(code, exchange.get("integrations/" + code).json().getString("code"));
    }

    @Test
    void theExchangesUpdateOfAKeyNeverPutsBackALastUseATradeBatchWroteMeanwhile() throws Exception {
        assumeTrue(TestDatabase.onPostgres(), "the test holds the key's row from a connection of its own: PostgreSQL's");
        String account = newAccount(exchange, 0);
        String keyId = newKeyId();
        Instant created = now().minus(Duration.ofDays(2));
        assertEquals(201, exchange.put("api-keys/" + keyId, key(account, "\"READ\",\"SPOT_TRADE\"", "", created, null)).status());
        Instant traded = now().minusSeconds(10);
        Instant told = traded.minus(Duration.ofHours(1));
        Reply put = whileTheRowIsHeld(keyId, traded, () -> exchange.put("api-keys/" + keyId,
                key(account, "\"READ\",\"SPOT_TRADE\"", "", created, null).replace("}", ",\"lastUsedAt\":\"" + told + "\"}")));
        assertEquals(200, put.status(), put.body());
        assertEquals(traded, Instant.parse(security.get("api-keys/" + keyId).json().getString("lastUsedAt")),
                "the trade's later use stays: the exchange's older one does not put it back");
    }

    @Test
    void thePolicyNeverExpiresAKeyAsUnusedWhileATradeBatchRecordsItsUse() throws Exception {
        assumeTrue(TestDatabase.onPostgres(), "the test holds the key's row from a connection of its own: PostgreSQL's");
        String account = newAccount(exchange, 0);
        String keyId = newKeyId();
        Instant created = now().minus(Duration.ofDays(1));
        assertEquals(201, exchange.put("api-keys/" + keyId, key(account, "\"READ\"", "", created, null)).status());
        Instant traded = created.plus(Duration.ofDays(29));
        whileTheRowIsHeld(keyId, traded, () -> {
            Time.runKeyPolicyAt(created.plus(Duration.ofDays(30)).plusSeconds(1));
            return null;
        });
        JsonObject k = security.get("api-keys/" + keyId).json();
        assertEquals("ACTIVE", k.getString("status"), "used a day before the sweep's time: not unused for 30 days");
        assertEquals(traded, Instant.parse(k.getString("lastUsedAt")));
        assertEquals(0, Time.audit("API_KEY_POLICY_APPLIED", keyId).size());
    }

    /**
     * Runs {@code call} while a transaction of the test's own, as a trade-event batch does, has moved the key's last use
     * to {@code usedAt} and not yet committed; commits once the call's database session waits for that transaction
     * (a writer that read the key without a lock waits there too, at its write, having read the older last use), and
     * returns the call's answer.
     */
    private static <T> T whileTheRowIsHeld(String keyId, Instant usedAt, Callable<T> call) throws Exception {
        ExecutorService other = Executors.newSingleThreadExecutor();
        try (java.sql.Connection c = TestDatabase.connect()) {
            c.setAutoCommit(false);
            try (java.sql.PreparedStatement ps = c.prepareStatement("UPDATE api_key SET last_used_at = ? WHERE key_id = ?")) {
                ps.setObject(1, java.time.OffsetDateTime.ofInstant(usedAt, java.time.ZoneOffset.UTC));
                ps.setString(2, keyId);
                assertEquals(1, ps.executeUpdate());
            }
            Future<T> answer = other.submit(call);
            assertTrue(waitedFor(c), "the writer waits for the key's row");
            c.commit();
            return answer.get(30, TimeUnit.SECONDS);
        } finally {
            other.shutdownNow();
            other.awaitTermination(30, TimeUnit.SECONDS);
        }
    }

    /** Whether, within 20 s, some other session waits for a lock this connection's transaction holds. */
    private static boolean waitedFor(java.sql.Connection c) throws Exception {
        try (java.sql.PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM pg_stat_activity WHERE pg_backend_pid() = ANY(pg_blocking_pids(pid))")) {
            for (int i = 0; i < 400; i++) {
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getInt(1) > 0) {
                        return true;
                    }
                }
                Thread.sleep(50);
            }
        }
        return false;
    }
}
