package io.redress.apikeys.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.redress.apikeys.api.TradeReport;
import io.redress.shared.domain.FieldError;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TradeRulesTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    @Test
    void aGoodTradeIsCheckedWithItsAddressCanonical() {
        List<FieldError> errors = new ArrayList<>();
        TradeFacts t = TradeRules.check(new TradeReport("k1", "ACC-1", "PUMPUSDT", "BUY", new BigDecimal("25000"),
                new BigDecimal("0.48"), new BigDecimal("0.012"), BigDecimal.ZERO, "2001:DB8::1", NOW), "events[0].", NOW, errors);
        assertEquals(List.of(), errors);
        assertNotNull(t);
        assertEquals("2001:db8::1", t.sourceIp());
    }

    @Test
    void namesEveryBadFieldWithTheRowsPrefix() {
        List<FieldError> errors = new ArrayList<>();
        TradeRules.check(new TradeReport("k 1", null, "pump", "HOLD", new BigDecimal("-1"), BigDecimal.ZERO,
                new BigDecimal("1e-30"), new BigDecimal("-5"), "1.2.3.4/8", NOW.minus(Duration.ofDays(31))), "events[7].", NOW, errors);
        assertEquals(List.of("events[7].keyId", "events[7].accountId", "events[7].symbol", "events[7].side",
                "events[7].quantity", "events[7].price", "events[7].referencePrice", "events[7].volume24h",
                "events[7].sourceIp", "events[7].tradedAt"), errors.stream().map(FieldError::field).toList());
    }

    @Test
    void theExchangesTradeIdIsKeptWhenGivenAndNamedWhenMalformed() {
        List<FieldError> errors = new ArrayList<>();
        TradeFacts t = TradeRules.check(new TradeReport("k1", "ACC-1", "BTCUSDT", "BUY", BigDecimal.ONE, BigDecimal.ONE,
                BigDecimal.ONE, BigDecimal.ONE, null, NOW, null, "T-88412377"), "events[0].", NOW, errors);
        assertEquals(List.of(), errors);
        assertEquals("T-88412377", t.tradeId());
        for (String bad : List.of("", " T1", "T 1", "x".repeat(65), "<script>")) {
            List<FieldError> refused = new ArrayList<>();
            TradeRules.check(new TradeReport("k1", "ACC-1", "BTCUSDT", "BUY", BigDecimal.ONE, BigDecimal.ONE,
                    BigDecimal.ONE, BigDecimal.ONE, null, NOW, null, bad), "events[3].", NOW, refused);
            assertEquals(List.of("events[3].tradeId"), refused.stream().map(FieldError::field).toList(), bad);
        }
    }

    @Test
    void aTradeInTheFutureIsRefused() {
        List<FieldError> errors = new ArrayList<>();
        TradeRules.check(new TradeReport("k1", "ACC-1", "BTCUSDT", "SELL", BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE,
                BigDecimal.ONE, null, NOW.plus(Duration.ofHours(1))), "", NOW, errors);
        assertEquals(List.of("tradedAt"), errors.stream().map(FieldError::field).toList());
    }

    @Test
    void theHandWrittenChecksAcceptWhatThePatternsAccept() {
        // random texts over the patterns' own characters, their neighbours in ASCII and a few others, 0 to 70 long
        char[] alphabet = "aZz09AB._:-/ @[`{\u00e9\u0661\n".toCharArray();
        java.util.Random random = new java.util.Random(11);
        for (int i = 0; i < 300_000; i++) {
            int n = random.nextInt(8) == 0 ? 25 + random.nextInt(46) : random.nextInt(6);
            StringBuilder text = new StringBuilder();
            for (int j = 0; j < n; j++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = text.toString();
            assertEquals(KeyRules.KEY_ID.matcher(s).matches(), TradeRules.identifier(s), s);
            assertEquals(KeyRules.ACCOUNT_ID.matcher(s).matches(), TradeRules.identifier(s), s);
            assertEquals(TradeRules.SYMBOL.matcher(s).matches(), TradeRules.symbol(s), s);
        }
        String id64 = "a".repeat(64);
        String symbol32 = "A".repeat(32);
        for (String s : List.of(id64, id64 + "a", symbol32, symbol32 + "A", "BTCUSDT", "BK-00000001", "BENCH-0000001", "")) {
            assertEquals(KeyRules.KEY_ID.matcher(s).matches(), TradeRules.identifier(s), s);
            assertEquals(TradeRules.SYMBOL.matcher(s).matches(), TradeRules.symbol(s), s);
        }
    }
}
