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
import io.redress.it.support.Incidents;
import io.redress.it.support.RedressDeployment;
import io.redress.it.support.Time;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The alert inbox over REST: what the timers find (a closure blocked by open positions, an appeal past its
 * deadline, an SLA breach) reaches the supervisors who must act, and working an alert is audited and versioned.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AlertApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RedressDeployment.ear();
    }

    private Api exchange;
    private Api agent;
    private Api supervisor;
    private Api compliance;

    @BeforeEach
    void people() {
        exchange = Api.as(Api.newStaff("INTEGRATION"));
        agent = Api.as(Api.newStaff("AGENT"));
        supervisor = Api.as(Api.newStaff("SUPERVISOR"));
        compliance = Api.as(Api.newStaff("COMPLIANCE"));
    }

    /** The alert of this kind and subject in the caller's inbox, if they can see it. */
    private static Optional<JsonObject> find(Api who, String kind, String subject) {
        String cursor = null;
        do {
            Reply r = who.get("alerts?kind=" + kind + "&size=200" + (cursor == null ? "" : "&after=" + cursor));
            assertEquals(200, r.status(), r.body());
            for (JsonObject a : r.json().getJsonArray("items").getValuesAs(JsonObject.class)) {
                if (a.getString("subject").equals(subject)) {
                    return Optional.of(a);
                }
            }
            JsonObject page = r.json();
            cursor = !page.containsKey("next") || page.isNull("next") ? null : page.getJsonNumber("next").toString();
        } while (cursor != null);
        return Optional.empty();
    }

    private long blockedClosure() {
        String account = newAccount(exchange, 3);
        long id = request(agent, account, body("CLOSE", "CUSTOMER_REQUEST", 30));
        Reply approved = approve(compliance, id, null);
        assertEquals(200, approved.status(), approved.body());
        Time.runDueAt(Instant.parse(approved.json().getString("windowEndsAt")).plusSeconds(1));
        return id;
    }

    @Test
    void aClosureBlockedByOpenPositionsReachesTheSupervisorsAndNoOtherRole() {
        long id = blockedClosure();
        JsonObject alert = find(supervisor, "CLOSE_BLOCKED_OPEN_POSITIONS", "restriction:" + id).orElseThrow(
                () -> new AssertionError("no alert for the blocked closure of restriction " + id));
        assertEquals("OPEN", alert.getString("state"));
        assertEquals("SUPERVISOR", alert.getString("mustAct"));
        assertEquals("CRITICAL", alert.getString("severity"));
        assertTrue(alert.getString("message").contains("3 derivatives positions"), alert.getString("message"));
        assertTrue(find(Api.as(Api.newStaff("AUDITOR")), "CLOSE_BLOCKED_OPEN_POSITIONS", "restriction:" + id).isPresent(),
                "auditors read every alert");
        assertFalse(find(agent, "CLOSE_BLOCKED_OPEN_POSITIONS", "restriction:" + id).isPresent(), "not an agent's alert");
        Reply agentReads = agent.get("alerts/" + alert.getJsonNumber("id"));
        assertEquals(404, agentReads.status(), "an alert of another role does not exist for the caller");
        assertTrue(agentReads.isProblem());

        Time.runDueAt(Instant.now().plus(Duration.ofDays(40)));
        assertEquals(1, supervisor.get("alerts?kind=CLOSE_BLOCKED_OPEN_POSITIONS&size=200").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(a -> a.getString("subject").equals("restriction:" + id)).count(),
                "raised once however often the timer looks");
    }

    @Test
    void anAppealPastItsDeadlineReachesTheSupervisors() {
        String account = newAccount(exchange, 0);
        long id = request(agent, account, body("WITHDRAW_ONLY", "KYC_REFRESH_OVERDUE", 14));
        assertEquals(200, approve(supervisor, id, null).status());
        Reply appeal = exchange.post("restrictions/" + id + "/appeals", "{\"statement\":\"I sent the documents by post.\"}");
        assertEquals(201, appeal.status(), appeal.body());
        long appealId = appeal.json().getJsonNumber("id").longValue();
        Time.runDueAt(Instant.parse(appeal.json().getString("deadline")).plusSeconds(5));
        JsonObject alert = find(Api.as(Api.newStaff("SUPERVISOR")), "APPEAL_DEADLINE_BREACHED", "appeal:" + appealId)
                .orElseThrow(() -> new AssertionError("no alert for overdue appeal " + appealId));
        assertEquals(account, alert.getString("accountId"));
        assertEquals("OPEN", alert.getString("state"));

        Reply decided = Api.as(Api.newStaff("SUPERVISOR")).post("appeals/" + appealId + "/decision",
                "{\"outcome\":\"UPHELD\",\"reasons\":\"The documents never arrived; the restriction stands.\"}");
        assertEquals(200, decided.status(), decided.body());
        JsonObject after = find(supervisor, "APPEAL_DEADLINE_BREACHED", "appeal:" + appealId).orElseThrow();
        assertEquals("RESOLVED", after.getString("state"), "a decided appeal no longer waits: " + after);
        assertTrue(after.getString("resolveNote", "").startsWith("UPHELD by "), after.toString());
    }

    @Test
    void aBulkActionsApprovalAlertIsResolvedByItsDecisionOrItsWithdrawal() {
        Api admin = Api.as(Api.newStaff("ADMIN"));
        Api security = Api.as(Api.newStaff("SECURITY"));
        Api security2 = Api.as(Api.newStaff("SECURITY"));
        Incidents.Linked linked = Incidents.linked(exchange, admin, 1, 1);
        String ref = Incidents.declare(security, linked.integration(), Instant.now().minus(Duration.ofHours(1)));

        long rejected = Incidents.requestAll(security, ref);
        assertEquals("OPEN", find(supervisor, "INCIDENT_ACTION_PENDING", "incident " + ref + " action " + rejected)
                .orElseThrow(() -> new AssertionError("no alert for bulk action " + rejected)).getString("state"));
        Reply no = security2.post("incident-actions/" + rejected + "/reject", "{\"version\":"
                + Incidents.version(security2, rejected) + ",\"note\":\"Wait for the vendor's list.\"}");
        assertEquals(200, no.status(), no.body());
        JsonObject settled = find(supervisor, "INCIDENT_ACTION_PENDING", "incident " + ref + " action " + rejected).orElseThrow();
        assertEquals("RESOLVED", settled.getString("state"), "nothing waits for a second person any more: " + settled);
        assertTrue(settled.getString("resolveNote", "").startsWith("rejected by "), settled.toString());

        long withdrawn = Incidents.requestAll(security, ref);
        long incidentVersion = security.get("incidents/" + ref).json().getJsonObject("incident").getJsonNumber("version").longValue();
        assertEquals(200, security.post("incidents/" + ref + "/close", "{\"version\":" + incidentVersion + "}").status());
        assertEquals("RESOLVED", find(supervisor, "INCIDENT_ACTION_PENDING", "incident " + ref + " action " + withdrawn)
                .orElseThrow().getString("state"), "closing the incident withdrew the action, and its alert with it");
        assertEquals("RESOLVED", find(security, "INCIDENT_DECLARED", "incident " + ref).orElseThrow().getString("state"),
                "a closed incident has no bulk action left to decide");
    }

    @Test
    void anSlaBreachReachesTheSupervisors() {
        Reply opened = exchange.post("cases", """
                {"channel":"EMAIL","customerName":"Ines","customerContact":"ines@example.org","language":"en",
                 "subject":"Withdrawal stuck","description":"My withdrawal has been pending for two days.",
                 "category":"USER_ERROR","subcategory":"WRONG_NETWORK","priority":"P1"}""");
        assertEquals(201, opened.status(), opened.body());
        String ticket = opened.json().getString("ticket");
        Time.runDueAt(Instant.now().plus(Duration.ofHours(1)));
        Reply page = supervisor.get("alerts?kind=SLA_BREACH&state=OPEN&size=200");
        assertEquals(200, page.status());
        assertTrue(page.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .anyMatch(a -> a.getString("subject").startsWith(ticket + " ")),
                "the first-response breach of " + ticket + " is in the supervisors' open alerts");
    }

    @Test
    void acknowledgingIsAuditedAndAStaleVersionIs409() {
        long id = blockedClosure();
        JsonObject alert = find(supervisor, "CLOSE_BLOCKED_OPEN_POSITIONS", "restriction:" + id).orElseThrow();
        String alertId = alert.getJsonNumber("id").toString();
        long version = alert.getJsonNumber("version").longValue();

        Reply ack = supervisor.post("alerts/" + alertId + "/acknowledge",
                "{\"version\":" + version + ",\"note\":\"Calling the customer about the positions.\"}");
        assertEquals(200, ack.status(), ack.body());
        assertEquals("ACKNOWLEDGED", ack.json().getString("state"));
        assertEquals("Calling the customer about the positions.", ack.json().getString("acknowledgeNote"));
        JsonArray audited = Time.audit("ALERT_ACKNOWLEDGED", alertId);
        assertEquals(1, audited.size());
        assertEquals("SUPERVISOR", audited.getJsonObject(0).getString("actorRole"));
        assertTrue(audited.getJsonObject(0).getString("after").contains("ACKNOWLEDGED"));

        Reply stale = supervisor.post("alerts/" + alertId + "/resolve", "{\"version\":" + version + ",\"note\":\"done\"}");
        assertEquals(409, stale.status(), stale.body());
        assertTrue(stale.isProblem());
        assertTrue(stale.json().getString("type").endsWith("stale-version"), stale.body());

        Reply noNote = supervisor.post("alerts/" + alertId + "/resolve", "{\"version\":" + (version + 1) + "}");
        assertEquals(400, noNote.status(), noNote.body());
        assertTrue(noNote.body().contains("note"), noNote.body());

        Reply agentTries = agent.post("alerts/" + alertId + "/acknowledge", "{\"version\":" + (version + 1) + "}");
        assertEquals(404, agentTries.status(), "an agent cannot work, nor see, a supervisor's alert");
        Reply auditorTries = Api.as(Api.newStaff("AUDITOR")).post("alerts/" + alertId + "/resolve",
                "{\"version\":" + (version + 1) + ",\"note\":\"auditors change nothing\"}");
        assertEquals(403, auditorTries.status(), auditorTries.body());

        Reply resolved = supervisor.post("alerts/" + alertId + "/resolve",
                "{\"version\":" + (version + 1) + ",\"note\":\"The customer closed the positions.\"}");
        assertEquals(200, resolved.status(), resolved.body());
        assertEquals("RESOLVED", resolved.json().getString("state"));
        assertEquals(1, Time.audit("ALERT_RESOLVED", alertId).size());
    }

    @Test
    void anAlertIsAssignedOnlyToSomeoneOfTheRoleThatMustAct() {
        long id = blockedClosure();
        JsonObject alert = find(supervisor, "CLOSE_BLOCKED_OPEN_POSITIONS", "restriction:" + id).orElseThrow();
        String alertId = alert.getJsonNumber("id").toString();
        long version = alert.getJsonNumber("version").longValue();
        var colleague = Api.newStaff("SUPERVISOR");
        var anAgent = Api.newStaff("AGENT");

        Reply wrongRole = supervisor.post("alerts/" + alertId + "/assignment",
                "{\"version\":" + version + ",\"assignee\":\"" + anAgent.username() + "\"}");
        assertEquals(400, wrongRole.status(), wrongRole.body());
        assertTrue(wrongRole.body().contains("assignee"), wrongRole.body());

        Reply assigned = supervisor.post("alerts/" + alertId + "/assignment",
                "{\"version\":" + version + ",\"assignee\":\"" + colleague.username() + "\"}");
        assertEquals(200, assigned.status(), assigned.body());
        assertEquals(colleague.username(), assigned.json().getString("assignedTo"));
        assertEquals(1, Time.audit("ALERT_ASSIGNED", alertId).size());
    }

    @Test
    void badFiltersAreNamed() {
        Reply r = supervisor.get("alerts?state=SLEEPING&size=lots");
        assertEquals(400, r.status(), r.body());
        assertTrue(r.isProblem());
        assertTrue(r.body().contains("state") && r.body().contains("size"), r.body());
        assertEquals(403, exchange.get("alerts").status(), "the exchange's systems have no alert inbox");
    }
}
