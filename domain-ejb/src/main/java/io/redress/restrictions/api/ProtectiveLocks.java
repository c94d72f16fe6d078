package io.redress.restrictions.api;

import io.redress.shared.domain.Actor;
import java.time.Instant;

/**
 * Protective locks as other contexts place them (a third-party incident's bulk action): a measure in the customer's
 * favour after their API keys were exposed — no API trading, no withdrawals to new addresses — lifted by the customer's
 * verification, not a punitive restriction. The restrictions context keeps it on the account's standing, so that the
 * first decision after it is placed reflects it on every instance.
 */
public interface ProtectiveLocks {

    /** The lock on an account as staff and the exchange read it; {@code reason} null when none is on. */
    record LockView(String accountId, boolean locked, String reason, Instant since, long version) {
    }

    /**
     * Puts the lock on, in the caller's transaction, audited on the account's timeline.
     *
     * @param reason what placed it, e.g. {@code incident:INC-2026-0001}
     * @return false when a lock was on already (it keeps its first reason)
     */
    boolean lock(Actor actor, String actingRole, String accountId, String reason);
}
