package io.redress.audit.domain;

import java.time.Instant;

/** An audit entry as screens and the API show it. */
public record AuditRecord(long seq, Instant occurredAt, String actor, String actorRole, String action,
                          String entityType, String entityId, String before, String after, String reason,
                          String origin, String hash) {
}
