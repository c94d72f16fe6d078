package io.redress.restrictions.domain;

import io.redress.accounts.api.AccountStatus;
import io.redress.shared.domain.Snapshot;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * The standing Redress keeps for an account (status, withdrawal freeze, window end, the restriction that sets the
 * status): written only by the restrictions context, under its own version, so that the exchange's profile mirror
 * and the standing never invalidate each other. Every account has one from its creation.
 */
@Entity
@Table(name = "account_standing")
@NamedQuery(name = KeptStanding.FOR_ACCOUNTS, query = "SELECT s FROM KeptStanding s WHERE s.accountId IN :ids")
@NamedQuery(name = KeptStanding.COUNT_IN_STATUS, query = "SELECT COUNT(s) FROM KeptStanding s WHERE s.status = :status")
public class KeptStanding {

    public static final String FOR_ACCOUNTS = "KeptStanding.forAccounts";
    public static final String COUNT_IN_STATUS = "KeptStanding.countInStatus";

    @Id
    @Column(name = "account_id", nullable = false, updatable = false)
    private String accountId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccountStatus status;
    @Column(name = "withdrawals_frozen", nullable = false)
    private boolean withdrawalsFrozen;
    @Column(name = "window_ends_at")
    private Instant windowEndsAt;
    @Column(name = "restriction_id")
    private Long restrictionId;
    @Column(name = "protective_lock")
    private String protectiveLock;
    @Column(name = "protective_lock_since")
    private Instant protectiveLockSince;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private Long version;

    protected KeptStanding() {
    }

    /** A new account's standing: active, nothing in force. */
    public KeptStanding(String accountId, Instant now) {
        this.accountId = Objects.requireNonNull(accountId);
        this.status = AccountStatus.ACTIVE;
        this.updatedAt = now;
    }

    /**
     * Takes the standing the measures in force give it: only restrictions change the status, through this.
     *
     * @return true when anything changed
     */
    public boolean apply(Standing standing, Instant now) {
        boolean changed = standing.status() != status || standing.withdrawalsFrozen() != withdrawalsFrozen
                || !Objects.equals(standing.windowEndsAt(), windowEndsAt)
                || !Objects.equals(standing.restrictionId(), restrictionId);
        if (changed) {
            status = standing.status();
            withdrawalsFrozen = standing.withdrawalsFrozen();
            windowEndsAt = standing.windowEndsAt();
            restrictionId = standing.restrictionId();
            updatedAt = now;
        }
        return changed;
    }

    /**
     * Puts a protective lock on, for the given reason (e.g. {@code incident:INC-2026-0001}); the measures in force and
     * the status are untouched.
     *
     * @return false when a lock was on already (it keeps its first reason)
     */
    public boolean lockProtectively(String reference, Instant now) {
        if (protectiveLock != null) {
            return false;
        }
        protectiveLock = Objects.requireNonNull(reference);
        protectiveLockSince = now;
        updatedAt = now;
        return true;
    }

    /** @return false when no lock was on */
    public boolean liftProtectiveLock(Instant now) {
        if (protectiveLock == null) {
            return false;
        }
        protectiveLock = null;
        protectiveLockSince = null;
        updatedAt = now;
        return true;
    }

    public Snapshot snapshot() {
        Snapshot s = Snapshot.of().with("accountId", accountId).with("status", status).with("withdrawalsFrozen", withdrawalsFrozen)
                .with("windowEndsAt", windowEndsAt).with("restrictionId", restrictionId);
        return protectiveLock == null ? s : s.with("protectiveLock", protectiveLock).with("protectiveLockSince", protectiveLockSince);
    }

    public String protectiveLock() {
        return protectiveLock;
    }

    public Instant protectiveLockSince() {
        return protectiveLockSince;
    }

    public String accountId() {
        return accountId;
    }

    public AccountStatus status() {
        return status;
    }

    public boolean withdrawalsFrozen() {
        return withdrawalsFrozen;
    }

    public Instant windowEndsAt() {
        return windowEndsAt;
    }

    public Long restrictionId() {
        return restrictionId;
    }

    public long version() {
        return version == null ? 0 : version;
    }
}
