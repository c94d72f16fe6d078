package io.redress.apikeys.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TradeBurstTest {

    // defaults: 10-minute window, 7-day baseline (1,008 windows), factor 10, at least 20 trades
    private final AnomalyThresholds th = AnomalyThresholds.defaults();

    @Test
    void aQuietKeySuddenlyTradingALotIsABurst() {
        Anomaly a = TradeBurst.check(Trades.from("198.51.100.4"), 25, 100, th).orElseThrow();
        assertEquals(Anomaly.Kind.TRADE_BURST, a.rule());
        assertTrue(a.evidence().startsWith("25 trades with key k1 within 10 minutes"), a.evidence());
    }

    @Test
    void fewTradesAreNeverABurst() {
        assertTrue(TradeBurst.check(Trades.from("198.51.100.4"), 19, 0, th).isEmpty());
        assertTrue(TradeBurst.check(Trades.from("198.51.100.4"), 20, 0, th).isPresent());
    }

    @Test
    void aBusyBotTradingAsUsualIsNot() {
        // 30,240 trades a week: 30 per window on average; 250 is under ten times that, 300 is not
        assertTrue(TradeBurst.check(Trades.from("198.51.100.4"), 250, 30_240, th).isEmpty());
        assertTrue(TradeBurst.check(Trades.from("198.51.100.4"), 300, 30_240, th).isPresent());
    }
}
