package io.redress.apikeys.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PumpPatternTest {

    private final AnomalyThresholds th = AnomalyThresholds.defaults();

    @Test
    void aBuyInAnIlliquidPairFarAboveTheReferenceIsThePumpPattern() {
        Anomaly a = PumpPattern.check(Trades.buy("PUMPUSDT", "0.48", "0.012", "1800"), th).orElseThrow();
        assertEquals(Anomaly.Kind.PUMP_PATTERN, a.rule());
        assertTrue(a.evidence().contains("40.00 times the reference price 0.012"), a.evidence());
        assertTrue(a.evidence().contains("24-hour volume 1800"), a.evidence());
    }

    @Test
    void theThresholdsAreInclusiveAtThePremiumAndExclusiveAtTheVolume() {
        assertTrue(PumpPattern.check(Trades.buy("X", "1.5", "1", "99999"), th).isPresent(), "exactly 50 % above");
        assertTrue(PumpPattern.check(Trades.buy("X", "1.49", "1", "99999"), th).isEmpty(), "just under the premium");
        assertTrue(PumpPattern.check(Trades.buy("X", "3", "1", "100000"), th).isEmpty(), "a liquid pair at the threshold");
    }

    @Test
    void sellsAndLiquidPairsAreNotThePattern() {
        assertTrue(PumpPattern.check(Trades.sell("PUMPUSDT", "0.48", "0.012", "1800"), th).isEmpty());
        assertTrue(PumpPattern.check(Trades.buy("BTCUSDT", "150000", "97000", "1250000000"), th).isEmpty());
    }

    @Test
    void followsConfiguredThresholds() {
        AnomalyThresholds strict = AnomalyThresholds.parse("pump-premium=0.1,illiquid-volume=5000000000");
        assertTrue(PumpPattern.check(Trades.buy("BTCUSDT", "107000", "97000", "1250000000"), strict).isPresent());
    }
}
