package io.redress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.it.support.Api;
import io.redress.it.support.Api.Reply;
import io.redress.it.support.RedressDeployment;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
 * A case staff open in the INTERNAL channel is their own work, not the customer's request: the customer is not
 * acknowledged, and the exchange (INTEGRATION, the customer-facing system) finds nothing under its ticket, on a
 * confidential account least of all, until Redress writes to the customer about it. Staff see all of it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InternalCasesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RedressDeployment.ear();
    }

    private Api exchange;
    private Api agent;
    private Api compliance;
    private String account;
    private String handle;
    private String marker;

    @BeforeEach
    void people() {
        exchange = Api.as(Api.newStaff("INTEGRATION"));
        agent = Api.as(Api.newStaff("AGENT"));
        compliance = Api.as(Api.newStaff("COMPLIANCE"));
        String unique = UUID.randomUUID().toString().substring(0, 8);
        handle = "held" + unique;
        account = "IC-" + unique;
        Reply r = exchange.put("accounts/" + account, """
                {"handle":"c%s","kycLevel":"VERIFIED","jurisdiction":"DE","customerSince":"2021-03-03",
                 "openDerivativesPositions":0,"socialHandles":["@%s"]}""".formatted(unique, handle));
        assertEquals(201, r.status(), r.body());
        marker = "MARKER-" + unique;
    }

    private void confidential() {
        Reply flag = compliance.put("accounts/" + account + "/confidential",
                "{\"confidential\":true,\"reason\":\"Screening hit under review, no tipping off\"}");
        assertEquals(200, flag.status(), flag.body());
    }

    private JsonObject openInternal(Api staff) {
        Reply r = staff.post("cases", """
                {"channel":"INTERNAL","accountId":"%s","language":"en","subject":"Confidential sanctions investigation %s",
                 "description":"Two-hop exposure to a sanctioned wallet; checking the source of funds.","priority":"P2"}"""
                .formatted(account, marker));
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    /** Every message of the one outbox about this reference, read through the cursor from the start. */
    private List<JsonObject> messagesAbout(String reference) {
        List<JsonObject> found = new ArrayList<>();
        long after = 0;
        while (true) {
            Reply page = exchange.get("messages?after=" + after + "&limit=500");
            assertEquals(200, page.status(), page.body());
            List<JsonObject> rows = page.json().getJsonArray("messages").getValuesAs(JsonObject.class);
            if (rows.isEmpty()) {
                break;
            }
            rows.stream().filter(m -> reference.equals(m.getString("reference", null))).forEach(found::add);
            after = page.json().getJsonNumber("next").longValue();
        }
        exchange.get("messages?pending=true&limit=500").json().getJsonArray("messages").getValuesAs(JsonObject.class).stream()
                .filter(m -> reference.equals(m.getString("reference", null)) && found.stream()
                        .noneMatch(f -> f.getJsonNumber("id").equals(m.getJsonNumber("id")))).forEach(found::add);
        return found;
    }

    private long version(String ticket) {
        return agent.get("cases/" + ticket).json().getJsonObject("c").getJsonNumber("version").longValue();
    }

    @Test
    void aComplianceCaseOnAConfidentialAccountIsNotAcknowledgedAndTheExchangeFindsNothingUnderItsTicket() {
        confidential();
        String ticket = openInternal(compliance).getString("ticket");

        // as the exchange: the same answer as a ticket that does not exist, and nothing about it in the outbox
        Reply asExchange = exchange.get("cases/" + ticket);
        assertEquals(404, asExchange.status(), asExchange.body());
        assertTrue(asExchange.isProblem(), asExchange.body());
        assertFalse(asExchange.body().contains(marker) || asExchange.body().contains("nvestigation"), asExchange.body());
        Reply unknown = exchange.get("cases/RD-2222-2222");
        assertEquals(404, unknown.status(), unknown.body());
        assertEquals(unknown.json().getString("title"), asExchange.json().getString("title"), "as if it did not exist");
        assertEquals(unknown.json().getString("type"), asExchange.json().getString("type"));
        Reply reply = exchange.post("cases/" + ticket + "/messages", "{\"body\":\"What is this case about?\"}");
        assertEquals(404, reply.status(), "the customer cannot write into it either: " + reply.body());
        assertEquals(List.of(), messagesAbout(ticket), "no acknowledgement of a request the customer never made");

        // staff see the whole case, and why no acknowledgement went out
        Reply asStaff = agent.get("cases/" + ticket);
        assertEquals(200, asStaff.status(), asStaff.body());
        JsonObject c = asStaff.json().getJsonObject("c");
        assertTrue(c.getString("subject").contains(marker));
        assertFalse(c.getBoolean("knownToCustomer"));
        assertTrue(asStaff.json().getJsonArray("timeline").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.toString().contains("no acknowledgement")), asStaff.body());
        assertEquals(1, agent.get("cases?q=" + marker).json().getJsonArray("rows").size(), "in the staff queue");
    }

    @Test
    void aPublicPostByThatCustomerGetsACaseOfItsOwnAndNeverNamesTheInternalOne() {
        confidential();
        String internal = openInternal(compliance).getString("ticket");

        Reply post = exchange.post("public-posts", """
                {"platform":"x","url":"https://x.com/%s/status/%s","authorHandle":"@%s","text":"My deposit is frozen and support is silent","reach":300,"postedAt":"%s"}"""
                .formatted(handle, UUID.randomUUID().toString().substring(0, 8), handle, Instant.now().minus(5, ChronoUnit.MINUTES)));
        assertEquals(201, post.status(), post.body());
        assertFalse(post.body().contains(internal), "the exchange's answer names no internal case: " + post.body());
        String own = post.json().getString("ticket");
        assertNotEquals(internal, own);
        assertTrue(post.json().getJsonObject("post").getBoolean("caseOpened"), "the customer's complaint is their own case");
        assertEquals(200, exchange.get("cases/" + own).status());
        assertEquals(1, messagesAbout(own).size(), "acknowledged privately");

        // a post quoting the internal ticket is not matched to it either
        Reply quoting = exchange.post("public-posts", """
                {"platform":"x","url":"https://x.com/%s/status/%s","authorHandle":"@someone%s","text":"What is %s?","reach":3,"postedAt":"%s"}"""
                .formatted(handle, UUID.randomUUID().toString().substring(0, 8), UUID.randomUUID().toString().substring(0, 6),
                        internal, Instant.now().minus(4, ChronoUnit.MINUTES)));
        assertEquals(201, quoting.status(), quoting.body());
        jakarta.json.JsonValue matched = quoting.json().get("ticket");
        assertTrue(matched == null || matched.getValueType() == jakarta.json.JsonValue.ValueType.NULL, quoting.body());
        assertTrue(quoting.json().getJsonObject("post").get("caseId") == null
                || quoting.json().getJsonObject("post").isNull("caseId"), "linked to no case: " + quoting.body());
    }

    @Test
    void theFirstMessageToTheCustomerMakesTheCaseKnownAndTheViewStillSaysNothingTheCheckPointRefuses() {
        confidential();
        String ticket = openInternal(compliance).getString("ticket");

        Reply tipping = compliance.post("cases/" + ticket + "/replies", "{\"version\":%d,\"template\":\"REQUEST_INFORMATION\",\"message\":\"%s\"}"
                .formatted(version(ticket), "For our sanctions investigation, please send the source of funds."));
        assertEquals(422, tipping.status(), tipping.body());
        assertEquals("forbidden-term", tipping.json().getString("rule"));
        assertEquals(404, exchange.get("cases/" + ticket).status(), "a refused message tells the customer nothing");

        Reply asked = compliance.post("cases/" + ticket + "/replies", "{\"version\":%d,\"template\":\"REQUEST_INFORMATION\",\"message\":\"%s\"}"
                .formatted(version(ticket), "Please send us a statement showing where the deposited funds came from."));
        assertEquals(201, asked.status(), asked.body());
        assertEquals(1, messagesAbout(ticket).size());

        Reply seen = exchange.get("cases/" + ticket);
        assertEquals(200, seen.status(), seen.body());
        assertEquals(ticket, seen.json().getString("subject"), "the staff subject names what may not be said: the ticket alone");
        assertFalse(seen.body().contains(marker) || seen.body().toLowerCase().contains("sanction")
                || seen.body().toLowerCase().contains("investigation"), seen.body());
        assertTrue(seen.body().contains("where the deposited funds came from"), "the message the customer received");
        assertEquals(200, exchange.post("cases/" + ticket + "/messages", "{\"body\":\"Statement attached.\"}").status(),
                "the customer can answer it");
        JsonObject c = agent.get("cases/" + ticket).json().getJsonObject("c");
        assertTrue(c.getBoolean("knownToCustomer"));
    }

    @Test
    void theCustomersCaseIsNotMergedIntoStaffsOwnWorkButStaffsCaseMergesIntoTheirs() {
        String internal = openInternal(agent).getString("ticket");
        Reply opened = exchange.post("cases", """
                {"channel":"EMAIL","accountId":"%s","customerContact":"held@example.org","language":"en",
                 "subject":"Deposit missing %s","description":"My deposit has not arrived."}""".formatted(account, marker));
        assertEquals(201, opened.status(), opened.body());
        String customers = opened.json().getString("ticket");
        assertTrue(opened.json().getBoolean("knownToCustomer"));

        Reply refused = agent.post("cases/" + customers + "/merge", "{\"into\":\"" + internal + "\"}");
        assertEquals(422, refused.status(), refused.body());
        assertEquals("merge-into-internal", refused.json().getString("rule"));

        Reply merged = agent.post("cases/" + internal + "/merge", "{\"into\":\"" + customers + "\"}");
        assertEquals(200, merged.status(), merged.body());
        assertEquals(404, exchange.get("cases/" + internal).status(), "the merged internal ticket stays unknown to the customer");
        Reply theirs = exchange.get("cases/" + customers);
        assertEquals(200, theirs.status(), theirs.body());
        assertFalse(theirs.body().contains("sanctions"), theirs.body());
    }

    @Test
    void staffTakingTheCustomersRequestInACustomerChannelStillAcknowledgeIt() {
        Reply r = agent.post("cases", """
                {"channel":"EMAIL","accountId":"%s","customerContact":"held@example.org","language":"en",
                 "subject":"Called about a deposit %s","description":"The customer phoned: BTC deposit missing."}"""
                .formatted(account, marker));
        assertEquals(201, r.status(), r.body());
        String ticket = r.json().getString("ticket");
        assertTrue(r.json().getBoolean("knownToCustomer"));
        List<JsonObject> sent = messagesAbout(ticket);
        assertEquals(1, sent.size());
        assertEquals("ACKNOWLEDGEMENT", sent.get(0).getString("kind"));
        assertEquals(200, exchange.get("cases/" + ticket).status());
    }
}
