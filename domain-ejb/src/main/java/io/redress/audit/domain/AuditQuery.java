package io.redress.audit.domain;

import java.time.Instant;

/**
 * Filters of the audit log search; every one may be null. {@code text} is contained, in any case, in the actor, the
 * action, the record's type or id, or the reason; {@code entityType} matches in any case; the others exactly.
 * {@code from} is inclusive, {@code to} exclusive; {@code accountId} is the customer account an entry concerns.
 */
public record AuditQuery(String actor, String action, String entityType, String entityId, String text,
                         Instant from, Instant to, String accountId) {

    public AuditQuery(String actor, String action, String entityType, String entityId, String text, Instant from,
                      Instant to) {
        this(actor, action, entityType, entityId, text, from, to, null);
    }

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null, null, null);
    }
}
