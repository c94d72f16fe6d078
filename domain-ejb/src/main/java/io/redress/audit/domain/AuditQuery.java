package io.redress.audit.domain;

import java.time.Instant;

/** Filters of the audit log search; every one may be null. {@code text} matches actor, action, entity id or reason. */
public record AuditQuery(String actor, String action, String entityType, String entityId, String text,
                         Instant from, Instant to) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null, null);
    }
}
