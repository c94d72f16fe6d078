package io.redress.it;

import static io.redress.it.support.Restrictions.approve;
import static io.redress.it.support.Restrictions.body;
import static io.redress.it.support.Restrictions.decide;
import static io.redress.it.support.Restrictions.newAccount;
import static io.redress.it.support.Restrictions.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.it.support.Api;
import io.redress.it.support.Api.Reply;
import io.redress.it.support.RedressDeployment;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Restrictions with due process over REST, and the decisions the exchange asks for. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestrictionApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RedressDeployment.ear();
    }

    private Api exchange;
    private Api agent;
    private Api supervisor;
    private Api otherSupervisor;
    private Api compliance;
    private String account;

    @BeforeEach
    void people() {
        exchange = Api.as(Api.newStaff("INTEGRATION"));
        agent = Api.as(Api.newStaff("AGENT"));
        supervisor = Api.as(Api.newStaff("SUPERVISOR"));
        otherSupervisor = Api.as(Api.newStaff("SUPERVISOR"));
        compliance = Api.as(Api.newStaff("COMPLIANCE"));
        account = newAccount(exchange, 0);
    }

    private static Set<String> rules(Reply r) {
        return r.json().getJsonArray("rules").getValuesAs(JsonString::getString).stream().collect(Collectors.toSet());
    }

    @Test
    void aMeasureTakesEffectOnlyWhenSomeoneElseApprovesItAndTheNextDecisionShowsIt() {
        long id = request(supervisor, account, body("WITHDRAW_ONLY", "KYC_REFRESH_OVERDUE", 14));
        assertTrue(decide(exchange, account, "TRADE").json().getBoolean("allowed"), "a request alone changes nothing");

        Reply self = approve(supervisor, id, null);
        assertEquals(422, self.status());
        assertTrue(self.isProblem());
        assertEquals("four-eyes", self.json().getString("rule"));
        assertEquals(403, approve(agent, id, null).status(), "agents cannot approve");

        Instant before = Instant.now();
        Reply approved = approve(otherSupervisor, id, null);
        assertEquals(200, approved.status(), approved.body());
        assertEquals("APPROVED", approved.json().getString("state"));

        JsonObject trade = decide(exchange, account, "TRADE").json();
        assertFalse(trade.getBoolean("allowed"), "the first decision after approval reflects it");
        assertEquals("WITHDRAW_ONLY", trade.getString("status"));
        assertEquals(id, trade.getJsonNumber("restrictionId").longValue());
        assertFalse(trade.containsKey("reasonCode") && !trade.isNull("reasonCode"), "the reason code is staff vocabulary");
        assertEquals("KYC_REFRESH_OVERDUE", decide(agent, account, "TRADE").json().getString("reasonCode"));
        Instant windowEnd = Instant.parse(trade.getString("windowEndsAt"));
        assertTrue(Duration.between(before, windowEnd).toDays() == 14 || Duration.between(before, windowEnd).toHours() >= 14 * 24 - 1);
        assertTrue(decide(exchange, account, "WITHDRAW").json().getBoolean("allowed"));
        assertTrue(decide(exchange, account, "REDUCE_ONLY_TRADE").json().getBoolean("allowed"));
        assertFalse(decide(exchange, account, "DEPOSIT").json().getBoolean("allowed"));

        JsonObject notice = noticesFor(account).get(0);
        assertEquals("RESTRICTION_APPLIED", notice.getString("kind"));
        assertTrue(notice.getString("text").contains("identity verification refresh"), notice.getString("text"));
        assertEquals(trade.getString("windowEndsAt"), notice.getString("windowEndsAt"));
        assertTrue(notice.getString("howToAppeal").contains("appeal"));
    }

    /**
     * The inbox over REST is paged, oldest request first: a page says where the next begins (a Link header,
     * rel="next"), so an approver's tool walks every pending request once however many there are.
     */
    @Test
    void theApprovalInboxIsPagedOldestFirstAndLinksToTheNextPage() {
        List<Long> mine = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            mine.add(request(agent, newAccount(exchange, 0), body("WITHDRAW_ONLY", "KYC_REFRESH_OVERDUE", 14)));
        }
        List<Long> walked = new ArrayList<>();
        List<Instant> requestedAt = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            try (Response r = supervisor.request("restrictions/pending?size=2" + (after == null ? "" : "&after=" + after)).get()) {
                assertEquals(200, r.getStatus());
                List<JsonObject> page = Api.json("{\"items\":" + r.readEntity(String.class) + "}").getJsonArray("items")
                        .getValuesAs(JsonObject.class);
                assertTrue(page.size() <= 2, "at most the page's size");
                page.forEach(p -> {
                    walked.add(p.getJsonObject("restriction").getJsonNumber("id").longValue());
                    requestedAt.add(Instant.parse(p.getJsonObject("restriction").getString("requestedAt")));
                });
                Link next = r.getLink("next");
                after = next == null ? null : UriBuilder.fromUri(next.getUri()).build().getQuery().replaceAll(".*after=([^&]*).*", "$1");
                assertTrue(next == null || page.size() == 2, "a next page only after a full one");
            }
        } while (after != null && ++pages < 1000);
        assertEquals(walked.size(), Set.copyOf(walked).size(), "no request twice: " + walked);
        assertTrue(walked.containsAll(mine), "each of the three requests on some page: " + walked);
        for (int i = 1; i < requestedAt.size(); i++) {
            assertFalse(requestedAt.get(i).isBefore(requestedAt.get(i - 1)), "oldest first");
        }

        Reply tooBig = supervisor.get("restrictions/pending?size=501");
        assertEquals(400, tooBig.status());
        assertEquals("size", tooBig.json().getJsonArray("errors").getJsonObject(0).getString("field"), tooBig.body());
        Reply forged = supervisor.get("restrictions/pending?after=abc");
        assertEquals(400, forged.status());
        assertEquals("after", forged.json().getJsonArray("errors").getJsonObject(0).getString("field"), forged.body());
    }

    @Test
    void suspensionClosureAndFreezesNeedAComplianceOfficer() {
        long id = request(agent, account, body("SUSPEND", "KYC_REFRESH_OVERDUE", 14));
        Reply bySupervisor = approve(supervisor, id, null);
        assertEquals(422, bySupervisor.status());
        assertEquals("approver-role", bySupervisor.json().getString("rule"));
        assertEquals(200, approve(compliance, id, null).status());
        JsonObject login = decide(exchange, account, "LOGIN").json();
        assertTrue(login.getBoolean("allowed"));
        assertEquals("SUSPENDED", login.getString("status"));
        assertFalse(decide(exchange, account, "TRADE").json().getBoolean("allowed"));

        long freeze = request(agent, account, """
                {"measure":"FREEZE_WITHDRAWALS","reasonCode":"COURT_ORDER","justification":"Order 2026/117 of the district court.",
                 "evidence":["order 2026/117"]}""");
        assertEquals(422, approve(supervisor, freeze, null).status());
        assertEquals(200, approve(compliance, freeze, null).status());
        JsonObject withdraw = decide(exchange, account, "WITHDRAW").json();
        assertFalse(withdraw.getBoolean("allowed"));
        assertTrue(withdraw.getJsonArray("reasons").getValuesAs(JsonString::getString).contains("WITHDRAWALS_FROZEN"));
        JsonObject notice = noticesFor(account).get(0);
        assertFalse(notice.getBoolean("reasonDisclosed"), "a court order may not be disclosed");
        assertFalse(notice.getString("text").contains("court"), notice.getString("text"));
    }

    @Test
    void afterAComplaintAPunitiveMeasureNeedsComplianceAndAnAttestationAndIsReported() {
        Reply recorded = exchange.post("accounts/" + account + "/complaints",
                "{\"kind\":\"PUBLIC_POST\",\"reference\":\"https://social.example/p/42\"}");
        assertEquals(201, recorded.status(), recorded.body());
        assertEquals("PUBLIC_POST", recorded.json().getString("kind"), "the answer says what was recorded");
        assertEquals("https://social.example/p/42", recorded.json().getString("reference"));
        assertFalse(recorded.json().getString("at").isEmpty());
        long id = request(agent, account, body("WITHDRAW_ONLY", "ABUSE_OF_STAFF", 30));

        Reply bySupervisor = approve(supervisor, id, null);
        assertEquals(422, bySupervisor.status());
        assertEquals(Set.of("retaliation-guard", "attestation-required"), rules(bySupervisor));

        Reply noAttestation = approve(compliance, id, null);
        assertEquals(422, noAttestation.status());
        assertEquals(Set.of("attestation-required"), rules(noAttestation));
        assertTrue(noAttestation.json().getString("detail").contains("social.example/p/42"), "the approver sees the complaint");

        Reply approved = approve(compliance, id, "The abuse in ticket RD-9 predates the post and is unrelated to it.");
        assertEquals(200, approved.status(), approved.body());
        assertTrue(approved.json().getBoolean("afterComplaint"));

        Reply report = compliance.get("reports/restrictions-after-complaints");
        assertEquals(200, report.status());
        assertTrue(report.jsonArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(r -> r.getJsonNumber("id").longValue() == id && r.getString("attestation").contains("unrelated")));
        assertEquals(200, Api.as(Api.newStaff("AUDITOR")).get("reports/restrictions-after-complaints").status());
        assertEquals(403, agent.get("reports/restrictions-after-complaints").status());
    }

    @Test
    void requestsThatDueProcessForbidsAreRefusedSayingWhichRule() {
        Reply shortWindow = agent.post("accounts/" + account + "/restrictions", body("WITHDRAW_ONLY", "KYC_REFRESH_OVERDUE", 3));
        assertEquals(422, shortWindow.status());
        assertEquals("window-below-minimum", shortWindow.json().getString("rule"));

        Reply notJustified = agent.post("accounts/" + account + "/restrictions", body("CLOSE", "KYC_REFRESH_OVERDUE", 30));
        assertEquals(422, notJustified.status());
        assertEquals("measure-not-justified", notJustified.json().getString("rule"));

        Reply unknownReason = agent.post("accounts/" + account + "/restrictions", body("SUSPEND", "TALKED_BACK", 30));
        assertEquals(422, unknownReason.status());
        assertEquals("unknown-reason", unknownReason.json().getString("rule"));

        Reply noEvidence = agent.post("accounts/" + account + "/restrictions", """
                {"measure":"WITHDRAW_ONLY","reasonCode":"KYC_REFRESH_OVERDUE","justification":"Three refresh requests unanswered.",
                 "windowDays":14}""");
        assertEquals(422, noEvidence.status());
        assertEquals("evidence-required", noEvidence.json().getString("rule"));

        Reply badFields = agent.post("accounts/" + account + "/restrictions", """
                {"measure":"BAN","justification":"too short","windowDays":-1,"evidence":["a\\nb"],"colour":"red"}""");
        assertEquals(400, badFields.status());
        Set<String> fields = badFields.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).collect(Collectors.toSet());
        assertTrue(fields.containsAll(Set.of("measure", "colour")), fields.toString());

        assertEquals(400, agent.post("accounts/" + account + "/restrictions", "{\"measure\":").status());
        assertEquals(404, agent.post("accounts/NO-SUCH-ACCOUNT/restrictions", body("WITHDRAW_ONLY", "KYC_REFRESH_OVERDUE", 14)).status());
        assertEquals(403, exchange.post("accounts/" + account + "/restrictions", body("WITHDRAW_ONLY", "KYC_REFRESH_OVERDUE", 14)).status(),
                "the exchange's systems cannot restrict accounts");
        assertEquals(0, Api.as(Api.newStaff("AGENT")).get("accounts/" + account + "/restrictions").jsonArray().size(),
                "nothing was stored");
    }

    @Test
    void whenTwoApproveAtOnceExactlyOneWinsAndTheOtherGets409() throws Exception {
        Api[] approvers = {supervisor, otherSupervisor, Api.as(Api.newStaff("SUPERVISOR")), Api.as(Api.newStaff("SUPERVISOR"))};
        ExecutorService pool = Executors.newFixedThreadPool(approvers.length);
        try {
            for (int round = 0; round < 3; round++) {
                long id = request(agent, account, body("WITHDRAW_ONLY", "KYC_REFRESH_OVERDUE", 14));
                List<Callable<Integer>> calls = new ArrayList<>();
                for (Api a : approvers) {
                    calls.add(() -> approve(a, id, null).status());
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> f : pool.invokeAll(calls)) {
                    statuses.add(f.get());
                }
                assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
                assertEquals(approvers.length - 1, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aLiftRestoresTheAccountAndTellsTheCustomer() {
        long id = request(agent, account, body("WITHDRAW_ONLY", "KYC_REFRESH_OVERDUE", 14));
        approve(supervisor, id, null);
        long lift = request(agent, account, """
                {"measure":"LIFT","justification":"The customer completed the KYC refresh today.","liftsRestrictionId":%d}""".formatted(id));
        assertFalse(decide(exchange, account, "TRADE").json().getBoolean("allowed"), "until the lift is approved");
        assertEquals(200, approve(supervisor, lift, null).status());
        JsonObject trade = decide(exchange, account, "TRADE").json();
        assertTrue(trade.getBoolean("allowed"));
        assertEquals("ACTIVE", trade.getString("status"));
        assertEquals("LIFTED", agent.get("restrictions/" + id).json().getString("state"));
        assertEquals("RESTRICTION_LIFTED", noticesFor(account).get(0).getString("kind"));
    }

    @Test
    void anAppealIsDecidedBySomeoneNotInvolvedAndOverturningLiftsTheMeasure() {
        long id = request(agent, account, body("WITHDRAW_ONLY", "KYC_REFRESH_OVERDUE", 14));
        approve(supervisor, id, null);
        Reply filed = exchange.post("restrictions/" + id + "/appeals", "{\"statement\":\"I completed the refresh on 3 May.\"}");
        assertEquals(201, filed.status(), filed.body());
        long appeal = filed.json().getJsonNumber("id").longValue();
        Instant deadline = Instant.parse(filed.json().getString("deadline"));
        assertEquals(14, Duration.between(Instant.now(), deadline).plusMinutes(5).toDays(), "default deadline 14 days");
        assertEquals(422, exchange.post("restrictions/" + id + "/appeals", "{\"statement\":\"again\"}").status(), "one open appeal at a time");

        String overturn = "{\"outcome\":\"OVERTURNED\",\"reasons\":\"The refresh was completed on 3 May; our reminder was wrong.\"}";
        Reply byApprover = supervisor.post("appeals/" + appeal + "/decision", overturn);
        assertEquals(422, byApprover.status());
        assertEquals("reviewer-involved", byApprover.json().getString("rule"));
        Reply byRequester = agent.post("appeals/" + appeal + "/decision", overturn);
        assertEquals(403, byRequester.status());

        Reply decided = otherSupervisor.post("appeals/" + appeal + "/decision", overturn);
        assertEquals(200, decided.status(), decided.body());
        assertEquals("OVERTURNED", decided.json().getString("state"));
        assertTrue(decide(exchange, account, "TRADE").json().getBoolean("allowed"));
        assertEquals("APPEAL_DECIDED", noticesFor(account).get(0).getString("kind"));
        assertEquals(409, otherSupervisor.post("appeals/" + appeal + "/decision", overturn).status(), "decided once");
    }

    @Test
    void aModifiedAppealOnlyEverMovesTowardsTheCustomer() {
        long id = request(agent, account, body("WITHDRAW_ONLY", "KYC_REFRESH_OVERDUE", 14));
        approve(supervisor, id, null);
        Instant windowEnd = Instant.parse(decide(exchange, account, "LOGIN").json().getString("windowEndsAt"));
        long appeal = agent.post("restrictions/" + id + "/appeals", "{\"statement\":\"The customer is travelling until June.\"}")
                .json().getJsonNumber("id").longValue();

        Reply harsher = otherSupervisor.post("appeals/" + appeal + "/decision",
                "{\"outcome\":\"MODIFIED\",\"reasons\":\"Harsher is not what an appeal can do.\",\"newMeasure\":\"CLOSE\"}");
        assertEquals(422, harsher.status());
        assertEquals("modification-not-milder", harsher.json().getString("rule"));

        Reply moreTime = otherSupervisor.post("appeals/" + appeal + "/decision",
                "{\"outcome\":\"MODIFIED\",\"reasons\":\"Travelling: ten more days to withdraw.\",\"extraWindowDays\":10}");
        assertEquals(200, moreTime.status(), moreTime.body());
        Instant extended = Instant.parse(decide(exchange, account, "LOGIN").json().getString("windowEndsAt"));
        assertEquals(Duration.ofDays(10), Duration.between(windowEnd, extended));
    }

    @Test
    void noticesAreReadAfterACursorAndAcknowledgedOnce() {
        long id = request(agent, account, body("WITHDRAW_ONLY", "KYC_REFRESH_OVERDUE", 14));
        approve(supervisor, id, null);
        JsonObject notice = noticesFor(account).get(0);
        long noticeId = notice.getJsonNumber("id").longValue();
        assertTrue(exchange.get("notices?after=" + noticeId).jsonArray().getValuesAs(JsonObject.class).stream()
                .noneMatch(n -> n.getJsonNumber("id").longValue() <= noticeId), "only notices after the cursor");
        Reply first = exchange.post("notices/" + noticeId + "/delivered", "");
        assertEquals(200, first.status());
        Reply second = exchange.post("notices/" + noticeId + "/delivered", "");
        assertEquals(first.json().getString("deliveredAt"), second.json().getString("deliveredAt"), "idempotent");
        assertEquals(403, agent.get("notices?after=0").status());
        assertEquals(400, exchange.get("notices?after=-4").status());
        assertEquals(404, exchange.post("notices/999999999/delivered", "").status());
    }

    @Test
    void theCatalogueHasNoReasonForCriticismAndCannotBeGivenOne() {
        Reply catalogue = agent.get("policy/reasons");
        assertEquals(200, catalogue.status());
        List<JsonObject> reasons = catalogue.jsonArray().getValuesAs(JsonObject.class);
        assertTrue(reasons.size() >= 9);
        assertTrue(reasons.stream().allMatch(r -> !r.getString("termsClause").isBlank() && r.getInt("minWindowDays") >= 0));
        assertTrue(reasons.stream().noneMatch(r -> r.getString("title").toLowerCase().contains("complain")
                || r.getString("title").toLowerCase().contains("critic")));

        Api admin = Api.as(Api.newStaff("ADMIN"));
        String code = "X_" + Long.toHexString(System.nanoTime()).toUpperCase();
        Reply criticism = admin.post("policy/reasons", """
                {"code":"%s","ground":"PLATFORM_CONDUCT","title":"Public criticism of the exchange","termsClause":"Terms 99 (Conduct)",
                 "measures":["WITHDRAW_ONLY"],"requiredEvidence":"Posts","approverRole":"SUPERVISOR","minWindowDays":30,
                 "noticeText":"Bye.","disclosable":true}""".formatted(code));
        assertEquals(422, criticism.status(), criticism.body());
        assertEquals("criticism-not-a-reason", criticism.json().getString("rule"));
        assertTrue(criticism.json().getString("detail").contains("never a reason"));

        Reply valid = admin.post("policy/reasons", """
                {"code":"%s","ground":"PLATFORM_CONDUCT","title":"Chargeback abuse","termsClause":"Terms 9.4 (Payments)",
                 "measures":["WITHDRAW_ONLY","CLOSE"],"requiredEvidence":"The chargeback records","approverRole":"SUPERVISOR",
                 "minWindowDays":30,"noticeText":"Repeated chargebacks breached our payment terms.","disclosable":true}""".formatted(code));
        assertEquals(201, valid.status(), valid.body());
        assertEquals("PENDING", valid.json().getString("state"));
        assertEquals(403, agent.post("policy/reasons", "{}").status());
    }

    @Test
    void batchDecisionsAnswerUpToAThousandPairsIncludingUnknownAccounts() {
        StringBuilder requests = new StringBuilder("{\"requests\":[");
        for (int i = 0; i < 1000; i++) {
            requests.append(i == 0 ? "" : ",").append("{\"accountId\":\"")
                    .append(i == 999 ? "NO-SUCH" : account).append("\",\"action\":\"").append(i % 2 == 0 ? "TRADE" : "WITHDRAW")
                    .append("\"}");
        }
        Reply r = exchange.post("decisions", requests + "]}");
        assertEquals(200, r.status(), r.body().substring(0, Math.min(400, r.body().length())));
        List<JsonObject> answers = r.json().getJsonArray("decisions").getValuesAs(JsonObject.class);
        assertEquals(1000, answers.size());
        assertTrue(answers.get(0).getBoolean("allowed"));
        assertFalse(answers.get(999).getBoolean("allowed"));
        assertEquals("UNKNOWN_ACCOUNT", answers.get(999).getJsonArray("reasons").getString(0));

        Reply tooMany = exchange.post("decisions", requests.toString().replace("{\"requests\":[", "{\"requests\":[{\"accountId\":\"a\",\"action\":\"LOGIN\"},") + "]}");
        assertEquals(400, tooMany.status());
        Reply badAction = exchange.post("decisions", "{\"requests\":[{\"accountId\":\"" + account + "\",\"action\":\"FLY\"}]}");
        assertEquals(400, badAction.status());
        assertEquals("requests[0].action", badAction.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void singleDecisionsRefuseUnknownAccountsAndActions() {
        Reply unknown = decide(exchange, "NO-SUCH-ACCOUNT", "LOGIN");
        assertEquals(404, unknown.status());
        assertTrue(unknown.isProblem());
        Reply badAction = decide(exchange, account, "FLY");
        assertEquals(400, badAction.status());
        assertEquals("action", badAction.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(400, exchange.get("accounts/" + account + "/decision").status(), "the action is required");
        assertEquals(401, Api.anonymous().get("accounts/" + account + "/decision?action=LOGIN").status());
        assertNotNull(decide(exchange, account, "API_TRADE").json().getJsonArray("reasons"));
    }

    private List<JsonObject> noticesFor(String accountId) {
        List<JsonObject> mine = new ArrayList<>();
        long after = 0;
        for (int page = 0; page < 100; page++) {
            List<JsonObject> batch = exchange.get("notices?after=" + after + "&limit=500").jsonArray().getValuesAs(JsonObject.class);
            if (batch.isEmpty()) {
                break;
            }
            batch.stream().filter(n -> n.getString("accountId").equals(accountId)).forEach(mine::add);
            after = batch.get(batch.size() - 1).getJsonNumber("id").longValue();
        }
        mine.sort((a, b) -> Long.compare(b.getJsonNumber("id").longValue(), a.getJsonNumber("id").longValue()));
        return mine;
    }
}
