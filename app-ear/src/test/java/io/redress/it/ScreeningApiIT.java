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
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
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
 * Screening over REST: importing OFAC's real files and a vendor's CSV (bad lines named, re-import idempotent, removed
 * addresses dated), transfers into the graph (idempotent, bad rows by index), and deposits screened into PASS, HOLD and
 * FREEZE, with the freeze in the next WITHDRAW decision. Every test uses its own sources and new addresses.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScreeningApiIT {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return RedressDeployment.ear();
    }

    private Api exchange;
    private Api compliance;
    private Api agent;

    @BeforeEach
    void people() {
        exchange = Api.as(Api.newStaff("INTEGRATION"));
        compliance = Api.as(Api.newStaff("COMPLIANCE"));
        agent = Api.as(Api.newStaff("AGENT"));
    }

    private static String ofac(String asset) throws IOException {
        try (InputStream in = ScreeningApiIT.class.getResourceAsStream("/screening/sanctioned_addresses_" + asset + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String source() {
        return "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A new EVM address (lower case: valid without a checksum). */
    private static String evm() {
        byte[] b = new byte[20];
        RANDOM.nextBytes(b);
        return "0x" + HexFormat.of().formatHex(b);
    }

    private static String tx() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return "0x" + HexFormat.of().formatHex(b);
    }

    private static String importBody(String source, String format, Object... nameAndContent) {
        JsonArrayBuilder files = Json.createArrayBuilder();
        for (int i = 0; i < nameAndContent.length; i += 2) {
            files.add(Json.createObjectBuilder().add("name", (String) nameAndContent[i]).add("content", (String) nameAndContent[i + 1]));
        }
        return Json.createObjectBuilder().add("source", source).add("format", format).add("files", files).build().toString();
    }

    private static List<String> strings(JsonObject o, String field) {
        return o.getJsonArray(field).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static List<String> fields(Reply r) {
        assertEquals(400, r.status(), r.body());
        assertTrue(r.isProblem(), r.body());
        return r.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList();
    }

    @Test
    void ofacImportNamesItsBadLineIsIdempotentAndDatesWhatItRemoves() throws IOException {
        String source = source();
        String xbt = ofac("XBT");
        Reply first = Screenings.imported(compliance, importBody(source, "OFAC_LINES",
                "sanctioned_addresses_XBT.txt", xbt, "sanctioned_addresses_XMR.txt", ofac("XMR")));
                JsonObject report = first.json();
        assertEquals(435 + 3, report.getInt("linesRead"));
        // OFAC's own files: a Tron address on line 355 of the bitcoin list, 64 hex digits on line 2 of the Monero list
        assertEquals(2, report.getInt("badLines"));
        assertEquals(List.of("sanctioned_addresses_XBT.txt:355", "sanctioned_addresses_XMR.txt:2"), strings(report, "badLineDetails")
                .stream().map(b -> b.substring(0, b.indexOf(": "))).toList(), report.toString());
        assertEquals(434 + 2, report.getInt("added"));
        assertEquals(0, report.getInt("removed"));

        Reply again = Screenings.imported(compliance, importBody(source, "OFAC_LINES",
                "sanctioned_addresses_XBT.txt", xbt, "sanctioned_addresses_XMR.txt", ofac("XMR")));
                assertEquals(0, again.json().getInt("added"), "the same files again change nothing");
        assertEquals(0, again.json().getInt("removed"));
        assertEquals(436, again.json().getInt("unchanged"));

        // the next list no longer names its first two bitcoin addresses; the Monero file is not part of it
        String shorter = xbt.substring(xbt.indexOf('\n', xbt.indexOf('\n') + 1) + 1);
        Reply next = Screenings.imported(compliance, importBody(source, "OFAC_LINES", "sanctioned_addresses_XBT.txt", shorter));
                assertEquals(2, next.json().getInt("removed"));
        assertEquals(List.of("XBT 123WBUDmSJv4GctdVEz6Qq6z8nXSKrJ4KX", "XBT 125W5ek3DT6Zqy5S2iPt4FHQdNMCbZA3FU"),
                strings(next.json(), "removedListings").stream().sorted().toList());
        assertEquals(434 - 2 + 2, next.json().getInt("listedAfter"), "the Monero listings stay");

        // a download that went wrong (an error page: no line an address) names no address and de-lists nothing
        Reply garbage = Screenings.imported(compliance, importBody(source, "OFAC_LINES", "sanctioned_addresses_XBT.txt",
                "<html><body>502 Bad Gateway</body></html>\n"));
        assertEquals(0, garbage.json().getInt("removed"), garbage.body());
        assertEquals(434 - 2 + 2, garbage.json().getInt("listedAfter"), "every sanctioned address stays listed");
        assertTrue(strings(garbage.json(), "badLineDetails").stream().anyMatch(b -> b.contains("listings are kept")),
                garbage.body());

        List<JsonObject> listings = compliance.get("flagged-addresses?address=123WBUDmSJv4GctdVEz6Qq6z8nXSKrJ4KX").jsonArray()
                .getValuesAs(JsonObject.class).stream().filter(l -> l.getString("source").equals(source)).toList();
        assertEquals(1, listings.size());
        assertFalse(listings.get(0).isNull("removedAt"), "removed, with its date");
        assertEquals("SANCTIONS", listings.get(0).getString("category"));

        Reply read = compliance.get("flagged-address-imports/" + next.json().getJsonNumber("id").longValue());
        assertEquals(200, read.status(), read.body());
        assertEquals(2, read.json().getInt("removed"));
        assertEquals(403, agent.post("flagged-address-imports", importBody(source(), "OFAC_LINES", "sanctioned_addresses_XBT.txt", xbt)).status());
        assertEquals(403, agent.get("flagged-addresses?address=123WBUDmSJv4GctdVEz6Qq6z8nXSKrJ4KX").status());
    }

    @Test
    void csvImportAndBadImportRequests() {
        String source = source();
        String hacker = evm();
        Reply r = Screenings.imported(compliance, importBody(source, "CSV", "vendor.csv",
                "address,asset,category,severity,label\n" + hacker + ",ETH,HACK,HIGH,\"Bridge exploit, 2022\"\n"
                        + "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD,ETH,HACK,HIGH,bad checksum\n"));
        assertEquals(1, r.json().getInt("added"));
        assertEquals(List.of("vendor.csv:3"), strings(r.json(), "badLineDetails").stream().map(s -> s.substring(0, s.indexOf(": "))).toList());
        JsonObject listing = compliance.get("flagged-addresses?address=" + hacker.toUpperCase().replace("0X", "0x")).jsonArray().getJsonObject(0);
        assertEquals("Bridge exploit, 2022", listing.getString("label"));

        assertEquals(List.of("format"), fields(compliance.post("flagged-address-imports",
                "{\"source\":\"IT-X\",\"format\":\"XML\",\"files\":[{\"name\":\"x\",\"content\":\"\"}]}")));
        assertEquals(List.of("source"), fields(compliance.post("flagged-address-imports",
                "{\"source\":\"a b\",\"format\":\"CSV\",\"files\":[{\"name\":\"x\",\"content\":\"\"}]}")));
        assertEquals(List.of("files[0].asset"), fields(compliance.post("flagged-address-imports",
                "{\"source\":\"IT-X\",\"format\":\"OFAC_LINES\",\"files\":[{\"name\":\"x\",\"asset\":\"NOPE\",\"content\":\"\"}]}")));
    }

    private String transfer(String from, String to, String amount) {
        return Json.createObjectBuilder().add("chain", "ETH").add("txHash", tx()).add("outputIndex", 0).add("asset", "ETH")
                .add("from", from).add("to", to).add("amount", amount).add("occurredAt", Instant.now().minusSeconds(600).toString())
                .build().toString();
    }

    private Reply send(String... rows) {
        return exchange.post("chain-transfers", "{\"transfers\":[" + String.join(",", rows) + "]}");
    }

    private Reply screen(String account, String sender, String amount, String txHash) {
        return exchange.post("deposits/screen", """
                {"accountId":"%s","chain":"ETH","asset":"ETH","txHash":"%s","sendingAddress":"%s","amount":"%s"}"""
                .formatted(account, txHash, sender, amount));
    }

    private JsonObject withdrawDecision(String account) {
        Reply r = exchange.get("accounts/" + account + "/decision?action=WITHDRAW");
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    @Test
    void depositsArePassedHeldOrFrozenAndAFreezeIsInTheNextWithdrawDecision() {
        String sanctioned = evm();
        String hacker = evm();
        String mid = evm();
        String clean = evm();
        Reply listed = Screenings.imported(compliance, importBody(source(), "CSV", "it.csv",
                "address,asset,category\n" + sanctioned + ",ETH,SANCTIONS\n" + hacker + ",ETH,HACK\n"));
        assertEquals(2, listed.json().getInt("added"), listed.body());
        String hackToMid = transfer(hacker, mid, "10");
        Reply sent = send(hackToMid, transfer(clean, mid, "30"));
        assertEquals(200, sent.status(), sent.body());
        assertEquals(2, sent.json().getInt("accepted"));
        String account = newAccount(exchange, 0);
        assertTrue(withdrawDecision(account).getJsonArray("fundsHeld").isEmpty());

        // two degrees: a quarter of mid's funds came from the hacker, one hop before: held, that quarter only
        String held = tx();
        Reply hold = screen(account, mid, "2", held);
        assertEquals(200, hold.status(), hold.body());
        JsonObject h = hold.json();
        assertEquals("HOLD", h.getString("decision"));
        assertEquals(List.of("INDIRECT_HACK"), strings(h, "reasons"));
        assertEquals("0.5", h.getJsonNumber("coveredAmount").bigDecimalValue().toPlainString());
        JsonObject hack = h.getJsonArray("exposures").getJsonObject(0);
        assertEquals("HACK", hack.getString("category"));
        assertEquals("INDIRECT", hack.getString("degree"));
        assertEquals("0.25", hack.getJsonNumber("share").bigDecimalValue().toPlainString());
        assertEquals(2, hack.getInt("nearestHops"));
        JsonObject step = hack.getJsonArray("path").getJsonObject(0);
        assertEquals(hacker, step.getString("from"));
        assertEquals(Api.json(hackToMid).getString("txHash"), step.getString("txHash"));

        // one degree: straight from a sanctioned wallet: frozen, and the next WITHDRAW decision says so
        Reply freeze = screen(account, sanctioned, "1.5", tx());
        assertEquals("FREEZE", freeze.json().getString("decision"), freeze.body());
        assertEquals(List.of("DIRECT_SANCTIONS"), strings(freeze.json(), "reasons"));
        assertEquals("DIRECT", freeze.json().getJsonArray("exposures").getJsonObject(0).getString("degree"));
        JsonObject decision = withdrawDecision(account);
        assertTrue(strings(decision, "reasons").contains("FUNDS_FROZEN"), decision.toString());
        assertTrue(strings(decision, "reasons").contains("FUNDS_HELD"), decision.toString());
        List<String> heldFunds = decision.getJsonArray("fundsHeld").getValuesAs(JsonObject.class).stream()
                .map(f -> f.getString("measure") + " " + f.getJsonNumber("amount").bigDecimalValue().toPlainString() + " " + f.getString("asset"))
                .sorted().toList();
        assertEquals(List.of("FREEZE 1.5 ETH", "HOLD 0.5 ETH"), heldFunds);

        // a clean sender passes; the same deposit again is answered as before
        assertEquals("PASS", screen(account, clean, "3", tx()).json().getString("decision"));
        Reply repeated = screen(account, mid, "2", held);
        assertEquals(200, repeated.status(), repeated.body());
        assertTrue(repeated.json().getBoolean("repeated"));
        assertEquals(h.getJsonNumber("screeningId"), repeated.json().getJsonNumber("screeningId"));
        assertEquals(422, screen(account, mid, "3", held).status(), "the same deposit with another amount");

        // compliance reads the account's screenings; an agent does not
        assertEquals(3, compliance.get("deposit-screenings?accountId=" + account).jsonArray().size());
        assertEquals(403, agent.get("deposit-screenings?accountId=" + account).status());
        assertEquals(403, agent.post("deposits/screen", "{}").status());
    }

    @Test
    void dustFromASanctionedWalletDoesNotTaintItsReceiver() {
        String sanctioned = evm();
        String wallet = evm();
        Screenings.imported(compliance, importBody(source(), "CSV", "it.csv", "address,asset,category\n" + sanctioned + ",ETH,SANCTIONS\n"));
        assertEquals(200, send(transfer(sanctioned, wallet, "0.0000001"), transfer(evm(), wallet, "1")).status());
        String account = newAccount(exchange, 0);
        JsonObject s = screen(account, wallet, "1", tx()).json();
        assertEquals("PASS", s.getString("decision"), s.toString());
        assertTrue(s.getJsonArray("exposures").isEmpty(), s.toString());
    }

    @Test
    void transfersAreIdempotentAndBadRowsAreNamedByIndexWhileGoodRowsAreKept() {
        String a = evm();
        String good = transfer(a, evm(), "1");
        String bad = transfer("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD", evm(), "1");
        Reply r = send(good, bad, transfer(evm(), a, "-1"));
        assertEquals(List.of("transfers[1].from", "transfers[2].amount"), fields(r));
        assertTrue(r.json().getString("detail").startsWith("1 of 3 transfers were kept"), r.body());
        Reply again = send(good);
        assertEquals(200, again.status(), again.body());
        assertEquals(0, again.json().getInt("accepted"));
        assertEquals(1, again.json().getInt("duplicates"));
        // the same transaction hash and output on another chain is another transfer; a batch of both chains sent again
        // is known on both
        String onBsc = good.replace("\"chain\":\"ETH\"", "\"chain\":\"BSC\"").replace("\"asset\":\"ETH\"", "\"asset\":\"BNB\"");
        Reply otherChain = send(good, onBsc);
        assertEquals(200, otherChain.status(), otherChain.body());
        assertEquals(1, otherChain.json().getInt("accepted"), otherChain.body());
        assertEquals(1, otherChain.json().getInt("duplicates"), otherChain.body());
        Reply both = send(onBsc, good);
        assertEquals(0, both.json().getInt("accepted"), both.body());
        assertEquals(2, both.json().getInt("duplicates"), both.body());
        assertEquals(403, agent.post("chain-transfers", "{\"transfers\":[" + good + "]}").status());
        assertEquals(List.of("transfers"), fields(send()));
    }

    @Test
    void badScreeningRequestsAreProblemsNamingTheField() {
        String account = newAccount(exchange, 0);
        assertEquals(List.of("sendingAddress"), fields(screen(account, "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD", "1", tx())));
        assertEquals(List.of("amount"), fields(screen(account, evm(), "0", tx())));
        assertEquals(List.of("accountId"), fields(screen("NO-SUCH-" + UUID.randomUUID().toString().substring(0, 6), evm(), "1", tx())));
        assertEquals(List.of("txHash"), fields(screen(account, evm(), "1", "x")));
        assertEquals(List.of("valueEur"), fields(exchange.post("deposits/screen", """
                {"accountId":"%s","chain":"ETH","asset":"ETH","txHash":"%s","sendingAddress":"%s","amount":"1","selfHosted":true}"""
                .formatted(account, tx(), evm()))));
        String wallet = evm();
        String selfHosted = """
                {"accountId":"%s","chain":"ETH","asset":"ETH","txHash":"%s","sendingAddress":"%s","amount":"1","selfHosted":true,"valueEur":"2500"}""";
        Reply travel = exchange.post("deposits/screen", selfHosted.formatted(account, tx(), wallet));
        assertEquals("HOLD", travel.json().getString("decision"), travel.body());
        assertEquals(List.of("TRAVEL_RULE_PROOF_MISSING"), strings(travel.json(), "reasons"));
        assertNotNull(travel.json().getJsonNumber("screeningId"));
        assertTrue(strings(withdrawDecision(account), "reasons").contains("FUNDS_HELD"));

        // the customer proves control of the wallet: the hold ends at once, and the next deposit from it passes
        String proof = "{\"accountId\":\"%s\",\"chain\":\"ETH\",\"address\":\"%s\",\"method\":\"SIGNED_MESSAGE\"}"
                .formatted(account, wallet.toUpperCase().replace("0X", "0x"));
        Reply proved = exchange.post("wallet-proofs", proof);
        assertEquals(200, proved.status(), proved.body());
        assertEquals(1, proved.json().getInt("holdsReleased"));
        assertEquals(0, exchange.post("wallet-proofs", proof).json().getInt("holdsReleased"), "recorded once");
        assertFalse(strings(withdrawDecision(account), "reasons").contains("FUNDS_HELD"));
        assertEquals("PASS", exchange.post("deposits/screen", selfHosted.formatted(account, tx(), wallet)).json().getString("decision"));
        assertEquals(List.of("address"), fields(exchange.post("wallet-proofs", proof.replace("0x", "1x"))));
        assertEquals(403, agent.post("wallet-proofs", proof).status());
    }

    private List<String> confidentialitySteps(String account) {
        Reply r = compliance.get("accounts/" + account + "/timeline?size=200");
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("items").getValuesAs(JsonObject.class).stream().map(e -> e.getString("action"))
                .filter(a -> a.startsWith("ACCOUNT_CONFIDENTIAL")).toList();
    }

    private JsonObject investigationOf(String account, long screeningId) {
        Reply r = compliance.get("investigations?accountId=" + account);
        assertEquals(200, r.status(), r.body());
        return r.jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getJsonNumber("screeningId").longValue() == screeningId).findFirst().orElseThrow();
    }

    @Test
    void investigationsEndInAReleaseOrAReportApprovedByASecondOfficer() {
        Api secondOfficer = Api.as(Api.newStaff("COMPLIANCE"));
        String sanctioned = evm();
        String hacker = evm();
        String mid = evm();
        Screenings.imported(compliance, importBody(source(), "CSV", "it.csv",
                "address,asset,category\n" + sanctioned + ",ETH,SANCTIONS\n" + hacker + ",ETH,HACK\n"));
        send(transfer(hacker, mid, "1"), transfer(evm(), mid, "1"));
        String account = newAccount(exchange, 0);
        JsonObject hold = screen(account, mid, "4", tx()).json();
        JsonObject freeze = screen(account, sanctioned, "1", tx()).json();
        assertEquals("HOLD", hold.getString("decision"), hold.toString());

        JsonObject inv = investigationOf(account, hold.getJsonNumber("screeningId").longValue());
        assertEquals("OPEN", inv.getString("state"));
        Instant due = Instant.parse(inv.getString("dueAt"));
        // a German account: the EU's "promptly", the internal target of 7 days (InvestigationDeadlineIT: US, others)
        assertTrue(due.isAfter(Instant.now().plusSeconds(6L * 86400)) && due.isBefore(Instant.now().plusSeconds(8L * 86400)), due.toString());
        assertEquals("EU", inv.getString("deadlineRule"));
        assertEquals(403, agent.get("investigations?accountId=" + account).status());
        assertEquals(List.of("ACCOUNT_CONFIDENTIAL_SET"), confidentialitySteps(account), "the flag is set with the investigation");

        long id = inv.getJsonNumber("id").longValue();
        Reply proposed = compliance.post("investigations/" + id + "/proposal",
                "{\"outcome\":\"RELEASE\",\"reason\":\"Half of the funds of a busy address: no link to the customer\",\"version\":"
                        + inv.getInt("version") + "}");
        assertEquals(200, proposed.status(), proposed.body());
        assertEquals("RELEASE_PROPOSED", proposed.json().getString("state"));
        Reply self = compliance.post("investigations/" + id + "/approval", "{\"version\":" + proposed.json().getInt("version") + "}");
        assertEquals(422, self.status(), self.body());
        assertEquals("four-eyes", self.json().getString("rule"));
        Reply released = secondOfficer.post("investigations/" + id + "/approval", "{\"version\":" + proposed.json().getInt("version") + "}");
        assertEquals(200, released.status(), released.body());
        assertEquals("RELEASED", released.json().getString("state"));
        JsonObject decision = withdrawDecision(account);
        assertEquals(List.of("FREEZE 1 ETH"), decision.getJsonArray("fundsHeld").getValuesAs(JsonObject.class).stream()
                .map(f -> f.getString("measure") + " " + f.getJsonNumber("amount").bigDecimalValue().toPlainString() + " " + f.getString("asset"))
                .toList(), "the released hold is gone at once; the freeze stays");
        assertFalse(strings(decision, "reasons").contains("FUNDS_HELD"));

        JsonObject frozen = investigationOf(account, freeze.getJsonNumber("screeningId").longValue());
        long fid = frozen.getJsonNumber("id").longValue();
        Reply noFiling = compliance.post("investigations/" + fid + "/proposal",
                "{\"outcome\":\"REPORT\",\"reason\":\"Straight from a sanctioned address\",\"version\":" + frozen.getInt("version") + "}");
        assertEquals(422, noFiling.status(), noFiling.body());
        Reply notYet = compliance.get("investigations/" + fid + "/report");
        assertEquals(422, notYet.status(), notYet.body());
        assertEquals("report-not-approved", notYet.json().getString("rule"));
        Reply report = compliance.post("investigations/" + fid + "/proposal", "{\"outcome\":\"REPORT\",\"reason\":"
                + "\"Straight from a sanctioned address\",\"filingReference\":\"SAR-2026-0042\",\"version\":" + frozen.getInt("version") + "}");
        assertEquals(200, report.status(), report.body());
        Reply reported = secondOfficer.post("investigations/" + fid + "/approval", "{\"version\":" + report.json().getInt("version") + "}");
        assertEquals("REPORTED", reported.json().getString("state"), reported.body());
        assertTrue(strings(withdrawDecision(account), "reasons").contains("FUNDS_FROZEN"), "a report keeps the funds frozen");
        Api auditor = Api.as(Api.newStaff("AUDITOR"));
        try (Response filed = auditor.request("investigations/" + fid + "/report").get()) {
            assertEquals(200, filed.getStatus());
            assertTrue(filed.getMediaType().toString().startsWith("text/csv"), filed.getMediaType().toString());
            assertTrue(filed.getHeaderString("Content-Disposition").contains("investigation-" + fid + "-report.csv"));
            List<String> lines = filed.readEntity(String.class).replace("\uFEFF", "").lines().toList();
            assertTrue(lines.get(0).startsWith("investigation_id,filing_reference,account_id,"), lines.get(0));
            assertEquals(2, lines.size(), "a direct exposure: one row without a transfer, " + lines);
            assertTrue(lines.get(1).startsWith(fid + ",SAR-2026-0042," + account + ","), lines.get(1));
            assertTrue(lines.get(1).contains(",SANCTIONS,DIRECT,") && lines.get(1).contains(sanctioned), lines.get(1));
        }
        assertEquals(403, agent.get("investigations/" + fid + "/report").status(), "need-to-know");
        Reply stale = compliance.post("investigations/" + fid + "/authority-answer",
                "{\"answer\":\"KEEP_FROZEN\",\"reference\":\"FIU-77\",\"version\":" + report.json().getInt("version") + "}");
        assertEquals(409, stale.status(), stale.body());
        Reply answered = compliance.post("investigations/" + fid + "/authority-answer",
                "{\"answer\":\"KEEP_FROZEN\",\"reference\":\"FIU-77\",\"version\":" + reported.json().getInt("version") + "}");
        assertEquals("CLOSED", answered.json().getString("state"), answered.body());
        assertEquals(List.of("ACCOUNT_CONFIDENTIAL_SET", "ACCOUNT_CONFIDENTIAL_CLEARED"), confidentialitySteps(account),
                "set once while either was open, cleared when the last one closed");
        assertTrue(strings(withdrawDecision(account), "reasons").contains("FUNDS_FROZEN"));
    }
}
