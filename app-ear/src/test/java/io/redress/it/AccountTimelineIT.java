package io.redress.it;

import static io.redress.it.support.Restrictions.approve;
import static io.redress.it.support.Restrictions.body;
import static io.redress.it.support.Restrictions.newAccount;
import static io.redress.it.support.Restrictions.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.it.support.Api;
import io.redress.it.support.ApiDocument;
import io.redress.it.support.Api.Reply;
import io.redress.it.support.Fixtures.Credentials;
import io.redress.it.support.RedressDeployment;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The account's timeline over REST: a complaint, a restriction request, three refused approvals, the approval, the
 * notice, an appeal, a refused and an accepted decision all show up on the account's timeline, in order, each with
 * who did it in which role; and an auditor's export of it recomputes, entry by entry, and chains up to the head of
 * the live trail.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountTimelineIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RedressDeployment.ear();
    }

    private Credentials exchangeLogin;
    private Credentials agentLogin;
    private Credentials supervisorLogin;
    private Credentials otherSupervisorLogin;
    private Credentials complianceLogin;
    private Api exchange;
    private Api agent;
    private Api supervisor;
    private Api otherSupervisor;
    private Api compliance;
    private Api auditor;
    private String account;
    private String ticket;
    private long restriction;
    private long appealId;

    /** One recorded step: action, actor, role, and a word its reason must contain (or null). */
    private record Step(String action, String actor, String role, String reasonHas) {
    }

    @BeforeEach
    void people() {
        exchangeLogin = Api.newStaff("INTEGRATION");
        agentLogin = Api.newStaff("AGENT");
        supervisorLogin = Api.newStaff("SUPERVISOR");
        otherSupervisorLogin = Api.newStaff("SUPERVISOR");
        complianceLogin = Api.newStaff("COMPLIANCE");
        exchange = Api.as(exchangeLogin);
        agent = Api.as(agentLogin);
        supervisor = Api.as(supervisorLogin);
        otherSupervisor = Api.as(otherSupervisorLogin);
        compliance = Api.as(complianceLogin);
        auditor = Api.as(Api.newStaff("AUDITOR"));
        account = newAccount(exchange, 0);
    }

    @Test
    void everyStepFromComplaintToAppealDecisionIsOnTheTimelineWithItsActorAndTheExportOfItVerifies() throws Exception {
        List<Step> expected = replayComplaintToDecision();

        Reply page = agent.get("accounts/" + account + "/timeline");
        assertEquals(200, page.status(), page.body());
        List<JsonObject> items = page.json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(absent(page.json(), "next"), "one page holds them all: " + page.body());
        long previous = 0;
        for (JsonObject item : items) {
            assertTrue(item.getJsonNumber("seq").longValue() > previous, "oldest first: " + page.body());
            previous = item.getJsonNumber("seq").longValue();
            assertEquals("recorded", item.getString("link"));
        }
        int at = 0;
        for (Step step : expected) {
            int found = -1;
            for (int i = at; i < items.size() && found < 0; i++) {
                JsonObject item = items.get(i);
                if (item.getString("action").equals(step.action()) && item.getString("actor").equals(step.actor())
                        && (step.reasonHas() == null || (!absent(item, "reason") && item.getString("reason").contains(step.reasonHas())))) {
                    found = i;
                }
            }
            assertTrue(found >= 0, "on the timeline after step " + at + ": " + step + "\n" + actions(items));
            assertEquals(step.role(), items.get(found).getString("actorRole"), step.toString());
            at = found + 1;
        }

        // paged: pass next as after
        Reply first = agent.get("accounts/" + account + "/timeline?size=3");
        assertEquals(3, first.json().getJsonArray("items").size());
        long next = first.json().getJsonNumber("next").longValue();
        Reply second = agent.get("accounts/" + account + "/timeline?size=3&after=" + next);
        assertEquals(items.get(3).getJsonNumber("seq").longValue(),
                second.json().getJsonArray("items").getJsonObject(0).getJsonNumber("seq").longValue());

        verifyTheAuditorsExport(items);
        theStoryReadsAsOpenApiSaysForStaffAndForTheExchange();
    }

    /** What a client generated from /openapi reads of the story: each answer in the shape the document gives it. */
    private void theStoryReadsAsOpenApiSaysForStaffAndForTheExchange() {
        ApiDocument document = ApiDocument.read();
        Map<String, String> reads = Map.of("/api/v1/cases/{ticket}", "cases/" + ticket,
                "/api/v1/accounts/{accountId}/restrictions", "accounts/" + account + "/restrictions",
                "/api/v1/restrictions/{id}/appeals", "restrictions/" + restriction + "/appeals",
                "/api/v1/restrictions/{id}", "restrictions/" + restriction,
                "/api/v1/appeals/{id}", "appeals/" + appealId,
                "/api/v1/accounts/{accountId}", "accounts/" + account);
        List<String> departures = new ArrayList<>();
        for (Map.Entry<String, String> read : reads.entrySet()) {
            Reply staff = agent.get(read.getValue());
            assertEquals(200, staff.status(), read.getValue() + ": " + staff.body());
            departures.addAll(document.departures("GET", read.getKey(), 200, Api.jsonValue(staff.body())));
            // the exchange sees what the customer may: a restriction overturned on appeal is no longer one of theirs
            Reply customers = exchange.get(read.getValue());
            if (customers.status() != 404) {
                assertEquals(200, customers.status(), read.getValue() + ": " + customers.body());
                departures.addAll(document.departures("GET", read.getKey(), 200, Api.jsonValue(customers.body())));
            }
        }
        assertEquals(List.of(), departures, "answers in the shape /openapi documents");
    }

    private List<Step> replayComplaintToDecision() {
        String ex = exchangeLogin.username();
        String sup = supervisorLogin.username();
        String other = otherSupervisorLogin.username();
        String comp = complianceLogin.username();
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("ACCOUNT_MIRRORED", ex, "INTEGRATION", "created"));

        Reply opened = agent.post("cases", """
                {"channel":"CHAT","accountId":"%s","subject":"Withdrawal blocked","description":"The customer says support was rude.",
                 "complaint":true}""".formatted(account));
        assertEquals(201, opened.status(), opened.body());
        steps.add(new Step("CASE_OPENED", agentLogin.username(), "AGENT", null));
        ticket = opened.json().getString("ticket");

        assertEquals(201, exchange.post("accounts/" + account + "/complaints",
                "{\"kind\":\"PUBLIC_POST\",\"reference\":\"https://social.example/p/timeline\"}").status());
        steps.add(new Step("COMPLAINT_RECORDED", ex, "INTEGRATION", "social.example/p/timeline"));

        long id = request(supervisor, account, body("WITHDRAW_ONLY", "ABUSE_OF_STAFF", 30));
        steps.add(new Step("RESTRICTION_REQUESTED", sup, "SUPERVISOR", null));
        restriction = id;

        Reply own = approve(supervisor, id, null);
        assertEquals(422, own.status(), own.body());
        assertEquals("four-eyes", own.json().getString("rule"));
        steps.add(new Step("DUE_PROCESS_REFUSED", sup, "SUPERVISOR", "four-eyes"));

        Reply wrongRole = approve(otherSupervisor, id, null);
        assertEquals(422, wrongRole.status(), wrongRole.body());
        assertEquals("retaliation-guard", wrongRole.json().getString("rule"));
        steps.add(new Step("DUE_PROCESS_REFUSED", other, "SUPERVISOR", "retaliation-guard"));

        Reply noAttestation = approve(compliance, id, null);
        assertEquals(422, noAttestation.status(), noAttestation.body());
        steps.add(new Step("DUE_PROCESS_REFUSED", comp, "COMPLIANCE", "attestation-required"));

        Reply approved = approve(compliance, id, "The abuse in ticket RD-9 predates the post and is unrelated to it.");
        assertEquals(200, approved.status(), approved.body());
        steps.add(new Step("RESTRICTION_APPROVED", comp, "COMPLIANCE", "unrelated"));
        steps.add(new Step("ACCOUNT_STANDING_CHANGED", comp, "COMPLIANCE", null));
        steps.add(new Step("MESSAGE_QUEUED", comp, "COMPLIANCE", "RESTRICTION_APPLIED"));

        // the customer's words, written as a spreadsheet formula: the auditors' CSV must not run them
        Reply filed = exchange.post("restrictions/" + id + "/appeals",
                "{\"statement\":\"=HYPERLINK(\\\"http://evil.example/\\\",\\\"I never insulted anyone.\\\")\"}");
        assertEquals(201, filed.status(), filed.body());
        long appeal = filed.json().getJsonNumber("id").longValue();
        appealId = appeal;
        steps.add(new Step("APPEAL_FILED", ex, "INTEGRATION", "never insulted"));

        String overturn = "{\"outcome\":\"OVERTURNED\",\"reasons\":\"The recording shows no abuse; the measure was wrong.\"}";
        Reply involved = supervisor.post("appeals/" + appeal + "/decision", overturn);
        assertEquals(422, involved.status(), involved.body());
        steps.add(new Step("DUE_PROCESS_REFUSED", sup, "SUPERVISOR", "reviewer-involved"));

        Reply decided = otherSupervisor.post("appeals/" + appeal + "/decision", overturn);
        assertEquals(200, decided.status(), decided.body());
        steps.add(new Step("APPEAL_DECIDED", other, "SUPERVISOR", "OVERTURNED"));
        steps.add(new Step("RESTRICTION_LIFTED", other, "SUPERVISOR", "appeal " + appeal));
        steps.add(new Step("ACCOUNT_STANDING_CHANGED", other, "SUPERVISOR", null));
        steps.add(new Step("MESSAGE_QUEUED", other, "SUPERVISOR", "APPEAL_DECIDED"));
        return steps;
    }

    private void verifyTheAuditorsExport(List<JsonObject> timeline) throws Exception {
        // the account's export, as JSON lines: every entry recomputes from its own fields
        String lines;
        Map<String, String> chainHeaders = new HashMap<>();
        try (Response r = auditor.request("audit?account=" + account).header("Accept", "application/x-ndjson").get()) {
            assertEquals(200, r.getStatus());
            assertTrue(r.getMediaType().toString().startsWith("application/x-ndjson"), r.getMediaType().toString());
            for (String h : List.of("Redress-Chain-Intact", "Redress-Chain-Head-Seq", "Redress-Chain-Head-Hash")) {
                assertNotNull(r.getHeaderString(h), h);
                chainHeaders.put(h, r.getHeaderString(h));
            }
            lines = r.readEntity(String.class);
        }
        List<JsonObject> exported = lines.lines().map(Api::json).toList();
        JsonObject trailer = exported.get(exported.size() - 1);
        assertEquals("chain", trailer.getString("record"));
        assertTrue(trailer.getBoolean("intact"), lines);
        assertEquals(chainHeaders.get("Redress-Chain-Head-Seq"), Long.toString(trailer.getJsonNumber("headSeq").longValue()));
        assertEquals(chainHeaders.get("Redress-Chain-Head-Hash"), trailer.getString("headHash"));
        assertEquals("true", chainHeaders.get("Redress-Chain-Intact"));
        List<JsonObject> entries = exported.subList(0, exported.size() - 1);
        assertEquals(timeline.size(), entries.size(), "the export holds the timeline");
        assertEquals(entries.size(), trailer.getJsonNumber("exported").longValue());
        Map<Long, String> hashes = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            JsonObject e = entries.get(i);
            assertEquals(timeline.get(i).getJsonNumber("seq").longValue(), e.getJsonNumber("seq").longValue());
            assertEquals(account, e.getString("accountId"));
            assertEquals(e.getString("hash"), recompute(json(e)), "entry " + e.getJsonNumber("seq") + " recomputes");
            hashes.put(e.getJsonNumber("seq").longValue(), e.getString("hash"));
        }

        // the whole trail from the account's first entry to the head, as CSV: it links without a gap up to the head
        // hash, and holds the account's entries with the same hashes, so the account's export is the live chain's
        long first = entries.get(0).getJsonNumber("seq").longValue();
        String csv;
        try (Response r = auditor.request("audit?format=csv&after=" + (first - 1)).get()) {
            assertEquals(200, r.getStatus());
            assertTrue(r.getMediaType().toString().startsWith("text/csv"), r.getMediaType().toString());
            csv = r.readEntity(String.class);
        }
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://evil.example/"), "the customer's formula is text in the CSV");
        assertFalse(csv.contains(",\"=HYPERLINK(") || csv.contains(",=HYPERLINK("), "no cell starts with the formula");
        List<List<String>> rows = parseCsv(csv);
        List<String> header = rows.get(0);
        List<String> chainRow = rows.get(rows.size() - 1);
        assertEquals("chain", chainRow.get(header.indexOf("record")));
        assertEquals("true", chainRow.get(header.indexOf("intact")));
        long headSeq = Long.parseLong(chainRow.get(header.indexOf("seq")));
        String headHash = chainRow.get(header.indexOf("hash"));
        long expectedSeq = first;
        String previousHash = null;
        int found = 0;
        for (List<String> row : rows.subList(1, rows.size() - 1)) {
            Map<String, String> e = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                e.put(header.get(i), row.get(i));
            }
            long seq = Long.parseLong(e.get("seq"));
            assertEquals(expectedSeq++, seq, "no entry missing");
            if (previousHash != null) {
                assertEquals(previousHash, e.get("prevHash"), "entry " + seq + " links to the one before");
            }
            assertEquals(e.get("hash"), recompute(e), "entry " + seq + " recomputes");
            previousHash = e.get("hash");
            if (hashes.containsKey(seq)) {
                assertEquals(hashes.get(seq), e.get("hash"));
                found++;
            }
        }
        assertEquals(headSeq, expectedSeq - 1, "the export ends at the head it reports");
        assertEquals(headHash, previousHash, "the last entry is the head");
        assertEquals(hashes.size(), found);
    }

    @Test
    void theTimelineIsForStaffAndTheExportForAuditorsWithBadParametersNamed() {
        assertEquals(403, exchange.get("accounts/" + account + "/timeline").status(), "the exchange is not staff");
        assertEquals(200, Api.as(Api.newStaff("ADMIN")).get("accounts/" + account + "/timeline").status());
        assertEquals(404, agent.get("accounts/NO-SUCH-" + account + "/timeline").status());
        Reply badSize = agent.get("accounts/" + account + "/timeline?size=500&after=x");
        assertEquals(400, badSize.status());
        assertTrue(badSize.isProblem());
        assertTrue(badSize.body().contains("\"size\"") && badSize.body().contains("\"after\""), badSize.body());

        Reply byAgent = agent.get("audit?account=" + account);
        assertEquals(403, byAgent.status());
        assertTrue(byAgent.isProblem());
        Reply badFrom = auditor.get("audit?from=yesterday&format=xml&entity=Restriction:");
        assertEquals(400, badFrom.status());
        assertTrue(badFrom.isProblem(), badFrom.contentType());
        for (String field : List.of("\"from\"", "\"format\"", "\"entity\"")) {
            assertTrue(badFrom.body().contains(field), field + " named: " + badFrom.body());
        }
        Reply none = auditor.get("audit?actor=nobody-" + account + "&entity=Restriction");
        assertEquals(200, none.status());
        List<String> onlyTrailer = none.body().lines().toList();
        assertEquals(1, onlyTrailer.size(), none.body());
        assertEquals(0, Api.json(onlyTrailer.get(0)).getInt("exported"));
        assertFalse(Instant.parse(Api.json(onlyTrailer.get(0)).getString("verifiedAt")).isAfter(Instant.now().plusSeconds(60)));
    }

    /** JSON-B leaves null fields out. */
    private static boolean absent(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }

    private static String actions(List<JsonObject> items) {
        StringBuilder out = new StringBuilder();
        for (JsonObject i : items) {
            out.append(i.getJsonNumber("seq")).append(' ').append(i.getString("action")).append(' ')
                    .append(i.getString("actor")).append(' ').append(i.getString("actorRole")).append(' ')
                    .append(absent(i, "reason") ? "" : i.getString("reason")).append('\n');
        }
        return out.toString();
    }

    private static Map<String, String> json(JsonObject o) {
        Map<String, String> out = new HashMap<>();
        o.forEach((k, v) -> out.put(k, v.getValueType() == JsonValue.ValueType.NULL ? null
                : v.getValueType() == JsonValue.ValueType.STRING ? o.getString(k) : v.toString()));
        return out;
    }

    /**
     * The hash as the README documents it, written here independently of Redress's code: SHA-256 (hex) over each field
     * as {@code length:value;} ({@code -;} for null), in this order, with the account last when the entry names it.
     */
    private static String recompute(Map<String, String> e) throws Exception {
        StringBuilder canonical = new StringBuilder();
        for (String field : List.of("seq", "occurredAt", "actor", "actorRole", "action", "entityType", "entityId",
                "before", "after", "reason", "origin", "prevHash")) {
            String v = e.get(field);
            canonical.append(v == null ? "-;" : v.length() + ":" + v + ";");
        }
        if ("recorded".equals(e.get("accountLink"))) {
            String v = e.get("accountId");
            canonical.append(v.length()).append(':').append(v).append(';');
        }
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** RFC 4180: quoted cells may hold commas, quotes ("") and line breaks; an unquoted empty cell is null. */
    private static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',' || c == '\r' || c == '\n') {
                if (c == '\r') {
                    continue;
                }
                // a value a spreadsheet would run as a formula starts with an apostrophe: the sealed value is without it
                String value = cell.length() > 0 && cell.charAt(0) == '\'' ? cell.substring(1) : cell.toString();
                row.add(cell.length() == 0 && !wasQuoted ? null : value);
                cell.setLength(0);
                wasQuoted = false;
                if (c == '\n') {
                    rows.add(row);
                    row = new ArrayList<>();
                }
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}
