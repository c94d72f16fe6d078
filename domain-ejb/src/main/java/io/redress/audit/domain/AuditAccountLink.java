package io.redress.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The account an entry written before V10 concerns, derived by that migration from the record the entry names (a
 * restriction's, an appeal's, a case's account). Those entries were sealed without an account, so the link sits
 * beside them, outside their hash: appending it to the entry would break the hash it was sealed with. Written once
 * by the migration; entries since carry their account inside their hashed facts. {@code seq} is the entry's id
 * ({@code audit_entry.id}), equal to its sequence number on the chain: every such entry predates V16_1.
 */
@Entity
@Table(name = "audit_account_link")
public class AuditAccountLink {

    @Id
    private long seq;
    @Column(name = "account_id", nullable = false)
    private String accountId;

    protected AuditAccountLink() {
    }

    public long seq() {
        return seq;
    }

    public String accountId() {
        return accountId;
    }
}
