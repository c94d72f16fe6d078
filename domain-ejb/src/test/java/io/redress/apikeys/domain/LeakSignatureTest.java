package io.redress.apikeys.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LeakSignatureTest {

    private final AnomalyThresholds th = AnomalyThresholds.defaults();

    @Test
    void manyAccountsOfOneIntegrationBuyingTheSameIlliquidSymbolIsTheLeakSignature() {
        Anomaly a = LeakSignature.check(Trades.buy("PUMPUSDT", "0.02", "0.012", "1800"), "tradebot-pro", 3, th).orElseThrow();
        assertEquals(Anomaly.Kind.LEAK_SIGNATURE, a.rule());
        assertEquals("3 accounts with keys at tradebot-pro bought the illiquid PUMPUSDT within 60 minutes", a.evidence());
    }

    @Test
    void tooFewAccountsNoIntegrationASellOrALiquidPairIsNot() {
        assertTrue(LeakSignature.check(Trades.buy("PUMPUSDT", "0.02", "0.012", "1800"), "tradebot-pro", 2, th).isEmpty());
        assertTrue(LeakSignature.check(Trades.buy("PUMPUSDT", "0.02", "0.012", "1800"), null, 50, th).isEmpty());
        assertTrue(LeakSignature.check(Trades.sell("PUMPUSDT", "0.02", "0.012", "1800"), "tradebot-pro", 50, th).isEmpty());
        assertTrue(LeakSignature.check(Trades.buy("BTCUSDT", "97000", "97000", "1250000000"), "tradebot-pro", 50, th).isEmpty());
    }

    @Test
    void theNumberOfAccountsIsConfigurable() {
        AnomalyThresholds five = AnomalyThresholds.parse("leak-accounts=5");
        assertTrue(LeakSignature.check(Trades.buy("PUMPUSDT", "0.02", "0.012", "1800"), "tradebot-pro", 4, five).isEmpty());
        assertTrue(LeakSignature.check(Trades.buy("PUMPUSDT", "0.02", "0.012", "1800"), "tradebot-pro", 5, five).isPresent());
    }
}
