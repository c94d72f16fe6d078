package io.redress.apikeys.domain;

import java.time.Instant;
import java.util.List;

/** Where the trades the exchange reports are kept, as received. */
public interface TradeLog {

    /** Keeps the trades, received at {@code receivedAt}, in the caller's transaction; their ids, in the same order. */
    long[] append(List<TradeFacts> trades, Instant receivedAt);
}
