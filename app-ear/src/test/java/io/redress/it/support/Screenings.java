package io.redress.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.redress.it.support.Api.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/** A deposit held for review, made through the API: its own hacker's address, list source, transfers and account. */
public final class Screenings {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The held deposit: a quarter of 4 ETH traced to a listed hack one hop back, so 1 ETH is held. */
    public record Held(String accountId, long screeningId, long investigationId, String hacker, String middle) {
    }

    private Screenings() {
    }

    public static String evm() {
        byte[] b = new byte[20];
        RANDOM.nextBytes(b);
        return "0x" + HexFormat.of().formatHex(b);
    }

    public static String tx() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return "0x" + HexFormat.of().formatHex(b);
    }

    /** One transfer of ETH as the exchange reports it (a JSON object of {@code POST chain-transfers}'s list). */
    public static String transfer(String from, String to, String amount) {
        return Json.createObjectBuilder().add("chain", "ETH").add("txHash", tx()).add("outputIndex", 0).add("asset", "ETH")
                .add("from", from).add("to", to).add("amount", amount).add("occurredAt", Instant.now().minusSeconds(600).toString())
                .build().toString();
    }

    private static String accountIn(Api exchange, String jurisdiction) {
        String id = "R-" + UUID.randomUUID().toString().substring(0, 10);
        Reply r = exchange.put("accounts/" + id, """
                {"handle":"cust%s","kycLevel":"VERIFIED","jurisdiction":"%s","customerSince":"2020-02-02"}"""
                .formatted(id.substring(2, 8), jurisdiction));
        assertEquals(201, r.status(), r.body());
        return id;
    }

    /**
     * A list imported as a small client does it: asking to wait for the import's job ({@code Prefer: wait=60}), the
     * answer is 200 with the complete report.
     */
    public static Reply imported(Api compliance, String body) {
        Reply r = compliance.post("flagged-address-imports", body, "Prefer", "wait=60");
        assertEquals(200, r.status(), r.body());
        assertEquals("COMPLETED", r.json().getString("state"), r.body());
        return r;
    }

    public static Held heldDeposit(Api exchange, Api compliance) {
        return heldDeposit(exchange, compliance, Restrictions.newAccount(exchange, 0));
    }

    /** A held deposit of a new account operated under {@code jurisdiction}. */
    public static Held heldDepositIn(Api exchange, Api compliance, String jurisdiction) {
        return heldDeposit(exchange, compliance, accountIn(exchange, jurisdiction), null);
    }

    /** The same, on an account the caller made (with a social handle, say). */
    public static Held heldDeposit(Api exchange, Api compliance, String account) {
        return heldDeposit(exchange, compliance, account, null);
    }

    /** The same, the exchange reporting the customer's language with the deposit (none: null). */
    public static Held heldDeposit(Api exchange, Api compliance, String account, String language) {
        String hacker = evm();
        String middle = evm();
        String source = "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String list = Json.createObjectBuilder().add("source", source).add("format", "CSV").add("files", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("name", "it.csv").add("content", "address,asset,category,severity,label\n"
                        + hacker + ",ETH,HACK,HIGH,IT bridge exploit\n"))).build().toString();
        Reply listed = imported(compliance, list);
        Reply sent = exchange.post("chain-transfers", "{\"transfers\":[" + transfer(hacker, middle, "1") + ","
                + transfer(evm(), middle, "3") + "]}");
        assertEquals(200, sent.status(), sent.body());
        Reply screened = exchange.post("deposits/screen", """
                {"accountId":"%s","chain":"ETH","asset":"ETH","txHash":"%s","sendingAddress":"%s","amount":"4"%s}"""
                .formatted(account, tx(), middle, language == null ? "" : ",\"language\":\"" + language + "\""));
        assertEquals(200, screened.status(), screened.body());
        assertEquals("HOLD", screened.json().getString("decision"), screened.body());
        long screeningId = screened.json().getJsonNumber("screeningId").longValue();
        Reply open = compliance.get("investigations?accountId=" + account);
        assertEquals(200, open.status(), open.body());
        JsonObject investigation = open.jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getJsonNumber("screeningId").longValue() == screeningId).findFirst().orElseThrow();
        return new Held(account, screeningId, investigation.getJsonNumber("id").longValue(), hacker, middle);
    }

    /** A deposit straight from an address listed under SANCTIONS (one degree of separation): frozen. */
    public static Held frozenDeposit(Api exchange, Api compliance, String account) {
        String sanctioned = evm();
        String source = "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String list = Json.createObjectBuilder().add("source", source).add("format", "CSV").add("files", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("name", "it.csv").add("content", "address,asset,category,severity,label\n"
                        + sanctioned + ",ETH,SANCTIONS,CRITICAL,IT designated wallet\n"))).build().toString();
        imported(compliance, list);
        Reply screened = exchange.post("deposits/screen", """
                {"accountId":"%s","chain":"ETH","asset":"ETH","txHash":"%s","sendingAddress":"%s","amount":"2"}"""
                .formatted(account, tx(), sanctioned));
        assertEquals(200, screened.status(), screened.body());
        assertEquals("FREEZE", screened.json().getString("decision"), screened.body());
        long screeningId = screened.json().getJsonNumber("screeningId").longValue();
        Reply open = compliance.get("investigations?accountId=" + account);
        assertEquals(200, open.status(), open.body());
        JsonObject investigation = open.jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getJsonNumber("screeningId").longValue() == screeningId).findFirst().orElseThrow();
        return new Held(account, screeningId, investigation.getJsonNumber("id").longValue(), sanctioned, null);
    }
}
