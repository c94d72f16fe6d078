package io.redress.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.it.support.Api;
import io.redress.it.support.Api.Reply;
import io.redress.it.support.RedressDeployment;
import io.redress.it.support.Screenings;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Compliance's internal notes on an investigation: only COMPLIANCE writes them, compliance and auditors read them
 * newest first with the investigation (and its evidence), each addition is on the audit trail and never on the
 * account's timeline (which every staff member reads), and bad input is a problem naming the field.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InvestigationNotesIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RedressDeployment.ear();
    }

    private Api exchange;
    private Api compliance;
    private Screenings.Held held;

    @BeforeEach
    void aHeldDeposit() {
        exchange = Api.as(Api.newStaff("INTEGRATION"));
        compliance = Api.as(Api.newStaff("COMPLIANCE"));
        held = Screenings.heldDeposit(exchange, compliance);
    }

    private static String note(String text) {
        return Json.createObjectBuilder().add("text", text).build().toString();
    }

    private String path() {
        return "investigations/" + held.investigationId();
    }

    private static List<String> fields(Reply r) {
        assertEquals(400, r.status(), r.body());
        assertTrue(r.isProblem(), r.body());
        return r.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList();
    }

    @Test
    void complianceAddsNotesThatComplianceAndAuditorsReadNewestFirstWithTheEvidence() {
        Reply first = compliance.post(path() + "/notes", note("  Asked the exchange for the customer's source of funds.\n"));
        assertEquals(201, first.status(), first.body());
        assertEquals("Asked the exchange for the customer's source of funds.", first.json().getString("text"));
        Api secondOfficer = Api.as(Api.newStaff("COMPLIANCE"));
        assertEquals(201, secondOfficer.post(path() + "/notes", note("Source of funds: salary. No link to the exploit.")).status());

        for (Api reader : List.of(compliance, Api.as(Api.newStaff("AUDITOR")))) {
            Reply got = reader.get(path());
            assertEquals(200, got.status(), got.body());
            JsonObject d = got.json();
            List<String> notes = d.getJsonArray("notes").getValuesAs(JsonObject.class).stream().map(n -> n.getString("text")).toList();
            assertEquals(List.of("Source of funds: salary. No link to the exploit.",
                    "Asked the exchange for the customer's source of funds."), notes, "newest first");
            assertEquals("OPEN", d.getJsonObject("investigation").getString("state"));
            assertEquals("ON_TIME", d.getString("deadline"));
            assertEquals(6, d.getInt("daysLeft"), "a German account: the EU's internal target of 7 days: " + got.body());
            JsonObject s = d.getJsonObject("screening");
            assertEquals("1", s.getJsonNumber("coveredAmount").bigDecimalValue().toPlainString());
            JsonObject hack = s.getJsonArray("exposures").getJsonObject(0);
            assertEquals("HACK", hack.getString("category"));
            assertEquals(held.hacker(), hack.getJsonArray("path").getJsonObject(0).getString("from"), "the evidence path as screened");
        }
    }

    @Test
    void onlyComplianceWritesNotesAndNoOtherStaffReadsThem() {
        for (String role : List.of("AGENT", "SUPERVISOR", "SECURITY", "AUDITOR", "ADMIN", "INTEGRATION")) {
            Api other = Api.as(Api.newStaff(role));
            Reply wrote = other.post(path() + "/notes", note("not mine to write"));
            assertEquals(403, wrote.status(), role + ": " + wrote.body());
            assertTrue(wrote.isProblem(), wrote.body());
            if (!role.equals("AUDITOR")) {
                assertEquals(403, other.get(path()).status(), role + " reads no investigation");
            }
        }
        assertTrue(compliance.get(path()).json().getJsonArray("notes").isEmpty(), "nothing refused was stored");
    }

    @Test
    void eachNoteIsAuditedOnTheInvestigationAndNeverOnTheAccountsTimeline() throws Exception {
        String text = "Customer's bank confirms the salary payments.";
        Reply added = compliance.post(path() + "/notes", note(text));
        assertEquals(201, added.status(), added.body());
        long noteId = added.json().getJsonNumber("id").longValue();

        Api auditor = Api.as(Api.newStaff("AUDITOR"));
        List<JsonObject> entries = List.of();
        for (int attempt = 0; attempt < 50 && entries.isEmpty(); attempt++) {
            try (Response r = auditor.request("audit?entity=Investigation:" + held.investigationId())
                    .header("Accept", "application/x-ndjson").get()) {
                assertEquals(200, r.getStatus());
                entries = r.readEntity(String.class).lines().map(Api::json)
                        .filter(e -> "INVESTIGATION_NOTE_ADDED".equals(e.getString("action", ""))).toList();
            }
            if (entries.isEmpty()) {
                Thread.sleep(100); // the chainer links a committed entry a few milliseconds after its commit
            }
        }
        assertEquals(1, entries.size(), "one entry for one note");
        JsonObject entry = entries.get(0);
        assertEquals(text, entry.getString("reason"));
        assertEquals("COMPLIANCE", entry.getString("actorRole"));
        assertTrue(entry.getString("after").contains("\"noteId\":" + noteId), entry.toString());

        Reply timeline = compliance.get("accounts/" + held.accountId() + "/timeline?size=200");
        assertEquals(200, timeline.status(), timeline.body());
        assertFalse(timeline.body().contains(text), "a note is not on the account's timeline, which all staff read");
        assertFalse(timeline.body().contains("INVESTIGATION_NOTE_ADDED"));
        assertFalse(timeline.body().contains("INDIRECT_HACK"), "nor the screening's alert, which names the rule and amount");
        assertTrue(timeline.body().contains("ACCOUNT_CONFIDENTIAL_SET"), "the flag's step is there, with a neutral reason");
    }

    @Test
    void badNotesAreProblemsNamingTheField() {
        assertEquals(List.of("text"), fields(compliance.post(path() + "/notes", note(" "))));
        assertEquals(List.of("text"), fields(compliance.post(path() + "/notes", "{}")));
        assertEquals(List.of("text"), fields(compliance.post(path() + "/notes", note("x".repeat(4001)))));
        assertEquals(List.of("text"), fields(compliance.post(path() + "/notes", note("bell\u0007"))));
        assertEquals(List.of("text"), fields(compliance.post(path() + "/notes", "{\"text\":42}")));
        assertTrue(fields(compliance.post(path() + "/notes", "{\"text\":\"ok\",\"author\":\"someone\"}")).contains("author"));
        assertEquals(List.of("id"), fields(compliance.post("investigations/x/notes", note("a note"))));
        Reply unknown = compliance.post("investigations/999999999/notes", note("a note"));
        assertEquals(404, unknown.status(), unknown.body());
        assertTrue(unknown.isProblem(), unknown.body());
        assertTrue(compliance.get(path()).json().getJsonArray("notes").isEmpty());
    }
}
