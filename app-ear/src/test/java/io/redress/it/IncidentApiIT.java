package io.redress.it;

import static io.redress.it.support.Incidents.after;
import static io.redress.it.support.Incidents.approve;
import static io.redress.it.support.Incidents.declare;
import static io.redress.it.support.Incidents.endOf;
import static io.redress.it.support.Incidents.key;
import static io.redress.it.support.Incidents.requestAll;
import static io.redress.it.support.Incidents.version;
import static io.redress.it.support.Incidents.waitFor;
import static io.redress.it.support.Restrictions.newAccount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Third-party incidents over REST: SECURITY declares one (every bad field named) and sees its blast radius; a bulk
 * action runs only with a second person's approval, as a job whose progress the API shows; once it completed every key
 * is in the exchange's revocation feed once, decisions with those keys are denied, every customer has one message and
 * one account-security case linked to the incident. The same action is requested once while it waits or runs, and
 * closing the incident withdraws what still waits.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IncidentApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RedressDeployment.ear();
    }

    private Api exchange;
    private Api security;
    private Api security2;
    private Api supervisor;
    private Api agent;
    private Api admin;

    @BeforeEach
    void people() {
        exchange = Api.as(Api.newStaff("INTEGRATION"));
        security = Api.as(Api.newStaff("SECURITY"));
        security2 = Api.as(Api.newStaff("SECURITY"));
        supervisor = Api.as(Api.newStaff("SUPERVISOR"));
        agent = Api.as(Api.newStaff("AGENT"));
        admin = Api.as(Api.newStaff("ADMIN"));
    }

    private static List<String> fields(Reply r) {
        assertEquals(400, r.status(), r.body());
        assertTrue(r.isProblem(), r.body());
        return r.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList();
    }

    private static String rule(Reply r) {
        assertEquals(422, r.status(), r.body());
        assertTrue(r.isProblem(), r.body());
        return r.json().getString("rule");
    }

    @Test
    void securityDeclaresAnIncidentAndSeesItsBlastRadius() {
        String integration = Incidents.newIntegration(admin);
        Instant created = Instant.now().truncatedTo(ChronoUnit.MILLIS).minus(Duration.ofDays(2));
        String a = newAccount(exchange, 0);
        String b = newAccount(exchange, 0);
        String c = newAccount(exchange, 0);
        String ka = "it-" + UUID.randomUUID().toString().substring(0, 13);
        String kb = "it-" + UUID.randomUUID().toString().substring(0, 13);
        key(exchange, ka, a, "\"READ\",\"SPOT_TRADE\"", "", integration, created);
        key(exchange, "it-" + UUID.randomUUID().toString().substring(0, 13), a, "\"READ\",\"WITHDRAW\"", "\"203.0.113.7\"",
                integration, created);
        key(exchange, kb, b, "\"READ\",\"SPOT_TRADE\"", "", integration, created);
        key(exchange, "it-" + UUID.randomUUID().toString().substring(0, 13), c, "\"READ\"", "\"203.0.113.8\"", integration, created);
        Instant suspected = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(1));
        String pump = """
                {"keyId":"%s","accountId":"%s","symbol":"PUMP%s","side":"BUY","quantity":"%s","price":"0.48",
                 "referencePrice":"0.012","volume24h":"1800","sourceIp":"45.137.21.9","tradedAt":"%s"}""";
        Reply trades = exchange.post("api-trade-events", "{\"events\":[" + pump.formatted(ka, a, "A", "1000", suspected.plusSeconds(60))
                + "," + pump.formatted(kb, b, "B", "25000", suspected.plusSeconds(120))
                + "," + pump.formatted(kb, b, "C", "5", suspected.minusSeconds(600)) + "]}");
        assertEquals(200, trades.status(), trades.body());

        assertEquals(List.of("integration", "severity", "known"), fields(security.post("incidents",
                "{\"integration\":\"no-such-bot\",\"severity\":\"SEVERE\",\"suspectedSince\":\"" + suspected + "\",\"known\":\"?\"}")));
        assertEquals(List.of("suspectedSince"), fields(security.post("incidents", """
                {"integration":"%s","severity":"LOW","suspectedSince":"yesterday","known":"The key store leaked."}"""
                .formatted(integration))));
        assertEquals(403, agent.post("incidents", """
                {"integration":"%s","severity":"LOW","suspectedSince":"%s","known":"The key store leaked."}"""
                .formatted(integration, suspected)).status(), "SECURITY declares incidents");

        String ref = declare(security, integration, suspected);
        assertTrue(ref.matches("INC-[A-Z0-9]{4}-[A-Z0-9]{4}"), ref);
        JsonObject detail = agent.get("incidents/" + ref).json();
        assertEquals(integration, detail.getJsonObject("incident").getString("integration"));
        assertEquals("OPEN", detail.getJsonObject("incident").getString("state"));
        JsonObject r = detail.getJsonObject("blastRadius");
        assertEquals(4, r.getInt("keys"));
        assertEquals(4, r.getInt("activeKeys"));
        assertEquals(3, r.getInt("accounts"));
        assertEquals(2, r.getInt("activeWithoutAllowlist"));
        assertEquals(1, r.getInt("activeWithWithdraw"));
        assertEquals(2, r.getInt("anomalousAccounts"), "the trade before the suspected start is not counted");
        List<JsonObject> top = r.getJsonArray("topAccounts").getValuesAs(JsonObject.class);
        assertEquals(List.of(b, a), top.stream().map(t -> t.getString("accountId")).toList(), "most value first");
        assertEquals(0, new BigDecimal("12000").compareTo(top.get(0).getJsonNumber("valueTraded").bigDecimalValue()),
                "each anomalous trade counted once, whatever the number of rules it broke: " + top);
        assertEquals(1, top.get(0).getInt("trades"));
        assertEquals(r.getInt("keys"), agent.get("incidents/" + ref + "/blast-radius").json().getInt("keys"));
        assertEquals(404, agent.get("incidents/INC-NONE-NONE").status());
        assertTrue(agent.get("incidents").jsonArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(i -> ref.equals(i.getString("reference"))));
    }

    @Test
    void aBulkActionRunsOnlyWithASecondPersonAndThenRevokesNotifiesAndOpensCasesOnce() {
        Incidents.Linked linked = Incidents.linked(exchange, admin, 3, 2);
        String ref = declare(security, linked.integration(), Instant.now().minus(Duration.ofHours(2)));
        assertEquals(List.of("justification"), fields(security.post("incidents/" + ref + "/actions", "{\"justification\":\"\"}")));
        assertEquals(403, supervisor.post("incidents/" + ref + "/actions",
                "{\"justification\":\"Supervisors do not request bulk actions.\"}").status());
        long action = requestAll(security, ref);
        assertEquals("REQUESTED", agent.get("incident-actions/" + action).json().getString("state"));

        long v = version(security, action);
        assertEquals("four-eyes", rule(security.post("incident-actions/" + action + "/approve", "{\"version\":" + v + "}")));
        assertEquals(403, agent.post("incident-actions/" + action + "/approve", "{\"version\":" + v + "}").status());
        assertEquals(409, security2.post("incident-actions/" + action + "/approve", "{\"version\":" + (v + 7) + "}").status());
        assertTrue(security.get("api-keys/" + linked.keys().get(0)).json().getString("status").equals("ACTIVE"),
                "nothing ran before the approval");

        long revocations = endOf(exchange, "key-revocations", "size", "entries");
        long messages = endOf(exchange, "messages", "limit", "messages");
        long job = approve(supervisor, action);

        JsonObject done = waitFor(agent, job, "COMPLETED", Duration.ofSeconds(90));
        // asked once the job is done: while it runs, its end moves the action's version (a 409 would answer instead)
        assertEquals("action-state", rule(security2.post("incident-actions/" + action + "/approve",
                "{\"version\":" + version(security2, action) + "}")), "approved once");
        assertEquals(linked.keys().size() + linked.accounts().size(), done.getInt("total"));
        assertEquals(done.getInt("total"), done.getInt("done"));
        assertEquals(0, done.getInt("failed"));
        assertEquals(100, done.getInt("percent"));
        assertEquals("incident:" + ref + "/action:" + action, done.getString("subject"));
        assertEquals("DONE", agent.get("incident-actions/" + action).json().getString("state"));
        assertEquals(0, agent.get("incidents/" + ref + "/blast-radius").json().getInt("activeKeys"));

        Map<String, Long> revoked = after(exchange, "key-revocations", "size", "entries", revocations).stream()
                .filter(e -> "REVOKED".equals(e.getString("kind")) && e.getString("reason").contains(ref))
                .collect(Collectors.groupingBy(e -> e.getString("keyId"), Collectors.counting()));
        assertEquals(Set.copyOf(linked.keys()), revoked.keySet(), "every key in the exchange's feed");
        assertTrue(revoked.values().stream().allMatch(n -> n == 1), "each once: " + revoked);

        JsonObject decision = exchange.get("accounts/" + linked.accounts().get(0) + "/decision?action=API_TRADE&keyId="
                + linked.keys().get(0)).json();
        assertFalse(decision.getBoolean("allowed"));
        assertTrue(decision.getJsonArray("reasons").getValuesAs(JsonString.class).stream()
                .anyMatch(s -> s.getString().equals("KEY_REVOKED")), decision.toString());

        List<JsonObject> toThem = after(exchange, "messages", "limit", "messages", messages).stream()
                .filter(m -> linked.accounts().contains(m.getString("accountId"))).toList();
        List<JsonObject> letters = toThem.stream().filter(m -> ("incident:" + ref).equals(m.getString("reference", null))).toList();
        assertEquals(Set.copyOf(linked.accounts()), letters.stream().map(m -> m.getString("accountId")).collect(Collectors.toSet()));
        assertEquals(linked.accounts().size(), letters.size(), "one letter per customer");
        assertEquals(letters, toThem, "the letter quotes the new case: no acknowledgement of it besides");
        Pattern ticket = Pattern.compile("RD-[A-Z0-9]{4}-[A-Z0-9]{4}");
        for (JsonObject letter : letters) {
            assertEquals("incidents", letter.getString("source"));
            Matcher m = ticket.matcher(letter.getString("body"));
            assertTrue(m.find(), "the customer can quote their case: " + letter.getString("body"));
            JsonObject securityCase = agent.get("cases/" + m.group()).json();
            assertEquals("ACCOUNT_SECURITY", securityCase.getJsonObject("c").getString("category"));
            assertEquals(letter.getString("accountId"), securityCase.getJsonObject("c").getString("accountId"));
            assertEquals(1, securityCase.getJsonArray("links").getValuesAs(JsonObject.class).stream()
                    .filter(l -> "INCIDENT".equals(l.getString("kind")) && ref.equals(l.getString("target"))).count());
        }
    }

    /** An account with an open account-security case: the bulk job joins it (linked, quoted) and opens none besides. */
    @Test
    void aBulkActionJoinsAnAccountsOpenSecurityCaseInsteadOfOpeningAnother() {
        Incidents.Linked linked = Incidents.linked(exchange, admin, 2, 1);
        String account = linked.accounts().get(0);
        Reply opened = exchange.post("cases", """
                {"channel":"EMAIL","accountId":"%s","customerName":"Mei","customerContact":"mei@example.org","language":"en",
                 "subject":"Strange logins","description":"Someone traded with my key.","category":"ACCOUNT_SECURITY","priority":"P3"}"""
                .formatted(account));
        assertEquals(201, opened.status(), opened.body());
        String existing = opened.json().getString("ticket");
        String ref = declare(security, linked.integration(), Instant.now().minus(Duration.ofHours(1)));
        long messages = endOf(exchange, "messages", "limit", "messages");
        JsonObject done = waitFor(agent, approve(supervisor, requestAll(security, ref)), "COMPLETED", Duration.ofSeconds(90));
        assertEquals(0, done.getInt("failed"));

        List<JsonObject> letters = after(exchange, "messages", "limit", "messages", messages).stream()
                .filter(m -> ("incident:" + ref).equals(m.getString("reference", null))).toList();
        JsonObject toThem = letters.stream().filter(m -> account.equals(m.getString("accountId"))).findFirst().orElseThrow();
        assertTrue(toThem.getString("body").contains(existing), "the letter quotes the case they have: " + toThem.getString("body"));
        JsonObject joined = agent.get("cases/" + existing).json();
        assertEquals(1, joined.getJsonArray("links").getValuesAs(JsonObject.class).stream()
                .filter(l -> "INCIDENT".equals(l.getString("kind")) && ref.equals(l.getString("target"))).count());
        JsonObject other = letters.stream().filter(m -> linked.accounts().get(1).equals(m.getString("accountId"))).findFirst().orElseThrow();
        assertFalse(other.getString("body").contains(existing), "the other account has a case of its own");
    }

    /** A narrower bulk action: only the keys without an allowlist, created before a cut-off; the others stay active. */
    @Test
    void aBulkActionLimitedToKeysWithoutAllowlistCreatedBeforeACutOffRevokesOnlyThose() {
        String integration = Incidents.newIntegration(admin);
        String account = newAccount(exchange, 0);
        // within the key policy's 30 days: no key here has lapsed on its own
        Instant cutOff = Instant.now().truncatedTo(ChronoUnit.MILLIS).minus(Duration.ofDays(2));
        String open = "it-" + UUID.randomUUID().toString().substring(0, 13);
        String allowlisted = "it-" + UUID.randomUUID().toString().substring(0, 13);
        String newer = "it-" + UUID.randomUUID().toString().substring(0, 13);
        Incidents.key(exchange, open, account, "\"READ\",\"SPOT_TRADE\"", "", integration, cutOff.minus(Duration.ofDays(3)));
        Incidents.key(exchange, allowlisted, account, "\"READ\",\"SPOT_TRADE\"", "\"203.0.113.0/24\"", integration,
                cutOff.minus(Duration.ofDays(3)));
        Incidents.key(exchange, newer, account, "\"READ\",\"SPOT_TRADE\"", "", integration, cutOff.plus(Duration.ofDays(1)));
        String ref = declare(security, integration, Instant.now().minus(Duration.ofDays(60)));
        Reply requested = security.post("incidents/" + ref + "/actions", """
                {"justification":"The leak covers keys made before the bot's fix; allowlisted keys cannot be used from elsewhere.",
                 "withoutAllowlistOnly":true,"createdBefore":"%s"}""".formatted(cutOff));
        assertEquals(201, requested.status(), requested.body());
        long job = approve(supervisor, requested.json().getJsonNumber("id").longValue());
        JsonObject done = waitFor(agent, job, "COMPLETED", Duration.ofSeconds(90));
        assertEquals(0, done.getInt("failed"), done.toString());
        assertEquals("REVOKED", security.get("api-keys/" + open).json().getString("status"));
        assertEquals("ACTIVE", security.get("api-keys/" + allowlisted).json().getString("status"), "it has an allowlist");
        assertEquals("ACTIVE", security.get("api-keys/" + newer).json().getString("status"), "created after the cut-off");
    }

    @Test
    void aRejectedActionNeverRunsAndAClosedIncidentTakesNoNewOne() {
        Incidents.Linked linked = Incidents.linked(exchange, admin, 1, 1);
        String ref = declare(security, linked.integration(), Instant.now().minus(Duration.ofHours(1)));
        long action = requestAll(security, ref);
        Reply rejected = security2.post("incident-actions/" + action + "/reject",
                "{\"version\":" + version(security2, action) + ",\"note\":\"Wait for the vendor's list.\"}");
        assertEquals(200, rejected.status(), rejected.body());
        assertEquals("REJECTED", rejected.json().getString("state"));
        assertTrue(!rejected.json().containsKey("jobId") || rejected.json().isNull("jobId"), "no job");
        assertEquals("ACTIVE", security.get("api-keys/" + linked.keys().get(0)).json().getString("status"));

        long incidentVersion = agent.get("incidents/" + ref).json().getJsonObject("incident").getJsonNumber("version").longValue();
        assertEquals(200, security.post("incidents/" + ref + "/close", "{\"version\":" + incidentVersion + "}").status());
        assertEquals("incident-closed", rule(security.post("incidents/" + ref + "/actions",
                "{\"justification\":\"Too late: the incident is closed.\"}")));
    }

    /** As a restriction request's rejection: the rejecter says why in writing, or nothing is decided. */
    @Test
    void aRejectionWithoutAWrittenReasonIsRefusedNamingTheNote() {
        Incidents.Linked linked = Incidents.linked(exchange, admin, 1, 1);
        String ref = declare(security, linked.integration(), Instant.now().minus(Duration.ofHours(1)));
        long action = requestAll(security, ref);
        long v = version(security2, action);
        for (String body : List.of("{\"version\":" + v + "}", "{\"version\":" + v + ",\"note\":null}",
                "{\"version\":" + v + ",\"note\":\"   \"}", "{\"version\":" + v + ",\"note\":\"No.\"}")) {
            Reply refused = security2.post("incident-actions/" + action + "/reject", body);
            assertEquals(List.of("note"), fields(refused), body); // 400 application/problem+json, naming the note
            assertTrue(refused.json().getJsonArray("errors").getJsonObject(0).getString("message").contains("at least 10"),
                    refused.body());
        }
        JsonObject still = agent.get("incident-actions/" + action).json();
        assertEquals("REQUESTED", still.getString("state"), "nothing was decided");
        assertEquals(v, still.getJsonNumber("version").longValue());

        Reply rejected = security2.post("incident-actions/" + action + "/reject",
                "{\"version\":" + v + ",\"note\":\"  The vendor says only keys made after May leaked.  \"}");
        assertEquals(200, rejected.status(), rejected.body());
        assertEquals("REJECTED", rejected.json().getString("state"));
        assertEquals("The vendor says only keys made after May leaked.", rejected.json().getString("decisionNote"));
    }

    private static final String ALL = "{\"justification\":\"Every key of the breached service may be in the attackers' hands.\"}";

    /** A 409 problem naming the bulk action the request duplicates. */
    private static void duplicateOf(long pending, Reply r) {
        assertEquals(409, r.status(), r.body());
        assertTrue(r.isProblem(), r.body());
        assertEquals("urn:redress:problem:duplicate-pending", r.json().getString("type"));
        assertEquals("duplicate-pending", r.json().getString("rule"));
        assertTrue(r.json().getString("detail").startsWith("Bulk action " + pending + " "), r.body());
    }

    @Test
    void theSameBulkActionIsRequestedOnceWhileItWaitsOrRuns() {
        Incidents.Linked linked = Incidents.linked(exchange, admin, 3, 2);
        String ref = declare(security, linked.integration(), Instant.now().minus(Duration.ofHours(1)));
        long first = requestAll(security, ref);
        duplicateOf(first, security.post("incidents/" + ref + "/actions", ALL));
        duplicateOf(first, security2.post("incidents/" + ref + "/actions",
                "{\"justification\":\"The same, asked by a colleague in other words.\",\"notifyCustomers\":true,\"openCases\":true}"));
        Reply other = security.post("incidents/" + ref + "/actions",
                "{\"justification\":\"Revoke only, the customers are told by the vendor.\",\"notifyCustomers\":false}");
        assertEquals(201, other.status(), "other options make another action: " + other.body());
        assertEquals(2, agent.get("incidents/" + ref).json().getJsonArray("actions").size(), "nothing more was stored");

        long job = approve(supervisor, first);
        Reply meanwhile = security.post("incidents/" + ref + "/actions", ALL);
        waitFor(agent, job, "COMPLETED", Duration.ofSeconds(90));
        Reply again = security.post("incidents/" + ref + "/actions", ALL);
        if (meanwhile.status() == 201) {
            // the job had completed already when asked: that request is the new pending one
            duplicateOf(meanwhile.json().getJsonNumber("id").longValue(), again);
        } else {
            duplicateOf(first, meanwhile);
            assertTrue(meanwhile.json().getString("detail").contains("its job " + job + " not completed"), meanwhile.body());
            assertEquals(201, again.status(), "once done, the same action may be asked again: " + again.body());
        }
    }

    @Test
    void identicalRequestsAtTheSameMomentMakeOneAction() throws Exception {
        Incidents.Linked linked = Incidents.linked(exchange, admin, 1, 1);
        String ref = declare(security, linked.integration(), Instant.now().minus(Duration.ofHours(1)));
        List<Api> requesters = List.of(security, security2, Api.as(Api.newStaff("SECURITY")));
        ExecutorService pool = Executors.newFixedThreadPool(requesters.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Reply>> replies = requesters.stream().map(r -> pool.submit(() -> {
                start.await();
                return r.post("incidents/" + ref + "/actions", ALL);
            })).toList();
            start.countDown();
            List<Reply> got = new java.util.ArrayList<>();
            for (Future<Reply> f : replies) {
                got.add(f.get(60, TimeUnit.SECONDS));
            }
            List<Reply> created = got.stream().filter(r -> r.status() == 201).toList();
            assertEquals(1, created.size(), "one action: " + got);
            long id = created.get(0).json().getJsonNumber("id").longValue();
            got.stream().filter(r -> r.status() != 201).forEach(r -> duplicateOf(id, r));
            assertEquals(1, agent.get("incidents/" + ref).json().getJsonArray("actions").size());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void closingTheIncidentWithdrawsWhatStillWaitsForADecision() {
        Incidents.Linked linked = Incidents.linked(exchange, admin, 1, 1);
        String ref = declare(security, linked.integration(), Instant.now().minus(Duration.ofHours(1)));
        long action = requestAll(security, ref);
        long v = version(supervisor, action);
        long incidentVersion = agent.get("incidents/" + ref).json().getJsonObject("incident").getJsonNumber("version").longValue();
        Reply closed = security.post("incidents/" + ref + "/close", "{\"version\":" + incidentVersion + "}");
        assertEquals(200, closed.status(), closed.body());
        assertEquals("CLOSED", closed.json().getString("state"));

        JsonObject withdrawn = agent.get("incident-actions/" + action).json();
        assertEquals("WITHDRAWN", withdrawn.getString("state"), withdrawn.toString());
        assertEquals("incident closed", withdrawn.getString("decisionNote"));
        assertEquals("incident-closed", rule(supervisor.post("incident-actions/" + action + "/approve",
                "{\"version\":" + version(supervisor, action) + "}")));
        assertEquals(409, supervisor.post("incident-actions/" + action + "/approve", "{\"version\":" + v + "}").status(),
                "the version read before the close is stale");
        assertEquals("ACTIVE", security.get("api-keys/" + linked.keys().get(0)).json().getString("status"), "nothing ran");

        Reply trail = Api.as(Api.newStaff("AUDITOR")).get("audit?entity=IncidentAction:" + action);
        assertEquals(200, trail.status(), trail.body());
        assertTrue(trail.body().contains("INCIDENT_ACTION_WITHDRAWN"), "the withdrawal audited: " + trail.body());
    }
}
