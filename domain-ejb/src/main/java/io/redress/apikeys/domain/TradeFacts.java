package io.redress.apikeys.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** One API trade, checked: what the anomaly rules look at. {@code sourceIp} is canonical, or null when not reported. */
public record TradeFacts(String keyId, String accountId, String symbol, TradeEvent.Side side, BigDecimal quantity,
                         BigDecimal price, BigDecimal referencePrice, BigDecimal volume24h, String sourceIp,
                         Instant tradedAt) {

    /** Price times quantity, in the quote currency. */
    public BigDecimal value() {
        return price.multiply(quantity);
    }
}
