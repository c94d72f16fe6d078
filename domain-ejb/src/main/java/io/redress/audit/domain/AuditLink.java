package io.redress.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/**
 * An entry's place on the chain: its sequence number, the previous entry's hash and its own hash (over the entry's
 * facts, the sequence number and the previous hash). Written once by the chainer, after the entry committed, never
 * changed (the database refuses updates and deletes). Sequence numbers are handed out only under the chain head's
 * lock, so they become visible in order: a cursor over them never passes an entry that commits later.
 */
@Entity
@Table(name = "audit_link")
public class AuditLink {

    @Id
    private long seq;
    @Column(name = "entry_id", nullable = false, updatable = false)
    private long entryId;
    @Column(name = "prev_hash", nullable = false, updatable = false)
    private String prevHash;
    @Column(nullable = false, updatable = false)
    private String hash;

    protected AuditLink() {
    }

    AuditLink(long seq, long entryId, String prevHash, String hash) {
        this.seq = seq;
        this.entryId = entryId;
        this.prevHash = prevHash;
        this.hash = hash;
    }

    public long seq() {
        return seq;
    }

    public long entryId() {
        return entryId;
    }

    public String prevHash() {
        return prevHash;
    }

    public String hash() {
        return hash;
    }

    /** The columns of {@link #row}, in its order, as {@code audit_link} names them. */
    public static final List<String> ROW_COLUMNS = List.of("seq", "entry_id", "prev_hash", "hash");

    /** This link's row, for a chainer batch's links written by plain SQL together. */
    public Object[] row() {
        return new Object[] {seq, entryId, prevHash, hash};
    }

    /** This link with the facts it seals, as the verifier and the export read it. */
    public LinkedEntry with(AuditFacts facts) {
        return new LinkedEntry(seq, facts, prevHash, hash);
    }
}
