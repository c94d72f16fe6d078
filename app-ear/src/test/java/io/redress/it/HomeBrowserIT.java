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
import io.redress.it.support.Browser;
import io.redress.it.support.Fixtures.Credentials;
import io.redress.it.support.HomePage;
import io.redress.it.support.Incidents;
import io.redress.it.support.RedressDeployment;
import io.redress.it.support.Restrictions;
import io.redress.it.support.Time;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The home page is the signed-in person's work: their own numbers, each leading to the list it counts. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HomeBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RedressDeployment.ear();
    }

    /** A case opened by the exchange with this priority and assigned to {@code who}; answers its ticket. */
    private static String assignedCase(Api exchange, Credentials who, String priority) {
        Reply opened = exchange.post("cases", """
                {"channel":"EMAIL","customerName":"Mei","customerContact":"mei@example.org","language":"en",
                 "subject":"Home %s","description":"My deposit has not arrived.","category":"FUNDS_HOLD","priority":"%s"}"""
                .formatted(priority, priority));
        assertEquals(201, opened.status(), opened.body());
        JsonObject c = opened.json();
        Reply assigned = Api.as(who).post("cases/" + c.getString("ticket") + "/changes",
                "{\"version\":%d,\"assignee\":\"%s\"}".formatted(c.getJsonNumber("version").longValue(), who.username()));
        assertEquals(200, assigned.status(), assigned.body());
        return c.getString("ticket");
    }

    @Test
    void anAgentSeesTheirOwnOpenCasesBySlaAndACountOpensExactlyThoseCases() throws Exception {
        Api exchange = Api.as(Api.newStaff("INTEGRATION"));
        Credentials agent = Api.newStaff("AGENT");
        Credentials colleague = Api.newStaff("AGENT");
        String breached = assignedCase(exchange, agent, "P1");   // first response due in 15 minutes
        String dueSoon = assignedCase(exchange, agent, "P2");    // due in an hour: past 80 % at 50 minutes
        String onTime = assignedCase(exchange, agent, "P4");     // due in a day
        String colleagues = assignedCase(exchange, colleague, "P1");
        Time.runDueAt(Instant.now().plus(Duration.ofMinutes(50)));

        try (Browser b = Browser.open("home-agent")) {
            b.go("app/index.xhtml");
            b.signIn(agent.username(), agent.password());
            HomePage home = HomePage.open(b);
            assertEquals(1, home.count("cases-breached"), "only the agent's own breached case, not the colleague's");
            assertEquals(1, home.count("cases-due-soon"));
            assertEquals(1, home.count("cases-on-time"));
            assertFalse(home.shows("approvals-mine"), "an agent approves nothing, so no approvals are offered");
            assertFalse(home.shows("appeals-near"));
            b.screenshot("home-my-work-agent");

            home.follow("cases-breached");
            b.waitForText("[id='filters:cases']", breached);
            String list = b.find("[id='filters:cases']").getText();
            assertFalse(list.contains(dueSoon) || list.contains(onTime) || list.contains(colleagues), list);
            assertEquals(1, b.driver().findElements(By.cssSelector("[id='filters:cases_data'] > tr[data-ri]")).size(), list);
            assertTrue(b.driver().findElement(By.id("filters:mine_input")).isSelected(), "the filter says whose cases these are");
            b.screenshot("queue-my-breached-cases");

            HomePage.open(b).follow("cases-on-time");
            b.waitForText("[id='filters:cases']", onTime);
            assertFalse(b.find("[id='filters:cases']").getText().contains(breached));
        }
    }

    @Test
    void aSupervisorCountsWhatTheyMayDecideNotTheirOwnRequestsAndNotWhatTheyTookPartIn() throws Exception {
        Api exchange = Api.as(Api.newStaff("INTEGRATION"));
        Api agent = Api.as(Api.newStaff("AGENT"));
        Credentials supervisor = Api.newStaff("SUPERVISOR");
        Api approver = Api.as(Api.newStaff("SUPERVISOR"));

        try (Browser b = Browser.open("home-supervisor")) {
            b.go("app/index.xhtml");
            b.signIn(supervisor.username(), supervisor.password());
            HomePage home = HomePage.open(b);
            long approvalsBefore = home.count("approvals-mine");
            long appealsBefore = home.count("appeals-near");

            long pending = request(agent, newAccount(exchange, 0), body("WITHDRAW_ONLY", "KYC_REFRESH_OVERDUE", 14));
            long own = request(Api.as(supervisor), newAccount(exchange, 0), body("WITHDRAW_ONLY", "KYC_REFRESH_OVERDUE", 14));
            long mine = request(Api.as(supervisor), newAccount(exchange, 0), body("WITHDRAW_ONLY", "KYC_REFRESH_OVERDUE", 14));
            assertEquals(200, approve(approver, mine, null).status());
            long appealed = request(agent, newAccount(exchange, 0), body("WITHDRAW_ONLY", "KYC_REFRESH_OVERDUE", 14));
            assertEquals(200, approve(approver, appealed, null).status());
            long near = fileAppealDueIn(exchange, appealed, Duration.ofDays(1));
            fileAppealDueIn(exchange, mine, Duration.ofDays(1)); // the supervisor requested that measure: not theirs to decide
            long far = fileAppealDueIn(exchange, approved(agent, approver, exchange), null); // due in fourteen days

            home = HomePage.open(b);
            assertEquals(approvalsBefore + 1, home.count("approvals-mine"), "the agent's request, not the supervisor's own");
            assertEquals(appealsBefore + 1, home.count("appeals-near"), "the appeal due tomorrow on a measure they took no part in");
            b.screenshot("home-my-work-supervisor");

            home.follow("approvals-mine");
            b.find("#inbox-mine");
            assertTrue(listsRestriction(b, pending), b.find("[id='inbox:pending']").getText());
            assertFalse(listsRestriction(b, own), "nobody approves their own request");

            HomePage.open(b).follow("appeals-near");
            b.find("#appeals-near");
            assertTrue(listsAppeal(b, near), b.find("[id='appeals:open']").getText());
            assertFalse(listsAppeal(b, far), "an appeal due in two weeks is not near its deadline");
        }
    }

    @Test
    void securityCountsTheBulkActionsOthersRequestedAndTheIncidentsListShowsWhichWait() throws Exception {
        Api admin = Api.as(Api.newStaff("ADMIN"));
        Credentials security = Api.newStaff("SECURITY");
        Api colleague = Api.as(Api.newStaff("SECURITY"));
        Instant suspected = Instant.now().minus(Duration.ofDays(1));
        try (Browser b = Browser.open("home-security")) {
            b.go("app/index.xhtml");
            b.signIn(security.username(), security.password());
            HomePage home = HomePage.open(b);
            long before = home.count("bulk-actions");

            String theirs = Incidents.declare(colleague, Incidents.newIntegration(admin), suspected);
            Incidents.requestAll(colleague, theirs);
            String mine = Incidents.declare(Api.as(security), Incidents.newIntegration(admin), suspected);
            Incidents.requestAll(Api.as(security), mine);

            home = HomePage.open(b);
            assertEquals(before + 1, home.count("bulk-actions"), "the colleague's request: nobody approves their own");
            b.screenshot("home-my-work-security");
            home.follow("bulk-actions");
            b.find("[id='incidents:table']");
            assertTrue(waitsForMe(b, theirs), b.find("[id='incidents:table']").getText());
            assertFalse(waitsForMe(b, mine), "their own request is not marked as theirs to approve");
        }
    }

    @Test
    void aSupervisorCountsTheClaimDecisionsTheyMayApproveAndTheCountOpensThem() throws Exception {
        Api exchange = Api.as(Api.newStaff("INTEGRATION"));
        Api agent = Api.as(Api.newStaff("AGENT"));
        Credentials supervisor = Api.newStaff("SUPERVISOR");
        Api colleague = Api.as(Api.newStaff("SUPERVISOR"));
        String incident = Incidents.newIncident();
        try (Browser b = Browser.open("home-claims")) {
            b.go("app/index.xhtml");
            b.signIn(supervisor.username(), supervisor.password());
            long before = HomePage.open(b).count("claims-waiting");

            long theirs = decidedClaim(exchange, agent, agent, incident, "USDT", "42", "FULL", null);
            long assessedByMe = decidedClaim(exchange, Api.as(supervisor), agent, incident, "USDT", "42", "FULL", null);
            long decidedByMe = decidedClaim(exchange, agent, Api.as(supervisor), incident, "USDT", "42", "FULL", null);
            long aboveMyLimit = decidedClaim(exchange, agent, agent, incident, "BTC", "1", "PARTIAL", "0.5");
            Reply first = colleague.post("claims/" + aboveMyLimit + "/approve", "{\"version\":" + claimVersion(agent, aboveMyLimit) + "}");
            assertEquals("PENDING_SECOND_APPROVAL", first.json().getString("state"), first.body());

            HomePage home = HomePage.open(b);
            assertEquals(before + 1, home.count("claims-waiting"),
                    "not the claims they assessed or decided, nor a second approval above their 10,000 USD limit");
            home.follow("claims-waiting");
            String table = b.find("[id='claims:table']").getText();
            assertTrue(listsClaim(b, theirs), table);
            assertFalse(listsClaim(b, assessedByMe), "nobody approves a decision on a claim they assessed");
            assertFalse(listsClaim(b, decidedByMe), "nobody approves their own decision");
            assertFalse(listsClaim(b, aboveMyLimit), "a second approval must be within the approver's limit");
        }
    }

    @Test
    void aComplianceOfficerCountsTheReasonVersionsWaitingForApproval() throws Exception {
        Api admin = Api.as(Api.newStaff("ADMIN"));
        // an officer who also administers the catalogue: their own proposal waits for someone else
        Credentials compliance = Api.newStaff("ADMIN,COMPLIANCE");
        try (Browser b = Browser.open("home-reasons")) {
            b.go("app/index.xhtml");
            b.signIn(compliance.username(), compliance.password());
            long before = HomePage.open(b).count("reason-versions");
            String own = "IT_" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
            assertEquals(201, Api.as(compliance).post("policy/reasons", reason(own)).status());
            String code = "IT_" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
            Reply proposed = admin.post("policy/reasons", reason(code));
            assertEquals(201, proposed.status(), proposed.body());
            // a change proposed to a reason that is retired before anyone approves it: approving it is refused
            String retired = Restrictions.approvedReason("PLATFORM_CONDUCT", "\"WITHDRAW_ONLY\"", "SUPERVISOR", 14, true);
            long version = admin.get("policy/reasons/" + retired).json().getJsonNumber("version").longValue();
            Reply change = admin.put("policy/reasons/" + retired, reason(retired).replace("\"code\":\"" + retired + "\",", "")
                    .replace("\"disclosable\":true", "\"disclosable\":true,\"version\":" + version));
            assertEquals(202, change.status(), change.body());
            version = admin.get("policy/reasons/" + retired).json().getJsonNumber("version").longValue();
            Reply retiring = admin.post("policy/reasons/" + retired + "/retire",
                    "{\"version\":%d,\"reason\":\"superseded by the new conduct clause\"}".formatted(version));
            assertEquals(200, retiring.status(), retiring.body());

            HomePage home = HomePage.open(b);
            assertEquals(before + 1, home.count("reason-versions"),
                    "the administrator's proposal; not the officer's own, nor a change to a reason retired since");
            home.follow("reason-versions");
            b.waitForText("[id='pending:table']", code);
        }
    }

    private static String reason(String code) {
        return """
                    {"code":"%s","ground":"PLATFORM_CONDUCT","title":"Conduct","termsClause":"Terms 11.9 (Conduct)",
                     "measures":["WITHDRAW_ONLY"],"requiredEvidence":"The records of the conduct on the platform",
                     "approverRole":"COMPLIANCE","minWindowDays":30,"noticeText":"Your use of the platform breached our terms.",
                     "disclosable":true}""".formatted(code);
    }

    /** A claim filed, assessed by {@code assessor} and decided by {@code decider}: pending its approval. */
    private static long decidedClaim(Api exchange, Api assessor, Api decider, String incident, String asset, String amount,
                                     String outcome, String decided) {
        Reply filed = exchange.post("claims", """
                {"accountId":"%s","asset":"%s","amount":"%s","language":"en","customerName":"Mei",
                 "description":"My API key leaked through the trading bot and was used to buy an illiquid coin.",
                 "incidentRef":"%s"}""".formatted(newAccount(exchange, 0), asset, amount, incident));
        assertEquals(201, filed.status(), filed.body());
        long id = filed.json().getJsonNumber("id").longValue();
        Reply assessed = assessor.post("claims/" + id + "/assessment", """
                {"liability":"THIRD_PARTY","reasoning":"The bot service's keys leaked; not the customer.","version":%d}"""
                .formatted(claimVersion(decider, id)));
        assertEquals(200, assessed.status(), assessed.body());
        Reply d = decider.post("claims/" + id + "/decision", """
                {"outcome":"%s"%s,"reasons":"The key was issued to the breached bot service.","version":%d}""".formatted(outcome,
                decided == null ? "" : ",\"amount\":\"" + decided + "\"", claimVersion(decider, id)));
        assertEquals("PENDING_APPROVAL", d.json().getString("state"), d.body());
        return id;
    }

    private static long claimVersion(Api staff, long id) {
        return staff.get("claims/" + id).json().getJsonObject("claim").getJsonNumber("version").longValue();
    }

    private static boolean listsClaim(Browser b, long id) {
        return !b.driver().findElements(By.xpath("//tbody[@id='claims:table_data']/tr/td[1]//a[normalize-space(.)='" + id + "']"))
                .isEmpty();
    }

    /** The incidents list marks the incident: a bulk action of it waits for the signed-in person's approval. */
    private static boolean waitsForMe(Browser b, String reference) {
        return !b.driver().findElements(By.xpath("//tbody[@id='incidents:table_data']/tr[.//a[normalize-space(.)='" + reference
                + "']]//a[contains(@id, 'awaiting')]")).isEmpty();
    }

    private static long approved(Api requester, Api approver, Api exchange) {
        long id = request(requester, newAccount(exchange, 0), body("WITHDRAW_ONLY", "KYC_REFRESH_OVERDUE", 14));
        assertEquals(200, approve(approver, id, null).status());
        return id;
    }

    /** Files an appeal against an approved measure; with {@code dueIn}, its deadline is moved that far from now. */
    private static long fileAppealDueIn(Api exchange, long restrictionId, Duration dueIn) {
        Reply filed = exchange.post("restrictions/" + restrictionId + "/appeals", "{\"statement\":\"I sent the documents.\"}");
        assertEquals(201, filed.status(), filed.body());
        long id = filed.json().getJsonNumber("id").longValue();
        if (dueIn != null) {
            try (Response r = ClientBuilder.newClient().target(Api.fixturesUrl()).path("fixtures/appeals").path(Long.toString(id))
                    .path("deadline").queryParam("at", Instant.now().plus(dueIn).toString()).request().post(Entity.text(""))) {
                assertEquals(200, r.getStatus());
            }
        }
        return id;
    }

    private static boolean listsRestriction(Browser b, long id) {
        return !b.driver().findElements(By.xpath("//tbody[@id='inbox:pending_data']/tr/td[1]//a[normalize-space(.)='" + id + "']"))
                .isEmpty();
    }

    private static boolean listsAppeal(Browser b, long appealId) {
        return !b.driver().findElements(By.xpath("//tbody[@id='appeals:open_data']/tr/td[1][normalize-space(.)='" + appealId + "']"))
                .isEmpty();
    }

    @Test
    void anAuditorsHomeOffersWhatAnAuditorWorksOnAndNothingTheyMayNotDo() throws Exception {
        Credentials auditor = Api.newStaff("AUDITOR");
        try (Browser b = Browser.open("home-auditor")) {
            b.go("app/index.xhtml");
            b.signIn(auditor.username(), auditor.password());
            HomePage home = HomePage.open(b);
            for (String id : List.of("cases-breached", "approvals-mine", "appeals-near", "bulk-actions", "claims-waiting",
                    "reason-versions")) {
                assertFalse(home.shows(id), "an auditor works no cases and decides nothing: " + id);
            }
            assertTrue(home.shows("alerts-open") && home.shows("after-complaints") && home.shows("audit-trail"));
            assertTrue(home.sectionTitles().contains("Alerts to review"), home.sectionTitles().toString());
            b.screenshot("home-my-work-auditor");
            home.follow("audit-trail");
            b.waitForText("#chain\\:chain-status", "Chain");
        }
    }
}
