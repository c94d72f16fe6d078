package io.redress.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The end of the audit chain: the last sequence number and hash. There is exactly one. Only the chainer moves it,
 * holding its row lock for the chainer's own short transaction, so entries form one line with no gaps and no forks
 * however many instances chain; requests never lock it.
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

    /**
     * Puts committed entries on the chain in the order of their insertion ids: each gets the next sequence number, the
     * previous hash and its own hash, and the head moves to the last. The caller persists the links in the same
     * transaction as the head.
     */
    public List<AuditLink> link(List<UnlinkedEntry> committed) {
        List<UnlinkedEntry> ordered = new ArrayList<>(committed);
        ordered.sort(Comparator.comparingLong(UnlinkedEntry::entryId));
        for (int i = 1; i < ordered.size(); i++) {
            if (ordered.get(i).entryId() == ordered.get(i - 1).entryId()) {
                throw new IllegalArgumentException("entry " + ordered.get(i).entryId() + " given twice");
            }
        }
        List<AuditLink> links = new ArrayList<>(ordered.size());
        for (UnlinkedEntry e : ordered) {
            long seq = lastSeq + 1;
            String hash = AuditHasher.hash(seq, e.facts(), lastHash);
            links.add(new AuditLink(seq, e.entryId(), lastHash, hash));
            lastSeq = seq;
            lastHash = hash;
        }
        return links;
    }

    public long lastSeq() {
        return lastSeq;
    }

    public String lastHash() {
        return lastHash;
    }
}
