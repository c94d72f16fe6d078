package io.redress.apikeys.api;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One API trade as the exchange reports it, unchecked (the intake names every bad field of every row).
 *
 * @param side           BUY or SELL
 * @param referencePrice the market's reference (index or mid) price at that moment
 * @param volume24h      the pair's 24-hour volume in the quote currency at that moment
 * @param sourceIp       the address the order came from, or null when unknown
 * @param counterpartyAccountId the account on the other side of the trade when the exchange knows it, or null
 * @param tradeId        the exchange's own id of the trade, or null: a trade of the same key with the same id is kept
 *                       once, so a batch sent again keeps only what it did not keep before
 */
public record TradeReport(String keyId, String accountId, String symbol, String side, BigDecimal quantity,
                          BigDecimal price, BigDecimal referencePrice, BigDecimal volume24h, String sourceIp,
                          Instant tradedAt, String counterpartyAccountId, String tradeId) {

    /** A trade without the exchange's id. */
    public TradeReport(String keyId, String accountId, String symbol, String side, BigDecimal quantity, BigDecimal price,
                       BigDecimal referencePrice, BigDecimal volume24h, String sourceIp, Instant tradedAt,
                       String counterpartyAccountId) {
        this(keyId, accountId, symbol, side, quantity, price, referencePrice, volume24h, sourceIp, tradedAt,
                counterpartyAccountId, null);
    }

    /** A trade whose other side is not reported. */
    public TradeReport(String keyId, String accountId, String symbol, String side, BigDecimal quantity, BigDecimal price,
                       BigDecimal referencePrice, BigDecimal volume24h, String sourceIp, Instant tradedAt) {
        this(keyId, accountId, symbol, side, quantity, price, referencePrice, volume24h, sourceIp, tradedAt, null);
    }
}
