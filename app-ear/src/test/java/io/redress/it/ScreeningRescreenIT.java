package io.redress.it;

import static io.redress.it.support.Restrictions.newAccount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.it.support.Api;
import io.redress.it.support.Api.Reply;
import io.redress.it.support.RedressDeployment;
import io.redress.it.support.Screenings;
import io.redress.it.support.Time;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
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
 * Re-screening over REST: a deposit that passed, then a CSV import listing the address one hop upstream of its sender.
 * After the import commits, the deposit is traced again: one alert for compliance with the evidence, the re-screening in
 * the deposit's history, and nothing on the deposit or to the customer (no hold, no freeze, no message). The same list
 * again, or the same address from another source, raises nothing more; a deposit screened before the look-back (90
 * days) is not re-screened.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScreeningRescreenIT {

    private static final String KIND = "SCREENING_NEW_EXPOSURE";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RedressDeployment.ear();
    }

    private Api exchange;
    private Api compliance;

    @BeforeEach
    void people() {
        exchange = Api.as(Api.newStaff("INTEGRATION"));
        compliance = Api.as(Api.newStaff("COMPLIANCE"));
    }

    private static String evm() {
        return Screenings.evm();
    }

    private static String tx() {
        return Screenings.tx();
    }

    private static String source() {
        return "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private Reply importCsv(String source, String csv) {
        return Screenings.imported(compliance, Json.createObjectBuilder().add("source", source).add("format", "CSV")
                .add("files", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "vendor.csv").add("content", csv)))
                .build().toString());
    }

    private String transfer(String from, String to, String amount) {
        return Json.createObjectBuilder().add("chain", "ETH").add("txHash", tx()).add("outputIndex", 0).add("asset", "ETH")
                .add("from", from).add("to", to).add("amount", amount).add("occurredAt", Instant.now().minusSeconds(600).toString())
                .build().toString();
    }

    private JsonObject screen(String account, String sender, String amount, String txHash) {
        Reply r = exchange.post("deposits/screen", """
                {"accountId":"%s","chain":"ETH","asset":"ETH","txHash":"%s","sendingAddress":"%s","amount":"%s"}"""
                .formatted(account, txHash, sender, amount));
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    /** The re-screening alerts about this screening, in compliance's inbox. */
    private List<JsonObject> alertsAbout(long screeningId) {
        List<JsonObject> out = new ArrayList<>();
        String cursor = null;
        do {
            Reply r = compliance.get("alerts?kind=" + KIND + "&size=200" + (cursor == null ? "" : "&after=" + cursor));
            assertEquals(200, r.status(), r.body());
            for (JsonObject a : r.json().getJsonArray("items").getValuesAs(JsonObject.class)) {
                if (a.getString("subject").startsWith("deposit-screening:" + screeningId + "/")) {
                    out.add(a);
                }
            }
            cursor = absent(r.json(), "next") ? null : r.json().getJsonNumber("next").toString();
        } while (cursor != null);
        return out;
    }

    /** Every message of the one customer outbox queued for the account. */
    private List<JsonObject> messagesFor(String account) {
        List<JsonObject> out = new ArrayList<>();
        long after = 0;
        while (true) {
            Reply r = exchange.get("messages?after=" + after + "&limit=500");
            assertEquals(200, r.status(), r.body());
            List<JsonObject> batch = r.json().getJsonArray("messages").getValuesAs(JsonObject.class);
            batch.stream().filter(m -> account.equals(m.getString("accountId", null))).forEach(out::add);
            if (batch.isEmpty() || absent(r.json(), "next")) {
                return out;
            }
            after = r.json().getJsonNumber("next").longValue();
        }
    }

    /** Waits for the import's re-screening job to complete (it starts after the import commits). */
    private void awaitJob(long jobId) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String state = null;
        while (System.nanoTime() < until) {
            Reply r = compliance.get("jobs/" + jobId);
            assertEquals(200, r.status(), r.body());
            state = r.json().getString("state");
            if ("COMPLETED".equals(state)) {
                assertEquals(0, r.json().getJsonNumber("failed").longValue(), r.body());
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("re-screening job " + jobId + " still " + state);
    }

    /** A null field, which JSON-B may leave out. */
    private static boolean absent(JsonObject o, String field) {
        return !o.containsKey(field) || o.isNull(field);
    }

    private static void backdate(long screeningId, Instant at) {
        try (Response r = ClientBuilder.newClient().target(Api.fixturesUrl()).path("fixtures/screening/" + screeningId + "/screened-at")
                .queryParam("at", at.toString()).request().post(Entity.text(""))) {
            assertEquals(200, r.getStatus(), r.readEntity(String.class));
        }
    }

    @Test
    void aListGainingAnUpstreamAddressAlertsCompliancePerDepositOnceAndHoldsNothing() throws InterruptedException {
        String upstream = evm();
        String sender = evm();
        Reply sent = exchange.post("chain-transfers", "{\"transfers\":[" + transfer(upstream, sender, "10") + ","
                + transfer(evm(), sender, "10") + "]}");
        assertEquals(200, sent.status(), sent.body());
        String account = newAccount(exchange, 0);
        String depositTx = tx();
        JsonObject passed = screen(account, sender, "2", depositTx);
        assertEquals("PASS", passed.getString("decision"), passed.toString());
        assertTrue(passed.getJsonArray("exposures").isEmpty(), passed.toString());
        long screeningId = passed.getJsonNumber("screeningId").longValue();
        // the same sender's deposit to another account, screened 120 days ago: before the look-back
        String oldAccount = newAccount(exchange, 0);
        long oldScreening = screen(oldAccount, sender, "3", tx()).getJsonNumber("screeningId").longValue();
        backdate(oldScreening, Instant.now().minus(Duration.ofDays(120)));

        // a vendor lists the address one hop upstream of the sender: half the sender's funds came from it
        String vendor = source();
        String csv = "address,asset,category,label\n" + upstream + ",ETH,SANCTIONS,Designated wallet\n";
        Reply imported = importCsv(vendor, csv);
        assertEquals(1, imported.json().getInt("added"));
        assertFalse(absent(imported.json(), "rescreenJobId"), imported.body());
        long jobId = imported.json().getJsonNumber("rescreenJobId").longValue();
        assertEquals(jobId, compliance.get("flagged-address-imports/" + imported.json().getJsonNumber("id")).json()
                .getJsonNumber("rescreenJobId").longValue(), "the import's report names its re-screening job");

        // after the import has committed: one alert for compliance, linking to the deposit, with the evidence
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<JsonObject> alerts = alertsAbout(screeningId);
        while (alerts.isEmpty() && System.nanoTime() < until) {
            Thread.sleep(200);
            alerts = alertsAbout(screeningId);
        }
        assertEquals(1, alerts.size(), alerts.toString());
        JsonObject alert = alerts.get(0);
        assertEquals("COMPLIANCE", alert.getString("mustAct"));
        assertEquals("WARNING", alert.getString("severity"), "indirect exposure: a warning");
        assertEquals(account, alert.getString("accountId"));
        assertTrue(alert.getString("message").contains("SANCTIONS INDIRECT 0.5 (was none), 2 hops"), alert.getString("message"));
        assertTrue(alert.getString("message").contains(upstream), "the listed address as evidence");
        assertTrue(alert.getString("message").contains("Nothing was held or frozen"), alert.getString("message"));
        awaitJob(jobId);

        // the deposit's history shows the re-screening; its screening is unchanged
        Reply read = compliance.get("deposit-screenings/" + screeningId);
        assertEquals(200, read.status(), read.body());
        JsonObject history = read.json();
        assertEquals("PASS", history.getJsonObject("screening").getString("decision"));
        assertFalse(history.getJsonObject("screening").getBoolean("inForce"));
        JsonArray rescreens = history.getJsonArray("rescreens");
        assertEquals(1, rescreens.size(), history.toString());
        JsonObject rescreen = rescreens.getJsonObject(0);
        assertEquals(imported.json().getJsonNumber("id").longValue(), rescreen.getJsonNumber("listImportId").longValue());
        assertEquals(jobId, rescreen.getJsonNumber("jobId").longValue());
        assertEquals("HOLD", rescreen.getString("wouldBe"), "today's policy would hold it: compliance decides");
        assertEquals(List.of("INDIRECT_SANCTIONS"), rescreen.getJsonArray("wouldBeReasons").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals(alert.getString("subject"), rescreen.getString("alertSubject"));
        JsonObject found = rescreen.getJsonArray("found").getJsonObject(0);
        assertEquals("SANCTIONS", found.getString("category"));
        assertTrue(absent(found, "degreeBefore"), "no SANCTIONS exposure before: " + found);
        JsonObject now = found.getJsonObject("now");
        assertEquals("0.5", now.getJsonNumber("share").bigDecimalValue().toPlainString());
        assertEquals(upstream, now.getJsonArray("path").getJsonObject(0).getString("from"));
        assertEquals(vendor, now.getJsonArray("listings").getJsonObject(0).getString("source"));
        assertEquals(1, compliance.get("deposit-screenings?accountId=" + account).jsonArray().getJsonObject(0)
                .getJsonArray("rescreens").size(), "the account's screenings show it too");
        JsonArray audited = Time.audit("DEPOSIT_RESCREENED", Long.toString(screeningId));
        assertEquals(1, audited.size(), audited.toString());
        assertEquals("system", audited.getJsonObject(0).getString("actor"));

        // no freeze, no hold, no message: WITHDRAW is still allowed, the exchange's answer is as before
        Reply decision = exchange.get("accounts/" + account + "/decision?action=WITHDRAW");
        assertEquals(200, decision.status(), decision.body());
        assertTrue(decision.json().getBoolean("allowed"), decision.body());
        assertTrue(decision.json().getJsonArray("fundsHeld").isEmpty(), decision.body());
        assertEquals(List.of(), messagesFor(account), "the customer is told nothing (tipping-off)");
        JsonObject again = screen(account, sender, "2", depositTx);
        assertEquals("PASS", again.getString("decision"));
        assertFalse(again.containsKey("rescreens"), "the exchange never sees a re-screening");

        // outside the look-back: not re-screened, no alert
        assertEquals(0, compliance.get("deposit-screenings/" + oldScreening).json().getJsonArray("rescreens").size());
        assertEquals(List.of(), alertsAbout(oldScreening));

        // the same list again adds nothing and re-screens nothing; the same address from another source re-screens and
        // finds nothing new
        Reply same = importCsv(vendor, csv);
        assertEquals(0, same.json().getInt("added"), same.body());
        assertTrue(absent(same.json(), "rescreenJobId"), "no job: " + same.body());
        Reply other = importCsv(source(), csv);
        assertEquals(1, other.json().getInt("added"), other.body());
        awaitJob(other.json().getJsonNumber("rescreenJobId").longValue());
        assertEquals(1, alertsAbout(screeningId).size(), "no second alert");
        assertEquals(1, compliance.get("deposit-screenings/" + screeningId).json().getJsonArray("rescreens").size());
    }

    @Test
    void aDepositScreeningIsReadByComplianceOnly() {
        assertEquals(404, compliance.get("deposit-screenings/999999999").status());
        Reply bad = compliance.get("deposit-screenings/abc");
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.isProblem(), bad.body());
        assertEquals(403, Api.as(Api.newStaff("AGENT")).get("deposit-screenings/1").status());
        assertEquals(403, exchange.get("deposit-screenings/1").status(), "not the exchange's view");
    }
}
