package io.redress.api.restrictions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.accounts.api.AccountStatus;
import io.redress.restrictions.api.HeldFunds;
import io.redress.restrictions.domain.AccountDecision;
import io.redress.restrictions.domain.Action;
import io.redress.restrictions.domain.DecisionReason;
import io.redress.restrictions.domain.Measure;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exchange's systems read a decision as JSON-B wrote it before this writer existed: the same bytes, for every shape. */
class AccountDecisionWriterTest {

    private static final Jsonb YASSON = JsonbBuilder.create();
    private final AccountDecisionWriter writer = new AccountDecisionWriter();

    private String written(AccountDecision d) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTrue(writer.isWriteable(AccountDecision.class, AccountDecision.class, null, MediaType.APPLICATION_JSON_TYPE));
        writer.writeTo(d, AccountDecision.class, AccountDecision.class, null, MediaType.APPLICATION_JSON_TYPE, null, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private void sameAsYasson(AccountDecision d) throws Exception {
        assertEquals(YASSON.toJson(d), written(d));
    }

    @Test
    void anAllowedTradeWithAKeyIsWrittenAsYassonWritesIt() throws Exception {
        AccountDecision d = new AccountDecision("BENCH-0000001", Action.API_TRADE, "BK-00000001", true,
                List.of(DecisionReason.ACCOUNT_ACTIVE), AccountStatus.ACTIVE, false, null, null, null, null);
        sameAsYasson(d);
        assertEquals("{\"accountId\":\"BENCH-0000001\",\"action\":\"API_TRADE\",\"allowed\":true,\"fundsHeld\":[],"
                + "\"keyId\":\"BK-00000001\",\"reasons\":[\"ACCOUNT_ACTIVE\"],\"status\":\"ACTIVE\",\"withdrawalsFrozen\":false}",
                written(d));
    }

    @Test
    void aRestrictedAccountWithItsMeasureWindowAndReasonCode() throws Exception {
        for (Instant end : List.of(Instant.parse("2027-01-31T12:00:00Z"), Instant.parse("2027-01-31T12:00:00.120Z"),
                Instant.parse("2027-01-31T12:00:00.123456789Z"), Instant.parse("1970-01-01T00:00:00.000001Z"))) {
            sameAsYasson(new AccountDecision("ACC-7", Action.WITHDRAW, null, false,
                    List.of(DecisionReason.WITHDRAW_ONLY_ALLOWS, DecisionReason.WITHDRAWALS_FROZEN), AccountStatus.WITHDRAW_ONLY,
                    true, 42L, Measure.CLOSE, "SANCTIONS_MATCH", end));
        }
    }

    @Test
    void deniedKeysAndAnUnknownAccount() throws Exception {
        sameAsYasson(new AccountDecision("ACC-1", Action.API_TRADE, "K-9", false,
                List.of(DecisionReason.ACCOUNT_ACTIVE, DecisionReason.KEY_REVOKED, DecisionReason.SOURCE_IP_NOT_ALLOWED),
                AccountStatus.ACTIVE, false, null, null, null, null));
        sameAsYasson(new AccountDecision("NOBODY", Action.LOGIN, null, false, List.of(DecisionReason.UNKNOWN_ACCOUNT),
                null, false, null, null, null, null));
        sameAsYasson(new AccountDecision("ACC-1", null, null, false, List.of(), null, false, Long.MAX_VALUE, null, null, null));
    }

    @Test
    void textTheCallerSentIsEscapedAsYassonEscapesIt() throws Exception {
        for (String s : List.of("quote\" back\\slash /", "tab\tnew\nline\r\b\f", "nul\u0000 esc\u001b del\u007f",
                "é ü 漢字 \uD83D\uDE00", "\u2028\u2029 <script>", "")) {
            sameAsYasson(new AccountDecision(s, Action.API_TRADE, s, true, List.of(DecisionReason.ACCOUNT_ACTIVE),
                    AccountStatus.ACTIVE, false, null, null, s, null));
        }
    }

    @Test
    void aDecisionWithFundsHeldIsLeftToYasson() throws Exception {
        sameAsYasson(new AccountDecision("ACC-2", Action.WITHDRAW, null, true, List.of(DecisionReason.ACCOUNT_ACTIVE),
                AccountStatus.ACTIVE, false, null, null, null, null,
                List.of(new HeldFunds.Held("BTC", new BigDecimal("0.00012000"), HeldFunds.Measure.FREEZE),
                        new HeldFunds.Held("USDT", new BigDecimal("1E+3"), HeldFunds.Measure.HOLD))));
    }

    @Test
    void everyPropertyOfADecisionIsWritten() throws Exception {
        // a property added to AccountDecision must be added to the writer too: Yasson would write it, the writer not
        AccountDecision full = new AccountDecision("ACC-9", Action.API_TRADE, "K-1", false, List.of(DecisionReason.KEY_REVOKED),
                AccountStatus.WITHDRAW_ONLY, true, 7L, Measure.CLOSE, "SANCTIONS_MATCH", Instant.parse("2027-01-31T12:00:00Z"));
        jakarta.json.JsonObject written = jakarta.json.Json.createReader(new java.io.StringReader(written(full))).readObject();
        for (java.lang.reflect.RecordComponent c : AccountDecision.class.getRecordComponents()) {
            assertTrue(written.containsKey(c.getName()), c.getName() + " is not written: " + written);
        }
        sameAsYasson(full);
    }

    @Test
    void onlyDecisionsAsJsonInUtf8() {
        assertTrue(!writer.isWriteable(String.class, String.class, null, MediaType.APPLICATION_JSON_TYPE));
        assertTrue(!writer.isWriteable(AccountDecision.class, AccountDecision.class, null, MediaType.TEXT_HTML_TYPE));
        assertTrue(writer.isWriteable(AccountDecision.class, AccountDecision.class, null,
                MediaType.APPLICATION_JSON_TYPE.withCharset("utf-8")));
        // another charset asked for in Accept: left to JSON-B, which encodes in it
        assertTrue(!writer.isWriteable(AccountDecision.class, AccountDecision.class, null,
                MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-16")));
        assertTrue(!writer.isWriteable(AccountDecision.class, AccountDecision.class, null,
                MediaType.APPLICATION_JSON_TYPE.withCharset("ISO-8859-1")));
    }
}
