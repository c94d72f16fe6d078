package io.redress.apikeys.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** Trades for the rule tests. */
final class Trades {

    static final Instant AT = Instant.parse("2026-06-01T12:00:00Z");

    private Trades() {
    }

    static TradeFacts buy(String symbol, String price, String reference, String volume24h) {
        return new TradeFacts("k1", "ACC-1", symbol, TradeEvent.Side.BUY, new BigDecimal("1000"), new BigDecimal(price),
                new BigDecimal(reference), new BigDecimal(volume24h), "198.51.100.4", AT);
    }

    static TradeFacts sell(String symbol, String price, String reference, String volume24h) {
        return new TradeFacts("k1", "ACC-1", symbol, TradeEvent.Side.SELL, new BigDecimal("1000"), new BigDecimal(price),
                new BigDecimal(reference), new BigDecimal(volume24h), "198.51.100.4", AT);
    }

    static TradeFacts from(String ip) {
        return new TradeFacts("k1", "ACC-1", "BTCUSDT", TradeEvent.Side.BUY, BigDecimal.ONE, new BigDecimal("97000"),
                new BigDecimal("97000"), new BigDecimal("1000000000"), ip, AT);
    }
}
