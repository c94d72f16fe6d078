package io.redress.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The end of the audit chain: the last sequence number and hash. There is exactly one; whoever appends
 * holds its row lock until commit, so entries form one line with no gaps and no forks.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChain {

    public static final int ID = 1;

    @Id
    private int id;
    @Column(name = "last_seq", nullable = false)
    private long lastSeq;
    @Column(name = "last_hash", nullable = false)
    private String lastHash;
    @Version
    private Long version;

    protected AuditChain() {
    }

    /** Links the facts to the chain and returns the new entry, which the caller persists in the same transaction. */
    public AuditEntry append(AuditFacts facts) {
        long seq = lastSeq + 1;
        String hash = AuditHasher.hash(seq, facts, lastHash);
        AuditEntry entry = new AuditEntry(seq, facts, lastHash, hash);
        lastSeq = seq;
        lastHash = hash;
        return entry;
    }

    public long lastSeq() {
        return lastSeq;
    }

    public String lastHash() {
        return lastHash;
    }
}
