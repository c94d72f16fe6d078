package io.redress.apikeys.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One API trade, checked: what the anomaly rules look at. {@code sourceIp} is canonical, or null when not reported;
 * {@code counterpartyAccountId} is the other side's account when the exchange reported it; {@code tradeId} the
 * exchange's own id of the trade, or null.
 */
public record TradeFacts(String keyId, String accountId, String symbol, TradeEvent.Side side, BigDecimal quantity,
                         BigDecimal price, BigDecimal referencePrice, BigDecimal volume24h, String sourceIp,
                         Instant tradedAt, String counterpartyAccountId, String tradeId) {

    /** A trade without the exchange's id. */
    public TradeFacts(String keyId, String accountId, String symbol, TradeEvent.Side side, BigDecimal quantity,
                      BigDecimal price, BigDecimal referencePrice, BigDecimal volume24h, String sourceIp, Instant tradedAt,
                      String counterpartyAccountId) {
        this(keyId, accountId, symbol, side, quantity, price, referencePrice, volume24h, sourceIp, tradedAt,
                counterpartyAccountId, null);
    }

    /** A trade whose other side is not reported. */
    public TradeFacts(String keyId, String accountId, String symbol, TradeEvent.Side side, BigDecimal quantity,
                      BigDecimal price, BigDecimal referencePrice, BigDecimal volume24h, String sourceIp, Instant tradedAt) {
        this(keyId, accountId, symbol, side, quantity, price, referencePrice, volume24h, sourceIp, tradedAt, null, null);
    }

    /** Price times quantity, in the quote currency. */
    public BigDecimal value() {
        return price.multiply(quantity);
    }
}
