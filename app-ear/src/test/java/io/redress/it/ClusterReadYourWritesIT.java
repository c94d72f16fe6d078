package io.redress.it;

import static io.redress.it.support.Restrictions.approve;
import static io.redress.it.support.Restrictions.body;
import static io.redress.it.support.Restrictions.decide;
import static io.redress.it.support.Restrictions.newAccount;
import static io.redress.it.support.Restrictions.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.redress.it.support.Api;
import io.redress.it.support.RedressDeployment;
import io.redress.it.support.Screenings;
import io.redress.it.support.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Read-your-writes across instances: two deployments of the same EAR (each with its own JPA caches and
 * connection pool, one database) stand in for two members of a cluster. A change made through one is
 * reflected by the very next decision asked of the other, even after both have answered for that account.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
// Payara serves /openapi for the application deployed last only: once instance B is undeployed it answers 404 until
// the standard EAR is deployed again (AuthorizationMatrixIT and EndpointSweepIT read it). So this class runs last
// (junit-platform.properties orders classes by @Order), and its instance A is the shared deployment: no class after it
// needs /openapi, and the shared EAR is not deployed twice more for it.
@Order(Integer.MAX_VALUE)
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
    void approvalLiftAndExpiryThroughOneInstanceAreSeenByTheNextDecisionOnTheOther() throws InterruptedException {
        Api exchange = Api.as(Api.newStaff("INTEGRATION"));
        Api exchangeOnB = exchange.at("redress-b");
        Api agent = Api.as(Api.newStaff("AGENT"));
        Api supervisor = Api.as(Api.newStaff("SUPERVISOR"));
        String account = newAccount(exchange, 0);

        for (int i = 0; i < 5; i++) {
            assertTrue(decide(exchangeOnB, account, "TRADE").json().getBoolean("allowed"), "warm: B has answered for it");
            assertTrue(decide(exchange, account, "TRADE").json().getBoolean("allowed"));
        }
        assertCachesAre(TestDatabase.onPostgres() ? "current" : "off");
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

    /**
     * An API key both instances have answered for (on PostgreSQL each keeps it in its decision cache) is revoked
     * through one, and the first API_TRADE decision on the other refuses it; an allowlist narrowed through the other
     * is applied by the first decision on the one. Nothing waits between the change and the decision. On PostgreSQL each
     * change answers once both caches have acknowledged it, well within the lease.
     */
    @Test
    void aKeyRevokedOrNarrowedThroughOneInstanceIsRefusedByTheNextDecisionOnTheOther() throws InterruptedException {
        Api exchange = Api.as(Api.newStaff("INTEGRATION"));
        Api exchangeOnB = exchange.at("redress-b");
        Api security = Api.as(Api.newStaff("SECURITY"));
        String account = newAccount(exchange, 0);
        String keyId = "it-" + java.util.UUID.randomUUID().toString().substring(0, 13);
        String key = """
                {"accountId":"%s","label":"bot","permissions":["READ","SPOT_TRADE"],"ipAllowlist":[%s],
                 "createdAt":"%s","createdFromIp":"203.0.113.9"}""";
        java.time.Instant created = java.time.Instant.now().minusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        assertEquals(201, exchange.put("api-keys/" + keyId, key.formatted(account, "\"203.0.113.0/24\"", created)).status());
        String trade = "accounts/" + account + "/decision?action=API_TRADE&keyId=" + keyId + "&sourceIp=";
        for (int i = 0; i < 5; i++) {
            assertTrue(exchange.get(trade + "203.0.113.200").json().getBoolean("allowed"), "warm: A has answered for the key");
            assertTrue(exchangeOnB.get(trade + "203.0.113.200").json().getBoolean("allowed"), "warm: B has answered for it");
        }
        boolean postgres = TestDatabase.onPostgres();
        assertCachesAre(postgres ? "current" : "off");
        assertEquals(postgres, readiness().stream().allMatch(c -> number(c, "keys") >= 1),
                "on PostgreSQL both caches hold API keys (so the changes below cross them); on H2 none");

        long acknowledgedBefore = sum("writesAcknowledged");
        long waitedOutBefore = sum("writesWaitedOut");
        assertEquals(200, exchangeOnB.put("api-keys/" + keyId, key.formatted(account, "\"203.0.113.9\"", created)).status(),
                "the exchange narrows the allowlist to one address, through B");
        JsonObject outside = exchange.get(trade + "203.0.113.200").json();
        assertFalse(outside.getBoolean("allowed"), "narrowed on B, refused by the first decision on A: " + outside);
        assertTrue(outside.getJsonArray("reasons").toString().contains("SOURCE_IP_NOT_ALLOWED"), outside.toString());
        assertTrue(exchange.get(trade + "203.0.113.9").json().getBoolean("allowed"));

        assertEquals(200, security.post("api-keys/" + keyId + "/revoke", "{\"reason\":\"published in a leak\"}").status());
        JsonObject onB = exchangeOnB.get(trade + "203.0.113.9").json();
        assertFalse(onB.getBoolean("allowed"), "revoked on A, refused by the first decision on B: " + onB);
        assertTrue(onB.getJsonArray("reasons").toString().contains("KEY_REVOKED"), onB.toString());
        // each change's writer waited (counted before it answered): on PostgreSQL for both caches' acknowledgements, or,
        // should a cache's confirmation come late on a busy machine, the whole lease (a timer's change may count too);
        // on H2 nothing waits
        long acknowledged = sum("writesAcknowledged") - acknowledgedBefore;
        long counted = acknowledged + sum("writesWaitedOut") - waitedOutBefore;
        assertTrue(postgres ? counted >= 2 : counted == 0, counted + " " + readiness());
        assertEquals(postgres, acknowledged >= 1, "writers released by both caches' acknowledgements: " + readiness());
    }

    /**
     * An instance of an older version pings the caches' channel but acknowledges nothing (imitated here over JDBC, with
     * its ping's text): while it is heard from, a change's writer cannot know that its cache has the change, and waits
     * the whole lease (200 ms by default) after its commit. Once it has been silent for a lease, writers answer on the
     * two instances' acknowledgements again.
     */
    @Test
    void whileAnInstanceThatAcknowledgesNothingIsHeardFromWritersWaitTheWholeLease() throws Exception {
        assumeTrue(TestDatabase.onPostgres(), "on H2 there is no decision cache, and nothing waits");
        Api exchange = Api.as(Api.newStaff("INTEGRATION"));
        Api security = Api.as(Api.newStaff("SECURITY"));
        String account = newAccount(exchange, 0);
        String created = java.time.Instant.now().minusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            String keyId = "it-" + java.util.UUID.randomUUID().toString().substring(0, 13);
            assertEquals(201, exchange.put("api-keys/" + keyId, """
                    {"accountId":"%s","label":"bot","permissions":["READ","SPOT_TRADE"],"ipAllowlist":["203.0.113.9"],
                     "createdAt":"%s","createdFromIp":"203.0.113.9"}""".formatted(account, created)).status());
            keys.add(keyId);
            String trade = "accounts/" + account + "/decision?action=API_TRADE&keyId=" + keyId + "&sourceIp=203.0.113.9";
            for (int asked = 0; asked < 3; asked++) { // both caches hold the key: the revocation below crosses them
                assertTrue(exchange.get(trade).json().getBoolean("allowed"));
                assertTrue(exchange.at("redress-b").get(trade).json().getBoolean("allowed"));
            }
        }
        // (decisions on both deployments before the first look at /health/ready, as in the tests above: when this test
        // looked first, B's decisions then failed with a ClassCastException between the two copies' DecisionService,
        // two copies of one application in one server being this test's own arrangement)
        assertCachesAre("current");
        long lease = readiness().stream().mapToLong(c -> number(c, "leaseMillis")).min().orElseThrow();

        String older = "~" + java.util.UUID.randomUUID() + ":";
        java.util.concurrent.atomic.AtomicBoolean pinging = new java.util.concurrent.atomic.AtomicBoolean(true);
        ExecutorService peer = Executors.newSingleThreadExecutor();
        try (java.sql.Connection c = TestDatabase.connect()) {
            Future<?> pings = peer.submit(() -> {
                try (java.sql.PreparedStatement ping = c.prepareStatement("SELECT pg_notify('redress_standing', ?)")) {
                    for (long n = 1; pinging.get(); n++) {
                        ping.setString(1, older + n);
                        ping.execute();
                        Thread.sleep(20);
                    }
                }
                return null;
            });
            Thread.sleep(200); // heard by both feeds
            long waitedOut = sum("writesWaitedOut");
            long began = System.nanoTime();
            assertEquals(200, security.post("api-keys/" + keys.get(0) + "/revoke", "{\"reason\":\"published in a leak\"}").status());
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
            assertTrue(millis >= lease, "the revocation answered after the whole lease (" + lease + " ms), not " + millis
                    + " ms after it was sent");
            assertTrue(sum("writesWaitedOut") - waitedOut >= 1, readiness().toString());
            assertFalse(exchange.at("redress-b").get("accounts/" + account + "/decision?action=API_TRADE&keyId=" + keys.get(0)
                    + "&sourceIp=203.0.113.9").json().getBoolean("allowed"), "and every cache has it");
            pinging.set(false);
            pings.get(10, TimeUnit.SECONDS);
        } finally {
            pinging.set(false);
            peer.shutdownNow();
            Thread.sleep(2 * lease + 100); // silent for longer than a lease: its cache, were it one, no longer answers
        }

        // each revocation answers on the acknowledgements now, unless a cache's confirmation comes late on a busy
        // machine (then it waits out the lease): of three, one at least
        long acknowledged = sum("writesAcknowledged");
        for (String keyId : keys.subList(1, keys.size())) {
            assertEquals(200, security.post("api-keys/" + keyId + "/revoke", "{\"reason\":\"published in a leak\"}").status());
            if (sum("writesAcknowledged") > acknowledged) {
                break;
            }
        }
        assertTrue(sum("writesAcknowledged") > acknowledged, "answered on the two instances' acknowledgements: " + readiness());
    }

    /**
     * Each instance runs the audit chainer; the chain head's lock makes them take turns. Audited writes through both
     * instances at once end up on one chain: each exactly once, numbered without a gap, each linked to the one before,
     * and the export continued after the head taken before them misses none.
     */
    @Test
    void auditedWritesThroughBothInstancesAtOnceMakeOneChainWithNoForkAndNoGap() throws Exception {
        Api exchange = Api.as(Api.newStaff("INTEGRATION"));
        Api auditor = Api.as(Api.newStaff("AUDITOR"));
        String headHashBefore;
        long headSeqBefore;
        try (Response r = auditor.request("audit?after=" + (Long.MAX_VALUE - 1)).get()) {
            assertEquals(200, r.getStatus());
            headSeqBefore = Long.parseLong(r.getHeaderString("Redress-Chain-Head-Seq"));
            headHashBefore = r.getHeaderString("Redress-Chain-Head-Hash");
        }
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<String>> created = new ArrayList<>();
        try {
            for (int i = 0; i < 48; i++) {
                Api through = i % 2 == 0 ? exchange : exchange.at("redress-b");
                created.add(clients.submit(() -> newAccount(through, 0)));
            }
            List<String> accounts = new ArrayList<>();
            for (Future<String> f : created) {
                accounts.add(f.get(120, TimeUnit.SECONDS));
            }

            String lines;
            try (Response r = auditor.at("redress-b").request("audit?after=" + headSeqBefore)
                    .header("Accept", "application/x-ndjson").get()) {
                assertEquals(200, r.getStatus());
                lines = r.readEntity(String.class);
            }
            List<JsonObject> records = lines.lines().map(Api::json).toList();
            JsonObject trailer = records.get(records.size() - 1);
            assertTrue(trailer.getBoolean("intact"), trailer.toString());
            long expected = headSeqBefore + 1;
            String previous = headHashBefore;
            Map<String, Integer> mirrored = new HashMap<>();
            for (JsonObject e : records.subList(0, records.size() - 1)) {
                assertEquals(expected++, e.getJsonNumber("seq").longValue(), "no gap, no fork");
                assertEquals(previous, e.getString("prevHash"), "each links to the one before");
                previous = e.getString("hash");
                if (e.getString("action").equals("ACCOUNT_MIRRORED")) {
                    mirrored.merge(e.getString("entityId"), 1, Integer::sum);
                }
            }
            assertEquals(trailer.getJsonNumber("headSeq").longValue(), expected - 1);
            assertEquals(trailer.getString("headHash"), previous);
            for (String account : accounts) {
                assertEquals(1, mirrored.getOrDefault(account, 0), account + " is on the chain exactly once");
            }
        } finally {
            clients.shutdownNow();
        }
        String health = ClientBuilder.newClient().target(Api.baseUrl().replace("/redress/", "/health/ready")).request()
                .get(String.class);
        List<JsonObject> chain = Api.json(health).getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("name").equals("redress-audit-chain")).toList();
        assertFalse(chain.isEmpty(), health);
        for (JsonObject c : chain) {
            assertEquals("false", stringOrValue(c.getJsonObject("data").get("stalled")), health);
        }
    }

    /**
     * Each instance holds the transaction graph in memory; on PostgreSQL each follows what the other commits. A
     * listing imported and transfers stored through A are in B's next screenings: the deposit traced back to the listed
     * address is held by B. (The time it takes is measured by {@code bench/screening-benchmark.sh}, not here: B is
     * asked again for up to 10 s.)
     */
    @Test
    void aListingAndTransfersStoredThroughOneInstanceAreTracedByTheOther() throws InterruptedException {
        assumeTrue(TestDatabase.onPostgres(), "on H2 Redress runs as one instance: the graph feed is PostgreSQL's");
        Api exchange = Api.as(Api.newStaff("INTEGRATION"));
        Api compliance = Api.as(Api.newStaff("COMPLIANCE"));
        String account = newAccount(exchange, 0);
        String hacker = Screenings.evm();
        String middle = Screenings.evm();
        String before = Screenings.evm();
        assertEquals("PASS", screenOnB(exchange, account, before), "nothing is known of it yet");

        Screenings.imported(compliance, Json.createObjectBuilder().add("source", "IT-FEED-" + hacker.substring(2, 10).toUpperCase())
                .add("format", "CSV").add("files", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "it.csv")
                        .add("content", "address,asset,category,severity,label\n" + hacker + ",ETH,HACK,HIGH,IT exploit\n")))
                .build().toString());
        var sent = exchange.post("chain-transfers", "{\"transfers\":[" + Screenings.transfer(hacker, middle, "1") + ","
                + Screenings.transfer(Screenings.evm(), middle, "3") + "," + Screenings.transfer(hacker, before, "5") + "]}");
        assertEquals(200, sent.status(), sent.body());
        long began = System.nanoTime();
        String decision = "";
        while (System.nanoTime() - began < TimeUnit.SECONDS.toNanos(10) && !decision.equals("HOLD")) {
            decision = screenOnB(exchange, account, middle);
        }
        assertEquals("HOLD", decision, "a quarter of the deposit comes from the listed hack one hop back, on B too");
        assertEquals("HOLD", screenOnB(exchange, account, before),
                "an address B had screened before the transfers is traced afresh: all it holds came from the hack");
        assertEquals("FREEZE", screenOnB(exchange, account, hacker), "the listed address itself is known to B: one degree");
    }

    private static String screenOnB(Api exchange, String account, String sender) {
        var r = exchange.at("redress-b").post("deposits/screen", """
                {"accountId":"%s","chain":"ETH","asset":"ETH","txHash":"%s","sendingAddress":"%s","amount":"4"}"""
                .formatted(account, Screenings.tx(), sender));
        assertEquals(200, r.status(), r.body());
        return r.json().getString("decision");
    }

    private static String stringOrValue(JsonValue v) {
        return v instanceof JsonString s ? s.getString() : v.toString();
    }

    /**
     * On PostgreSQL the instances answer from their caches here (so the test above crosses them), on H2 none has
     * one. A cache may show "waiting" for a moment when its feed's thread was not scheduled within its lease
     * (two busy cores): asked again for up to 5 s.
     */
    private static void assertCachesAre(String state) throws InterruptedException {
        String health = "";
        for (int attempt = 0; attempt < 50; attempt++) {
            health = ClientBuilder.newClient().target(Api.baseUrl().replace("/redress/", "/health/ready")).request()
                    .get(String.class);
            List<JsonObject> caches = Api.json(health).getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                    .filter(c -> c.getString("name").equals("redress-decision-cache")).toList();
            assertFalse(caches.isEmpty(), health);
            if (caches.stream().allMatch(c -> c.getJsonObject("data").getString("state").equals(state)
                    && (!state.equals("current") || entries(c) >= 1))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the decision caches are not all " + state + ": " + health);
    }

    private static List<JsonObject> readiness() {
        String health = ClientBuilder.newClient().target(Api.baseUrl().replace("/redress/", "/health/ready")).request()
                .get(String.class);
        return Api.json(health).getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("name").equals("redress-decision-cache")).toList();
    }

    /** A counter of the decision caches, both instances' together. */
    private static long sum(String counter) {
        return readiness().stream().mapToLong(c -> number(c, counter)).sum();
    }

    private static long entries(JsonObject check) {
        return number(check, "entries");
    }

    /** Payara's health output gives the number as a string. */
    private static long number(JsonObject check, String name) {
        JsonValue v = check.getJsonObject("data").get(name);
        return v instanceof JsonNumber n ? n.longValue() : Long.parseLong(((JsonString) v).getString());
    }
}
