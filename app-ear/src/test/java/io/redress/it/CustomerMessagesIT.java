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
import io.redress.it.support.RedressDeployment;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The one customer outbox over REST: a case's acknowledgement and a restriction's notice arrive in the same feed, in
 * commit order, pending until acknowledged; the feeds it replaced still answer with their old shape and ids.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CustomerMessagesIT {

    /** The fields /outbox and /notices have always answered with (null ones are left out). */
    private static final Set<String> OUTBOX_FIELDS = Set.of("id", "ticket", "accountId", "channel", "contact", "language",
            "templateCode", "subject", "body", "createdBy", "createdAt", "deliveredAt");
    private static final Set<String> NOTICE_FIELDS = Set.of("id", "accountId", "restrictionId", "kind", "text",
            "reasonDisclosed", "windowEndsAt", "howToAppeal", "createdAt", "deliveredAt");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RedressDeployment.ear();
    }

    private Api exchange;
    private Api agent;
    private String account;

    @BeforeEach
    void people() {
        exchange = Api.as(Api.newStaff("INTEGRATION"));
        agent = Api.as(Api.newStaff("AGENT"));
        account = newAccount(exchange, 0);
    }

    @Test
    void acknowledgementsAndNoticesShareOneFeedInCommitOrderPendingUntilAcknowledged() {
        Reply start = exchange.get("messages?after=0&limit=1");
        assertEquals(200, start.status(), start.body());

        Reply opened = agent.post("cases", """
                {"channel":"EMAIL","accountId":"%s","customerContact":"c@example.com","subject":"Where is my deposit",
                 "description":"It has been three days."}""".formatted(account));
        assertEquals(201, opened.status(), opened.body());
        String ticket = opened.json().getString("ticket");
        long id = request(agent, account, body("WITHDRAW_ONLY", "KYC_REFRESH_OVERDUE", 14));
        assertEquals(200, approve(Api.as(Api.newStaff("SUPERVISOR")), id, null).status());

        List<JsonObject> pending = exchange.get("messages?pending=true&limit=500").json().getJsonArray("messages")
                .getValuesAs(JsonObject.class).stream().filter(m -> account.equals(m.getString("accountId", null))).toList();
        assertEquals(2, pending.size(), pending.toString());
        JsonObject ack = pending.get(0);
        JsonObject notice = pending.get(1);
        assertEquals("cases", ack.getString("source"));
        assertEquals("ACKNOWLEDGEMENT", ack.getString("kind"));
        assertEquals(ticket, ack.getString("reference"));
        assertEquals("restrictions", notice.getString("source"));
        assertEquals("RESTRICTION_APPLIED", notice.getString("kind"));
        assertEquals("restriction:" + id, notice.getString("reference"));
        long first = ack.getJsonNumber("position").longValue();
        assertTrue(notice.getJsonNumber("position").longValue() > first, "committed later, later position");

        // the cursor: everything after a position, in position order, and where to continue
        Reply after = exchange.get("messages?after=" + (first - 1) + "&limit=500");
        List<JsonObject> feed = after.json().getJsonArray("messages").getValuesAs(JsonObject.class);
        long previous = first - 1;
        for (JsonObject m : feed) {
            assertTrue(m.getJsonNumber("position").longValue() > previous);
            previous = m.getJsonNumber("position").longValue();
        }
        assertEquals(previous, after.json().getJsonNumber("next").longValue());
        assertTrue(feed.stream().anyMatch(m -> m.getJsonNumber("id").longValue() == notice.getJsonNumber("id").longValue()));

        // acknowledged once, audited once; repeating changes nothing
        Reply delivered = exchange.post("messages/" + ack.getJsonNumber("id") + "/ack", "");
        assertEquals(200, delivered.status(), delivered.body());
        assertTrue(delivered.json().containsKey("deliveredAt"));
        assertEquals(delivered.json().getString("deliveredAt"),
                exchange.post("messages/" + ack.getJsonNumber("id") + "/ack", "").json().getString("deliveredAt"));
        assertTrue(exchange.get("messages?pending=true&limit=500").json().getJsonArray("messages")
                .getValuesAs(JsonObject.class).stream().noneMatch(m -> m.getJsonNumber("id").equals(ack.getJsonNumber("id"))));
        assertTrue(agent.get("accounts/" + account + "/timeline").body().contains("MESSAGE_QUEUED"), "on the timeline");

        // the replaced feeds answer as before, the same messages under their old ids
        List<JsonObject> outbox = exchange.get("outbox?after=" + (ack.getJsonNumber("legacyId").longValue() - 1) + "&limit=500")
                .jsonArray().getValuesAs(JsonObject.class).stream().filter(m -> ticket.equals(m.getString("ticket"))).toList();
        assertEquals(1, outbox.size());
        assertTrue(OUTBOX_FIELDS.containsAll(outbox.get(0).keySet()) && outbox.get(0).containsKey("ticket"), outbox.get(0).toString());
        assertEquals(ack.getJsonNumber("legacyId").longValue(), outbox.get(0).getJsonNumber("id").longValue());
        assertTrue(outbox.get(0).containsKey("deliveredAt"), "delivered through the new feed, delivered in the old one");
        List<JsonObject> notices = exchange.get("notices?after=" + (notice.getJsonNumber("legacyId").longValue() - 1))
                .jsonArray().getValuesAs(JsonObject.class).stream().filter(n -> account.equals(n.getString("accountId"))).toList();
        assertEquals(1, notices.size());
        assertTrue(NOTICE_FIELDS.containsAll(notices.get(0).keySet()) && notices.get(0).containsKey("text"), notices.get(0).toString());
        assertEquals(notice.getString("body"), notices.get(0).getString("text"));
        Reply viaOld = exchange.post("notices/" + notices.get(0).getJsonNumber("id") + "/delivered", "");
        assertEquals(200, viaOld.status(), viaOld.body());
        assertTrue(exchange.get("messages?pending=true&limit=500").json().getJsonArray("messages")
                .getValuesAs(JsonObject.class).stream().noneMatch(m -> account.equals(m.getString("accountId", null))),
                "acknowledged through the old feed, no longer pending in the new one");
    }

    @Test
    void badParametersAreNamedAndOnlyTheExchangeReads() {
        Reply both = exchange.get("messages?pending=true&after=3&limit=0");
        assertEquals(400, both.status());
        assertTrue(both.isProblem());
        assertTrue(both.body().contains("\"after\"") && both.body().contains("\"limit\""), both.body());
        assertEquals(400, exchange.get("messages?pending=maybe").status());
        assertEquals(404, exchange.post("messages/987654321/ack", "").status());
        assertEquals(400, exchange.post("messages/abc/ack", "").status());
        assertEquals(403, agent.get("messages?pending=true").status());
    }
}
