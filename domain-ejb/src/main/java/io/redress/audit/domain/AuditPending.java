package io.redress.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An entry waiting for the chain. The database writes one for every audit entry inserted (a trigger on
 * {@code audit_entry}, so no writer can forget it), in the entry's own transaction; the chainer removes it when it
 * links the entry. Only the chainer's queue: the verifier finds unchained entries from the entries and links
 * themselves, so a row removed from here behind the chainer's back shows as an entry pending for too long.
 */
@Entity
@Table(name = "audit_pending")
public class AuditPending {

    @Id
    @Column(name = "entry_id")
    private long entryId;

    protected AuditPending() {
    }

    public long entryId() {
        return entryId;
    }
}
