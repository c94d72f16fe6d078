package io.redress.audit.api;

import java.util.List;

/**
 * Fired in the chainer's transaction when committed entries take their places on the chain: a context that hands out
 * a commit-ordered position (the customer outbox's delivery position) takes it from here, so the position becomes
 * visible exactly when the chain does, in chain order.
 */
public record ChainedEntries(List<Chained> entries) {

    public ChainedEntries {
        entries = List.copyOf(entries);
    }

    /** One entry now on the chain: its sequence number and what it is about. */
    public record Chained(long seq, String action, String entityType, String entityId) {
    }
}
