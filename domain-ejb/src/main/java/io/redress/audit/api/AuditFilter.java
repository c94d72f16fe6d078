package io.redress.audit.api;

import java.time.Instant;

/**
 * What an auditor's export selects; every filter may be null. {@code entityId} needs {@code entityType};
 * {@code from} is inclusive, {@code to} exclusive; {@code afterSeq} continues an earlier export (its head).
 */
public record AuditFilter(String accountId, String entityType, String entityId, String actor, Instant from,
                          Instant to, Long afterSeq) {

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null, null, null);
    }
}
