package io.redress.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * What one audit entry says, as its request inserted it: immutable (the database refuses updates and deletes), so it
 * carries no version. Its {@code id} is the order of insertion, not of commit; its place on the chain (sequence
 * number, previous hash and hash) is an {@link AuditLink} the chainer writes after the entry committed.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 500)
    private Long id;
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

    protected AuditEntry() {
    }

    public AuditEntry(AuditFacts facts) {
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
    }

    public AuditFacts facts() {
        return new AuditFacts(occurredAt, actor, actorRole, action, entityType, entityId, before, after, reason, origin,
                accountId);
    }

    /** As screens show it: with its place on the chain, or none yet ({@code link} null: committed, not yet chained). */
    public AuditRecord toRecord(AuditLink link) {
        return new AuditRecord(id, link == null ? null : link.seq(), occurredAt, actor, actorRole, action, entityType,
                entityId, before, after, reason, origin, link == null ? null : link.hash());
    }

    public UnlinkedEntry unlinked() {
        return new UnlinkedEntry(id, facts());
    }

    public String accountId() {
        return accountId;
    }

    /** The order of insertion (assigned at persist), not of commit. */
    public long id() {
        return id;
    }
}
