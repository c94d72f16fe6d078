package io.redress.it;

import static io.redress.it.support.Restrictions.newAccount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.it.support.Api;
import io.redress.it.support.Fixtures.Credentials;
import io.redress.it.support.Api.Reply;
import io.redress.it.support.RedressDeployment;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Case intake and work over REST: acknowledgement, outbox, merge, the message check point, the queue, bad input. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CaseApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RedressDeployment.ear();
    }

    private Api exchange;
    private Api agent;
    private Api compliance;
    private String account;

    @BeforeEach
    void people() {
        exchange = Api.as(Api.newStaff("INTEGRATION"));
        agent = Api.as(Api.newStaff("AGENT"));
        compliance = Api.as(Api.newStaff("COMPLIANCE"));
        account = newAccount(exchange, 0);
    }

    private JsonObject open(String subject, String language) {
        Reply r = exchange.post("cases", """
                {"channel":"EMAIL","accountId":"%s","customerName":"Camille","customerContact":"camille@example.org",
                 "language":"%s","subject":"%s","description":"I sent USDT on the wrong network and it never arrived.",
                 "category":"USER_ERROR","subcategory":"WRONG_NETWORK","priority":"P2"}""".formatted(account, language, subject));
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    private List<JsonObject> outboxFor(String ticket) {
        return exchange.get("outbox?after=0&limit=500").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("ticket").equals(ticket)).toList();
    }

    @Test
    void aNewCaseIsAcknowledgedInTheCustomersLanguageWithTicketReceivedDateAndDecisionDate() {
        JsonObject c = open("USDT on the wrong network", "fr");
        String ticket = c.getString("ticket");
        assertTrue(ticket.matches("RD-[2-9A-Z]{4}-[2-9A-Z]{4}"), ticket);
        assertEquals("NEW", c.getString("state"));
        assertEquals("frontline", c.getString("queue"));

        List<JsonObject> out = outboxFor(ticket);
        assertEquals(1, out.size());
        JsonObject ack = out.get(0);
        assertEquals("ACKNOWLEDGEMENT", ack.getString("templateCode"));
        assertEquals("fr", ack.getString("language"));
        assertEquals("EMAIL", ack.getString("channel"));
        assertEquals("camille@example.org", ack.getString("contact"));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertTrue(ack.getString("body").contains(ticket), ack.getString("body"));
        assertTrue(ack.getString("body").contains(today.toString()), "the date received");
        assertTrue(ack.getString("body").contains(today.plusMonths(2).toString()), "the decision is due within two months");
        assertTrue(ack.getString("subject").startsWith("Nous avons bien reçu"), ack.getString("subject"));

        long id = ack.getJsonNumber("id").longValue();
        assertTrue(exchange.get("outbox?pending=true&limit=500").jsonArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(m -> m.getJsonNumber("id").longValue() == id), "pending until acknowledged");
        Reply delivered = exchange.post("outbox/" + id + "/ack", "");
        assertEquals(200, delivered.status(), delivered.body());
        assertNotNull(delivered.json().getString("deliveredAt"));
        assertEquals(200, exchange.post("outbox/" + id + "/ack", "").status(), "a repeated acknowledgement is harmless");
        assertTrue(exchange.get("outbox?pending=true&limit=500").jsonArray().getValuesAs(JsonObject.class).stream()
                .noneMatch(m -> m.getJsonNumber("id").longValue() == id), "delivered messages are no longer pending");
        assertEquals(403, agent.get("outbox?after=0").status(), "only the exchange reads the outbox");
    }

    @Test
    void theQueueFiltersByAssigneeAsTheConsolesOnlyMyCasesDoes() {
        Credentials mine = Api.newStaff("AGENT");
        JsonObject assigned = open("Assigned to one agent", "en");
        open("Not assigned", "en"); // in the queue, not theirs
        Reply changed = agent.post("cases/" + assigned.getString("ticket") + "/changes", "{\"version\":%d,\"assignee\":\"%s\"}"
                .formatted(assigned.getJsonNumber("version").longValue(), mine.username().toUpperCase(Locale.ROOT)));
        assertEquals(200, changed.status(), changed.body());
        assertEquals(mine.username(), changed.json().getString("assignee"), "a staff name as it is stored");

        // the user name in any case, as staff names are compared
        for (String name : List.of(mine.username(), mine.username().toUpperCase(Locale.ROOT))) {
            Reply page = agent.get("cases?assignee=" + name + "&size=100");
            assertEquals(200, page.status(), page.body());
            List<String> tickets = page.json().getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                    .map(c -> c.getString("ticket")).toList();
            assertEquals(List.of(assigned.getString("ticket")), tickets, "only the case assigned to " + name);
        }
        Reply blank = agent.get("cases?assignee=");
        assertEquals(400, blank.status(), blank.body());
        assertEquals("assignee", blank.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void anIntakeRepeatedUnderItsIdempotencyKeyFindsTheFirstCaseAndAcknowledgesOnce() {
        String key = "intake" + UUID.randomUUID().toString().replace("-", "");
        String body = """
                {"channel":"EMAIL","accountId":"%s","customerContact":"ines@example.org","language":"en",
                 "subject":"Deposit missing %s","description":"My BTC deposit has not arrived after 6 confirmations."}"""
                .formatted(account, key);
        Reply first = exchange.post("cases", body, "Idempotency-Key", key);
        assertEquals(201, first.status(), first.body());
        String ticket = first.json().getString("ticket");

        Reply again = exchange.post("cases", body, "Idempotency-Key", key);
        assertEquals(200, again.status(), again.body());
        assertEquals(ticket, again.json().getString("ticket"), "the case the first sending opened");
        assertEquals(1, outboxFor(ticket).size(), "the customer is acknowledged once");
        assertEquals(1, agent.get("cases?q=" + key).json().getJsonArray("rows").size(), "one case");

        Reply other = exchange.post("cases", body.replace("6 confirmations", "12 confirmations"), "Idempotency-Key", key);
        assertEquals(422, other.status(), other.body());
        assertEquals("idempotency-key-reused", other.json().getString("rule"));
        assertTrue(other.json().getString("detail").contains(ticket), other.body());

        Reply badKey = exchange.post("cases", body, "Idempotency-Key", "short");
        assertEquals(400, badKey.status(), badKey.body());
        assertEquals("Idempotency-Key", badKey.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Reply anotherSender = agent.post("cases", body, "Idempotency-Key", key);
        assertEquals(201, anotherSender.status(), "a key is its sender's own: " + anotherSender.body());
        assertFalse(ticket.equals(anotherSender.json().getString("ticket")));
    }

    @Test
    void theExchangeSeesWhatTheCustomerMaySeeAndStaffSeeTheWholeCase() {
        String ticket = open("Where is my deposit", "en").getString("ticket");
        assertEquals(200, agent.post("cases/" + ticket + "/notes", "{\"body\":\"Customer sounded upset; check chain explorer\"}").status());

        JsonObject customer = exchange.get("cases/" + ticket).json();
        assertEquals("IN_PROGRESS", customer.getString("state"));
        assertFalse(customer.toString().contains("upset"), "internal notes are never shown to the customer");
        assertFalse(customer.containsKey("queue"));

        JsonObject staff = agent.get("cases/" + ticket).json();
        assertTrue(staff.toString().contains("upset"));
        assertEquals("frontline", staff.getJsonObject("c").getString("queue"));
        assertTrue(staff.getJsonArray("timeline").size() >= 3, "opened, acknowledgement queued, note");
    }

    @Test
    void aMergedDuplicateKeepsItsTicketWorkingAndItsMessagesMove() {
        String survivor = open("Deposit missing", "en").getString("ticket");
        String duplicate = open("Deposit missing (again)", "en").getString("ticket");
        assertEquals(200, exchange.post("cases/" + duplicate + "/messages", "{\"body\":\"Any news on this?\"}").status());

        Reply merged = agent.post("cases/" + duplicate + "/merge", "{\"into\":\"" + survivor + "\"}");
        assertEquals(200, merged.status(), merged.body());
        assertEquals(survivor, merged.json().getString("ticket"));

        JsonObject viaOldTicket = agent.get("cases/" + duplicate).json();
        assertEquals(survivor, viaOldTicket.getJsonObject("c").getString("ticket"), "the old ticket answers the survivor");
        assertTrue(viaOldTicket.getJsonArray("mergedTickets").toString().contains(duplicate));
        assertTrue(viaOldTicket.getJsonArray("messages").toString().contains("Any news on this?"), "messages moved");

        Reply again = agent.post("cases/" + survivor + "/merge", "{\"into\":\"" + survivor + "\"}");
        assertEquals(422, again.status());
        assertEquals("merge-self", again.json().getString("rule"));
    }

    @Test
    void theCheckPointStopsAForbiddenTermForAConfidentialAccountAndSaysWhichAndWhy() {
        String ticket = open("Why is my withdrawal held", "en").getString("ticket");
        long version = agent.get("cases/" + ticket).json().getJsonObject("c").getJsonNumber("version").longValue();
        String text = "Your withdrawal is held because of an OFAC sanctions check.";

        Reply flag = compliance.put("accounts/" + account + "/confidential",
                "{\"confidential\":true,\"reason\":\"Screening hit under review, no tipping off\"}");
        assertEquals(200, flag.status(), flag.body());
        Reply blocked = agent.post("cases/" + ticket + "/replies",
                "{\"version\":%d,\"template\":\"REPLY\",\"message\":\"%s\"}".formatted(version, text));
        assertEquals(422, blocked.status(), blocked.body());
        assertEquals("forbidden-term", blocked.json().getString("rule"));
        assertTrue(blocked.json().getString("detail").contains("sanctions") || blocked.json().getString("detail").contains("OFAC"),
                blocked.json().getString("detail"));
        assertTrue(blocked.json().getString("detail").contains("Tipping off"), "says why");
        assertEquals(1, outboxFor(ticket).size(), "nothing but the acknowledgement was stored");

        Reply neutral = agent.post("cases/" + ticket + "/replies",
                "{\"version\":%d,\"template\":\"REPLY\",\"message\":\"Your withdrawal is under a routine review.\"}".formatted(version));
        assertEquals(201, neutral.status(), neutral.body());
        assertEquals(2, outboxFor(ticket).size());

        compliance.put("accounts/" + account + "/confidential", "{\"confidential\":false,\"reason\":\"Review closed, no restriction\"}");
        long v2 = agent.get("cases/" + ticket).json().getJsonObject("c").getJsonNumber("version").longValue();
        assertEquals(201, agent.post("cases/" + ticket + "/replies",
                "{\"version\":%d,\"template\":\"REPLY\",\"message\":\"%s\"}".formatted(v2, text)).status(),
                "without the flag the list does not apply");
        assertEquals(403, agent.put("accounts/" + account + "/confidential",
                "{\"confidential\":true,\"reason\":\"agents may not set this flag\"}").status());
    }

    /** What /openapi says of a reply is what the server does: no template is a REPLY; a wrong one names the documented list. */
    @Test
    void aReplyTakesTheTemplatesTheDocumentListsAndReplyWhenNoneIsNamed() {
        JsonObject replySchema = null;
        io.redress.it.support.ApiDocument document = io.redress.it.support.ApiDocument.read();
        for (io.redress.it.support.ApiDocument.Operation op : document.operations()) {
            if (op.key().equals("POST /api/v1/cases/{ticket}/replies")) {
                replySchema = document.resolve(op.bodySchema());
            }
        }
        assertTrue(replySchema != null, "the operation is documented");
        JsonObject template = replySchema.getJsonObject("properties").getJsonObject("template");
        List<String> documented = template.getJsonArray("enum").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
        assertTrue(!replySchema.containsKey("required") || !replySchema.getJsonArray("required").toString().contains("\"template\""),
                replySchema.toString());

        String ticket = open("Where is my deposit", "en").getString("ticket");
        long version = agent.get("cases/" + ticket).json().getJsonObject("c").getJsonNumber("version").longValue();
        Reply plain = agent.post("cases/" + ticket + "/replies",
                "{\"version\":%d,\"message\":\"We are looking at your deposit now.\"}".formatted(version));
        assertEquals(201, plain.status(), plain.body());
        assertEquals("REPLY", plain.json().getString("templateCode"));

        long v2 = agent.get("cases/" + ticket).json().getJsonObject("c").getJsonNumber("version").longValue();
        for (String wrong : new String[] {"CLAIM_DECISION", "NO_SUCH_TEMPLATE"}) {
            Reply refused = agent.post("cases/" + ticket + "/replies",
                    "{\"version\":%d,\"template\":\"%s\",\"message\":\"Decided.\"}".formatted(v2, wrong));
            assertEquals(400, refused.status(), refused.body());
            JsonObject error = refused.json().getJsonArray("errors").getJsonObject(0);
            assertEquals("template", error.getString("field"));
            assertEquals("one of " + String.join(", ", documented), error.getString("message"), "the documented enum, no more");
        }
        assertEquals(2, outboxFor(ticket).size(), "the acknowledgement and the one reply");
    }

    @Test
    void everyKindOfBadInputIsAProblemNamingTheFields() {
        Reply r = exchange.post("cases", """
                {"channel":"PIGEON","accountId":"no such account!","language":"de","subject":"","description":"x",
                 "category":"USER_ERROR","subcategory":"API_KEY_COMPROMISE","priority":"P9","queue":"nowhere"}""");
        assertEquals(400, r.status(), r.body());
        assertTrue(r.isProblem());
        Set<String> fields = new HashSet<>();
        r.json().getJsonArray("errors").getValuesAs(JsonObject.class).forEach(e -> fields.add(e.getString("field")));
        assertEquals(Set.of("channel", "accountId", "language", "subject", "subcategory", "priority", "queue"), fields);

        Reply unknownAccount = exchange.post("cases", """
                {"channel":"CHAT","accountId":"NOPE-%s","subject":"Hello","description":"Hi"}""".formatted(UUID.randomUUID()));
        assertEquals(400, unknownAccount.status());
        assertTrue(unknownAccount.body().contains("accountId"));

        assertEquals(400, exchange.post("cases", "{\"channel\":\"CHAT\",\"subject\":\"a\",\"description\":\"b\",\"extra\":1}").status(),
                "unknown fields are refused");
        assertEquals(400, exchange.post("cases", "not json").status());
        assertEquals(404, exchange.get("cases/RD-2222-2222").status());
        assertEquals(404, exchange.get("cases/garbage").status());
        assertEquals(400, agent.get("cases?state=SLEEPING").status());
        assertEquals(400, agent.get("cases?after=abc").status());
        assertEquals(400, agent.get("cases?size=100000").status());
        String ticket = open("A case", "en").getString("ticket");
        Reply stale = agent.post("cases/" + ticket + "/changes", "{\"version\":99,\"priority\":\"P1\"}");
        assertEquals(409, stale.status(), stale.body());
        Reply noVersion = agent.post("cases/" + ticket + "/changes", "{\"priority\":\"P1\"}");
        assertEquals(400, noVersion.status());
        assertEquals(403, exchange.post("cases/" + ticket + "/changes", "{\"version\":0,\"priority\":\"P1\"}").status());
        assertEquals(400, exchange.post("cases/" + ticket + "/messages", "{\"body\":\"  \"}").status());
    }

    @Test
    void theQueuePagesByKeysetFiltersAndFindsAPhrase() {
        String marker = "zebra" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 5; i++) {
            open("Card payment " + marker + " number " + i, "en");
        }
        Reply first = agent.get("cases?q=" + marker + "&size=2&state=ACTIVE");
        assertEquals(200, first.status(), first.body());
        assertEquals(2, first.json().getJsonArray("rows").size());
        Set<String> seen = new HashSet<>();
        String next = first.json().getString("next");
        first.json().getJsonArray("rows").getValuesAs(JsonObject.class).forEach(row -> seen.add(row.getString("ticket")));
        while (next != null) {
            JsonObject page = agent.get("cases?q=" + marker + "&size=2&state=ACTIVE&after=" + next).json();
            page.getJsonArray("rows").getValuesAs(JsonObject.class).forEach(row -> seen.add(row.getString("ticket")));
            next = absent(page, "next") ? null : page.getString("next");
        }
        assertEquals(5, seen.size(), "every case exactly once across pages");
        assertEquals(0, agent.get("cases?q=" + marker + "&priority=P1").json().getJsonArray("rows").size());
        String ticket = seen.iterator().next();
        JsonObject byTicket = agent.get("cases?q=" + ticket.toLowerCase()).json();
        assertEquals(1, byTicket.getJsonArray("rows").size());
        assertTrue(absent(byTicket, "next"));
    }

    @Test
    void aPhraseIsFoundInsideLongerWordsAndOnlyInItsOrder() {
        // on PostgreSQL a phrase of three words or more goes through the word index: its first and last words may
        // be parts of longer words in the text, and cases holding the same words in another order are not matches
        String marker = "quagga" + UUID.randomUUID().toString().substring(0, 6);
        String match = open("Sent x" + marker + " via the polygon " + marker + "ish chain", "en").getString("ticket");
        open("Sent " + marker + " polygon the via " + marker, "en");
        Reply found = agent.get("cases?q=" + marker + " via the  polygon " + marker); // the client encodes the spaces
        assertEquals(200, found.status(), found.body());
        List<String> tickets = found.json().getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .map(row -> row.getString("ticket")).toList();
        assertEquals(List.of(match), tickets);
    }

    @Test
    void aPhraseIsFoundAcrossSubjectDescriptionAndContactAndATicketByItsBeginning() {
        // the search text holds the subject, description and contact, not the ticket (V40): a phrase running from one
        // into the next is found; a ticket by the whole of it or its beginning, as typed, never as part of a phrase
        String marker = "okapi" + UUID.randomUUID().toString().substring(0, 6);
        JsonObject c = open("Lost deposit " + marker, "en");
        String ticket = c.getString("ticket");
        Reply across = agent.get("cases?q=" + marker + " i sent usdt on the wrong network and it never arrived. camille@");
        assertEquals(200, across.status(), across.body());
        assertEquals(List.of(ticket), tickets(across));
        String[] parts = ticket.toLowerCase().split("-");
        Map<String, String> begins = Map.of("rd-" + parts[1], "RD-" + parts[1], parts[1] + " " + parts[2].substring(0, 2),
                "RD-" + parts[1] + "-" + parts[2].substring(0, 2), parts[1] + parts[2], ticket.toLowerCase(),
                "RD " + parts[1].substring(0, 1), "RD-" + parts[1].substring(0, 1));
        begins.forEach((typed, prefix) -> {
            Reply begun = agent.get("cases?q=" + typed + "&size=200");
            assertEquals(200, begun.status(), begun.body());
            assertTrue(tickets(begun).contains(ticket), typed + " begins " + ticket);
            // a single character after "RD " may also be in some case's text ("3rd 2fa reset"): not checked for others
            assertTrue(prefix.length() < 6 || tickets(begun).stream().allMatch(t -> t.startsWith(prefix.toUpperCase(Locale.ROOT))),
                    "only tickets that begin with " + prefix + ": " + tickets(begun));
        });
        Reply end = agent.get("cases?q=" + parts[2]);
        assertEquals(200, end.status(), end.body());
        assertFalse(tickets(end).contains(ticket), "the end of a ticket is not its beginning");
        Reply partOfTicket = agent.get("cases?q=" + parts[1] + "-" + parts[2] + " lost deposit " + marker);
        assertEquals(200, partOfTicket.status(), partOfTicket.body());
        assertEquals(0, partOfTicket.json().getJsonArray("rows").size(), "a ticket is not part of the case's text");
    }

    private static List<String> tickets(Reply reply) {
        return reply.json().getJsonArray("rows").getValuesAs(JsonObject.class).stream().map(row -> row.getString("ticket")).toList();
    }

    @Test
    void theDashboardCountsTodaysCasesByPriorityAndQueue() {
        JsonObject before = agent.get("dashboard?days=7").json();
        JsonObject todayBefore = before.getJsonArray("funnel").getJsonObject(6);
        open("Counted on the dashboard", "en");
        open("Counted on the dashboard too", "en");
        JsonObject after = agent.get("dashboard?days=7").json();
        assertEquals(7, after.getJsonArray("funnel").size());
        JsonObject today = after.getJsonArray("funnel").getJsonObject(6);
        assertEquals(LocalDate.now(ZoneOffset.UTC).toString(), today.getString("day"));
        assertTrue(today.getJsonNumber("opened").longValue() >= todayBefore.getJsonNumber("opened").longValue() + 2);
        assertEquals(4, after.getJsonArray("sla").size(), "one line per priority");
        assertTrue(after.getJsonArray("queues").getValuesAs(JsonObject.class).stream()
                .anyMatch(q -> q.getString("queue").equals("frontline") && q.getJsonNumber("open").longValue() >= 2));
        assertTrue(after.getJsonObject("customers").getJsonNumber("active").longValue() >= 1);
        assertEquals(400, agent.get("dashboard?days=0").status());
        assertEquals(403, exchange.get("dashboard").status());
    }

    /** JSON-B leaves null fields out. */
    private static boolean absent(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }
}
