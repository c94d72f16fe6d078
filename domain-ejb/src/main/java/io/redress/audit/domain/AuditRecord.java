package io.redress.audit.domain;

import java.time.Instant;
import java.util.List;

/**
 * An audit entry as screens and the API show it. {@code seq} and {@code hash} are null while the entry is committed
 * but not yet chained (a few milliseconds after its commit).
 */
public record AuditRecord(long id, Long seq, Instant occurredAt, String actor, String actorRole, String action,
                          String entityType, String entityId, String before, String after, String reason,
                          String origin, String hash) {

    public boolean pending() {
        return seq == null;
    }

    /** The fields the change changed, from the before and after snapshots; empty when they are not JSON objects. */
    public List<SnapshotDiff.Change> changes() {
        return SnapshotDiff.of(before, after);
    }
}
