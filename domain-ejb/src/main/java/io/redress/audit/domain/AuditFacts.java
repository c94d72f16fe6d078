package io.redress.audit.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What one audit entry says: who (and in which role), did what, to which record, from which state to
 * which, why, from where and when, and the customer account it concerns (null when none). Times are kept to
 * the millisecond, the precision every supported database stores exactly, so the hash computed before storing
 * equals the one recomputed after reading.
 */
public record AuditFacts(Instant occurredAt, String actor, String actorRole, String action,
                         String entityType, String entityId, String before, String after,
                         String reason, String origin, String accountId) {

    /** Facts about no customer account (staff, policy, refusals of an action). */
    public AuditFacts(Instant occurredAt, String actor, String actorRole, String action, String entityType,
                      String entityId, String before, String after, String reason, String origin) {
        this(occurredAt, actor, actorRole, action, entityType, entityId, before, after, reason, origin, null);
    }

    public AuditFacts {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(actorRole, "actorRole");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(origin, "origin");
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MILLIS);
        reason = reason == null ? null : truncate(reason, 4000);
        actor = truncate(actor, 128);
        origin = truncate(origin, 128);
        accountId = accountId == null || accountId.isBlank() ? null : truncate(accountId, 64);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
