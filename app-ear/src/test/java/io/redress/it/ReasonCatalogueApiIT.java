package io.redress.it;

import static io.redress.it.support.Restrictions.approve;
import static io.redress.it.support.Restrictions.body;
import static io.redress.it.support.Restrictions.newAccount;
import static io.redress.it.support.Restrictions.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.it.support.Api;
import io.redress.it.support.Api.Reply;
import io.redress.it.support.Fixtures.Credentials;
import io.redress.it.support.RedressDeployment;
import io.redress.it.support.Restrictions;
import jakarta.json.JsonObject;
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
 * The 2022 closure replayed against the policy catalogue: a reason about criticism in other words or other
 * letters, a discretionary closure with no window, a reason nobody else approved, a reason changed under a
 * pending restriction, and retiring over REST.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReasonCatalogueApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RedressDeployment.ear();
    }

    private Credentials adminLogin;
    private Api admin;
    private Api compliance;
    private Api agent;
    private Api exchange;

    @BeforeEach
    void people() {
        adminLogin = Api.newStaff("ADMIN");
        admin = Api.as(adminLogin);
        compliance = Api.as(Api.newStaff("COMPLIANCE"));
        agent = Api.as(Api.newStaff("AGENT"));
        exchange = Api.as(Api.newStaff("INTEGRATION"));
    }

    private static String code() {
        return "IT_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    private static String reason(String code, String ground, String title, String clause, String measures, int minWindow) {
        return """
                {"code":"%s","ground":"%s","title":"%s","termsClause":"%s","measures":[%s],
                 "requiredEvidence":"The records of the conduct on the platform","approverRole":"COMPLIANCE",
                 "minWindowDays":%d,"noticeText":"Your use of the platform breached our terms.","disclosable":true}"""
                .formatted(code, ground, title, clause, measures, minWindow);
    }

    private static void assertRule(Reply r, int status, String rule) {
        assertEquals(status, r.status(), r.body());
        assertTrue(r.isProblem(), r.contentType());
        assertEquals(rule, r.json().getString("rule"), r.body());
    }

    private List<String> codesInForce() {
        return agent.get("policy/reasons").jsonArray().getValuesAs(JsonObject.class).stream().map(r -> r.getString("code")).toList();
    }

    @Test
    void criticismInOtherWordsOrOtherLettersIsRefused() {
        for (String title : new String[] {"Conduct that harms the exchange's standing", "Negative posts about the exchange",
                "Public criti\u200Bcism", "Public \u0441riticism of staff"}) {
            Reply r = admin.post("policy/reasons", reason(code(), "PLATFORM_CONDUCT", title, "Terms 11.9 (Conduct)", "\"WITHDRAW_ONLY\"", 30));
            assertRule(r, 422, "criticism-not-a-reason");
            assertTrue(r.json().getString("detail").startsWith("title:"), r.body());
        }
        Reply clause = admin.post("policy/reasons", reason(code(), "PLATFORM_CONDUCT", "Conduct", "negative posts about the exchange",
                "\"WITHDRAW_ONLY\"", 30));
        assertEquals(400, clause.status(), clause.body());
        assertEquals("termsClause", clause.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Reply noGround = admin.post("policy/reasons", reason(code(), "REPUTATION", "Conduct", "Terms 11.9 (Conduct)", "\"WITHDRAW_ONLY\"", 30));
        assertEquals(400, noGround.status(), noGround.body());
        assertEquals("ground", noGround.json().getJsonArray("errors").getJsonObject(0).getString("field"), "grounds are fixed");
    }

    @Test
    void aDiscretionaryClosureGetsThePlatformsFloorUnlessTheLawDecides() {
        Reply zeroDays = admin.post("policy/reasons", reason(code(), "PLATFORM_CONDUCT", "Closure at our discretion",
                "Terms of Service 14.2 (Ending the relationship)", "\"CLOSE\"", 0));
        assertRule(zeroDays, 422, "window-below-floor");
        assertRule(admin.post("policy/reasons", reason(code(), "FRAUD", "Closure for fraud", "Terms 9.1 (Fraud)", "\"WITHDRAW_ONLY\"", 6)),
                422, "window-below-floor");
        Reply legalOrder = admin.post("policy/reasons", reason(code(), "LEGAL_ORDER", "Order to close", "Terms 12.1 (Orders)", "\"CLOSE\"", 0));
        assertEquals(201, legalOrder.status(), legalOrder.body());
        assertRule(admin.post("policy/reasons", reason(code(), "PLATFORM_CONDUCT", "Freeze", "Terms 11.9 (Conduct)",
                "\"FREEZE_WITHDRAWALS\"", 0)), 422, "ground-forbids-measure");
    }

    @Test
    void aNewReasonIsUsableByNobodyUntilAnotherComplianceOfficerApprovesIt() {
        String code = code();
        Credentials both = Api.newStaff("ADMIN,COMPLIANCE");
        Api author = Api.as(both);
        Reply proposed = author.post("policy/reasons", reason(code, "PLATFORM_CONDUCT", "Multiple accounts",
                "Terms of Service 2.3 (One account per person)", "\"WITHDRAW_ONLY\",\"CLOSE\"", 30));
        assertEquals(201, proposed.status(), proposed.body());
        assertEquals("PENDING", proposed.json().getString("state"));
        assertEquals(both.username(), proposed.json().getString("proposedBy"));

        assertFalse(codesInForce().contains(code), "not in force");
        String account = newAccount(exchange, 0);
        assertRule(agent.post("accounts/" + account + "/restrictions", body("WITHDRAW_ONLY", code, 30)), 422, "unknown-reason");
        assertEquals(404, agent.get("policy/reasons/" + code).status());

        for (Api reader : List.of(admin, compliance)) {
            assertTrue(reader.get("policy/reasons/pending").jsonArray().getValuesAs(JsonObject.class).stream()
                    .anyMatch(p -> p.getString("code").equals(code)), "pending versions are visible to ADMIN and COMPLIANCE");
        }
        Reply agentReads = agent.get("policy/reasons/pending");
        assertEquals(403, agentReads.status());
        assertTrue(agentReads.isProblem());

        assertRule(author.post("policy/reasons/" + code + "/versions/1/approve", "{}"), 422, "four-eyes");
        assertEquals(403, admin.post("policy/reasons/" + code + "/versions/1/approve", "{}").status(), "ADMIN cannot approve policy");
        Reply approved = compliance.post("policy/reasons/" + code + "/versions/1/approve", "{\"note\":\"Matches our terms\"}");
        assertEquals(200, approved.status(), approved.body());
        assertEquals("APPROVED", approved.json().getString("state"));
        assertEquals(409, compliance.post("policy/reasons/" + code + "/versions/1/approve", "{}").status(), "decided once");

        JsonObject inForce = agent.get("policy/reasons/" + code).json();
        assertEquals(1, inForce.getInt("revision"));
        assertEquals("PLATFORM_CONDUCT", inForce.getString("ground"));
        request(agent, account, body("WITHDRAW_ONLY", code, 30));
    }

    @Test
    void aRestrictionKeepsTheVersionOfItsReasonAndTheNoticeShowsIt() {
        String code = Restrictions.approvedReason("PLATFORM_CONDUCT", "\"WITHDRAW_ONLY\",\"CLOSE\"", "SUPERVISOR", 14, true);
        Api supervisor = Api.as(Api.newStaff("SUPERVISOR"));
        String account = newAccount(exchange, 0);
        long underV1 = request(agent, account, body("WITHDRAW_ONLY", code, 14));
        assertEquals(1, agent.get("restrictions/" + underV1).json().getInt("reasonRevision"));

        JsonObject v1 = agent.get("policy/reasons/" + code).json();
        Reply change = admin.put("policy/reasons/" + code, """
                {"ground":"PLATFORM_CONDUCT","title":"Repeated chargebacks","termsClause":"Terms of Service 9.4 (Payments)",
                 "measures":["WITHDRAW_ONLY","CLOSE"],"requiredEvidence":"The chargeback records","approverRole":"SUPERVISOR",
                 "minWindowDays":21,"noticeText":"Repeated chargebacks breached our payment terms.","disclosable":true,
                 "version":%d,"note":"three weeks, as the board decided"}""".formatted(v1.getJsonNumber("version").longValue()));
        assertEquals(202, change.status(), change.body());
        assertEquals(2, change.json().getInt("revision"));
        assertEquals(14, agent.get("policy/reasons/" + code).json().getInt("minWindowDays"), "unchanged until approved");
        assertRule(admin.put("policy/reasons/" + code, """
                {"ground":"PLATFORM_CONDUCT","title":"Other","termsClause":"Terms 9.4 (Payments)","measures":["CLOSE"],
                 "requiredEvidence":"x","approverRole":"SUPERVISOR","minWindowDays":30,"noticeText":"x","disclosable":true,
                 "version":%d}""".formatted(v1.getJsonNumber("version").longValue())), 422, "change-pending");

        assertEquals(200, compliance.post("policy/reasons/" + code + "/versions/2/approve", "{}").status());
        assertEquals(2, agent.get("policy/reasons/" + code).json().getInt("revision"));
        assertEquals(21, agent.get("policy/reasons/" + code).json().getInt("minWindowDays"));

        assertRule(approve(supervisor, underV1, null), 422, "reason-changed");
        long underV2 = request(agent, account, body("WITHDRAW_ONLY", code, 21));
        assertEquals(200, approve(supervisor, underV2, null).status());
        assertEquals(2, agent.get("restrictions/" + underV2).json().getInt("reasonRevision"));
        JsonObject notice = noticeFor(account);
        assertTrue(notice.getString("text").contains("policy reason " + code + ", version 2"), notice.toString());

        List<JsonObject> versions = compliance.get("policy/reasons/" + code + "/versions").jsonArray().getValuesAs(JsonObject.class);
        assertEquals(List.of(2, 1), versions.stream().map(v -> v.getInt("revision")).toList());
        assertEquals(14, exchange.get("policy/reasons/" + code + "/versions/1").json().getJsonObject("terms").getInt("minWindowDays"),
                "the version a restriction was decided under stays readable");
    }

    private JsonObject noticeFor(String accountId) {
        long after = 0;
        for (int page = 0; page < 100; page++) {
            List<JsonObject> batch = exchange.get("notices?after=" + after + "&limit=500").jsonArray().getValuesAs(JsonObject.class);
            if (batch.isEmpty()) {
                break;
            }
            for (JsonObject n : batch) {
                if (n.getString("accountId").equals(accountId)) {
                    return n;
                }
            }
            after = batch.get(batch.size() - 1).getJsonNumber("id").longValue();
        }
        throw new AssertionError("no notice for " + accountId);
    }

    @Test
    void reasonsAreRetiredOverRestWithAWrittenReasonAndTheCurrentVersion() {
        String code = Restrictions.approvedReason("PLATFORM_CONDUCT", "\"WITHDRAW_ONLY\"", "SUPERVISOR", 14, true);
        long version = agent.get("policy/reasons/" + code).json().getJsonNumber("version").longValue();

        Reply noReason = admin.post("policy/reasons/" + code + "/retire", "{\"version\":%d}".formatted(version));
        assertEquals(400, noReason.status());
        assertEquals("reason", noReason.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(409, admin.post("policy/reasons/" + code + "/retire",
                "{\"version\":%d,\"reason\":\"superseded by the new payments clause\"}".formatted(version + 5)).status());
        assertEquals(403, compliance.post("policy/reasons/" + code + "/retire",
                "{\"version\":%d,\"reason\":\"superseded by the new payments clause\"}".formatted(version)).status());

        Reply retired = admin.post("policy/reasons/" + code + "/retire",
                "{\"version\":%d,\"reason\":\"superseded by the new payments clause\"}".formatted(version));
        assertEquals(200, retired.status(), retired.body());
        assertFalse(retired.json().getBoolean("active"));
        String account = newAccount(exchange, 0);
        assertRule(agent.post("accounts/" + account + "/restrictions", body("WITHDRAW_ONLY", code, 14)), 422, "reason-retired");
    }

    @Test
    void aProposalIsRejectedByComplianceOrWithdrawnByItsAuthorWithAReason() {
        String code = code();
        assertEquals(201, admin.post("policy/reasons", reason(code, "PLATFORM_CONDUCT", "Bonus abuse",
                "Terms 6.2 (Promotions)", "\"WITHDRAW_ONLY\"", 14)).status());
        Reply tooShort = compliance.post("policy/reasons/" + code + "/versions/1/reject", "{\"reason\":\"no\"}");
        assertEquals(400, tooShort.status());
        assertEquals("reason", tooShort.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertRule(Api.as(Api.newStaff("ADMIN")).post("policy/reasons/" + code + "/versions/1/reject",
                "{\"reason\":\"not my proposal to withdraw\"}"), 422, "not-author");
        Reply rejected = compliance.post("policy/reasons/" + code + "/versions/1/reject",
                "{\"reason\":\"Promotions are not a ground for withdraw-only\"}");
        assertEquals(200, rejected.status(), rejected.body());
        assertEquals("REJECTED", rejected.json().getString("state"));
        assertFalse(codesInForce().contains(code));
        assertEquals(404, compliance.post("policy/reasons/NO_SUCH_REASON_X/versions/1/approve", "{}").status());
    }
}
