package io.redress.apikeys.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Where the trades the exchange reports are kept, as received. */
public interface TradeLog {

    /** Keeps the trades, received at {@code receivedAt}, in the caller's transaction; their ids, in the same order. */
    long[] append(List<TradeFacts> trades, Instant receivedAt);

    /** A trade by the exchange's id of it: unique per key. */
    record TradeRef(String keyId, String tradeId) {
    }

    /** Those of {@code refs} already kept (committed, or earlier in the caller's transaction). */
    Set<TradeRef> kept(Collection<TradeRef> refs);

    /** A buy of a symbol by an account through a key of a third party's integration. */
    record Buy(long integrationId, String symbol, String accountId, Instant tradedAt) {
    }

    /**
     * The buys of these symbols through keys of these integrations while the symbol's 24-hour volume was under
     * {@code volumeUnder}, traded after {@code from} and up to {@code to}, the caller's transaction's own included;
     * each (integration, symbol, account, time) once. What the leak signature counts.
     */
    List<Buy> illiquidBuys(Collection<Long> integrationIds, Collection<String> symbols, BigDecimal volumeUnder,
                           Instant from, Instant to);
}
