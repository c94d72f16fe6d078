package io.redress.apikeys.domain;

import java.time.Instant;
import java.util.Map;

/** Where a key's last use is kept: the trade-event intake moves it forward for every key a batch used. */
public interface KeyUses {

    /**
     * Moves each key's last use forward to the given time (never back), in the caller's transaction, taking the
     * keys' rows in key order so that two batches sharing keys never deadlock; without taking the key's version
     * (the exchange's upsert is the key's writer).
     */
    void usedAt(Map<String, Instant> lastUseByKey);
}
