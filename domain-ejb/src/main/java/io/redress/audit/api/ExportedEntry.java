package io.redress.audit.api;

import java.time.Instant;

/**
 * An audit entry exactly as it is sealed, for an auditor's export: with its previous hash and its hash, anyone can
 * recompute it (SHA-256 of the canonical form, see {@code AuditHasher}). {@code accountLink} is {@code recorded}
 * when {@code accountId} is part of the hashed facts, {@code derived} when migration V10 tied an older entry to the
 * account (not hashed), null when the entry concerns no account.
 */
public record ExportedEntry(long seq, Instant occurredAt, String actor, String actorRole, String action,
                            String entityType, String entityId, String before, String after, String reason,
                            String origin, String accountId, String accountLink, String prevHash, String hash) {
}
