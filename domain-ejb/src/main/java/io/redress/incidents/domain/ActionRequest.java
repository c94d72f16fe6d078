package io.redress.incidents.domain;

import java.time.Instant;

/**
 * A bulk action as SECURITY requests it: which keys to revoke (all those linked to the integration, or only those
 * created before a cut-off, or only those without an IP allowlist, or both), and whether to notify every affected
 * customer, open or join one account-security case per account, linked to the incident, and place a protective lock
 * on every affected account (no API trading, no withdrawals to new addresses, until the customer has verified
 * themselves).
 */
public record ActionRequest(Instant createdBefore, boolean withoutAllowlistOnly, boolean notifyCustomers,
                            boolean openCases, boolean protectiveLock, String justification) {

    /** Without a protective lock. */
    public ActionRequest(Instant createdBefore, boolean withoutAllowlistOnly, boolean notifyCustomers, boolean openCases,
                         String justification) {
        this(createdBefore, withoutAllowlistOnly, notifyCustomers, openCases, false, justification);
    }
}
