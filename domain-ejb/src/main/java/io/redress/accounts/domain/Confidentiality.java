package io.redress.accounts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * Whether messages to an account pass the forbidden-terms check point: set by compliance (later by screening), under
 * its own version, apart from the exchange's profile mirror and the standing, which have writers of their own.
 */
@Entity
@Table(name = "account_confidentiality")
public class Confidentiality {

    @Id
    @Column(name = "account_id", nullable = false, updatable = false)
    private String accountId;
    @Column(nullable = false)
    private boolean confidential;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private Long version;

    protected Confidentiality() {
    }

    /** A new account is not confidential. */
    public Confidentiality(String accountId, Instant now) {
        this.accountId = Objects.requireNonNull(accountId);
        this.updatedAt = now;
    }

    /** @return true when the flag changed */
    public boolean mark(boolean flag, Instant now) {
        if (flag == confidential) {
            return false;
        }
        confidential = flag;
        updatedAt = now;
        return true;
    }

    public boolean confidential() {
        return confidential;
    }
}
