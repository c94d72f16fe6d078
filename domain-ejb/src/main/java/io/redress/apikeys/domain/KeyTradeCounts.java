package io.redress.apikeys.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/** The trade-burst rule's memory: how many trades each key made in the burst's window and in the baseline before it. */
public interface KeyTradeCounts {

    /** A key's trades in the window and in the baseline period before it. */
    record Counts(long inWindow, long inBaseline) {
    }

    /**
     * Per key with trades in (baselineStart, anchor]: its trades in (windowStart, anchor] and in (baselineStart,
     * windowStart]; a key with none is absent.
     */
    Map<String, Counts> count(Collection<String> keyIds, Instant baselineStart, Instant windowStart, Instant anchor);
}
