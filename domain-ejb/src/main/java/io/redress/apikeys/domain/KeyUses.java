package io.redress.apikeys.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Where a key's last use is kept: the trade-event intake moves it forward for the keys a batch used, to the minute.
 * A key's row is rewritten only when its last use advanced by more than {@link #STEP}: a key trading all day costs
 * one update a minute, not one per trade. The key policy's "unused for N days" expiry may therefore count from up to
 * a minute before the key's true last trade.
 */
public interface KeyUses {

    /** How far a last use must advance before it is written. */
    Duration STEP = Duration.ofMinutes(1);

    /** Whether a trade at {@code at} moves a key last used at {@code known} (null: never used) enough to be written. */
    static boolean moves(Instant known, Instant at) {
        return known == null || at.isAfter(known.plus(STEP));
    }

    /**
     * Moves each key's last use forward to the given time (never back, and only when it advances by more than
     * {@link #STEP} over what is stored), in the caller's transaction, taking the keys' rows in key order so that
     * two batches sharing keys never deadlock; without taking the key's version (the exchange's upsert is the key's
     * writer).
     */
    void usedAt(Map<String, Instant> lastUseByKey);
}
