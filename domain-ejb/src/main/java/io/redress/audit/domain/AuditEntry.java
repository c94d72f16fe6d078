package io.redress.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One link of the audit chain. Immutable: created once by {@link AuditChain#append}, never updated
 * (the database refuses updates and deletes), so it carries no version.
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(name = AuditEntry.FROM_SEQ, query = "SELECT e FROM AuditEntry e WHERE e.seq >= :from AND e.seq <= :to ORDER BY e.seq")
@NamedQuery(name = AuditEntry.FOR_ENTITY,
        query = "SELECT e FROM AuditEntry e WHERE e.entityType = :type AND e.entityId = :id ORDER BY e.seq DESC")
public class AuditEntry {

    public static final String FROM_SEQ = "AuditEntry.fromSeq";
    public static final String FOR_ENTITY = "AuditEntry.forEntity";

    @Id
    private long seq;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    @Column(nullable = false)
    private String actor;
    @Column(name = "actor_role", nullable = false)
    private String actorRole;
    @Column(nullable = false)
    private String action;
    @Column(name = "entity_type", nullable = false)
    private String entityType;
    @Column(name = "entity_id")
    private String entityId;
    @Column(name = "before_state")
    private String before;
    @Column(name = "after_state")
    private String after;
    private String reason;
    @Column(nullable = false)
    private String origin;
    /** The customer account the entry concerns, covered by its hash; null before V10 and for entries about none. */
    @Column(name = "account_id")
    private String accountId;
    @Column(name = "prev_hash", nullable = false)
    private String prevHash;
    @Column(nullable = false)
    private String hash;

    protected AuditEntry() {
    }

    AuditEntry(long seq, AuditFacts facts, String prevHash, String hash) {
        this.seq = seq;
        this.occurredAt = facts.occurredAt();
        this.actor = facts.actor();
        this.actorRole = facts.actorRole();
        this.action = facts.action();
        this.entityType = facts.entityType();
        this.entityId = facts.entityId();
        this.before = facts.before();
        this.after = facts.after();
        this.reason = facts.reason();
        this.origin = facts.origin();
        this.accountId = facts.accountId();
        this.prevHash = prevHash;
        this.hash = hash;
    }

    public AuditFacts facts() {
        return new AuditFacts(occurredAt, actor, actorRole, action, entityType, entityId, before, after, reason, origin,
                accountId);
    }

    public AuditRecord toRecord() {
        return new AuditRecord(seq, occurredAt, actor, actorRole, action, entityType, entityId, before, after, reason,
                origin, hash);
    }

    public String accountId() {
        return accountId;
    }

    public long seq() {
        return seq;
    }

    public String prevHash() {
        return prevHash;
    }

    public String hash() {
        return hash;
    }
}
