package io.redress.restrictions.domain;

import io.redress.accounts.api.AccountStatus;
import java.time.Instant;
import java.util.List;

/** The answer to "may account A do action X now?", with the measure in force behind it. */
public record AccountDecision(String accountId, Action action, String keyId, boolean allowed, List<DecisionReason> reasons,
                              AccountStatus status, boolean withdrawalsFrozen, Long restrictionId, Measure measure,
                              String reasonCode, Instant windowEndsAt) {

    /**
     * The decision as the exchange's systems receive it: the catalogue's reason code is staff vocabulary (and for a
     * sanctions match or an investigation it would tip the customer off); the measure and its window are enough to
     * enforce, and the customer's notice carries what may be said.
     */
    public AccountDecision withoutReasonCode() {
        return reasonCode == null ? this : new AccountDecision(accountId, action, keyId, allowed, reasons, status,
                withdrawalsFrozen, restrictionId, measure, null, windowEndsAt);
    }
}
