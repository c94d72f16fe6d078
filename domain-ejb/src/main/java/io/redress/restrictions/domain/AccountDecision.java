package io.redress.restrictions.domain;

import io.redress.accounts.api.AccountStatus;
import io.redress.restrictions.api.HeldFunds;
import java.time.Instant;
import java.util.List;

/** The answer to "may account A do action X now?", with the measure in force behind it. */
public record AccountDecision(String accountId, Action action, String keyId, boolean allowed, List<DecisionReason> reasons,
                              AccountStatus status, boolean withdrawalsFrozen, Long restrictionId, Measure measure,
                              String reasonCode, Instant windowEndsAt, List<HeldFunds.Held> fundsHeld) {

    public AccountDecision {
        fundsHeld = fundsHeld == null ? List.of() : List.copyOf(fundsHeld);
    }

    /** A decision with no funds held apart from the standing. */
    public AccountDecision(String accountId, Action action, String keyId, boolean allowed, List<DecisionReason> reasons,
                           AccountStatus status, boolean withdrawalsFrozen, Long restrictionId, Measure measure,
                           String reasonCode, Instant windowEndsAt) {
        this(accountId, action, keyId, allowed, reasons, status, withdrawalsFrozen, restrictionId, measure, reasonCode,
                windowEndsAt, List.of());
    }

    /**
     * The decision as the exchange's systems receive it: the catalogue's reason code is staff vocabulary (and for a
     * sanctions match or an investigation it would tip the customer off); the measure and its window are enough to
     * enforce, and the customer's notice carries what may be said.
     */
    public AccountDecision withoutReasonCode() {
        return reasonCode == null ? this : new AccountDecision(accountId, action, keyId, allowed, reasons, status,
                withdrawalsFrozen, restrictionId, measure, null, windowEndsAt, fundsHeld);
    }

    /**
     * With the funds held on the account apart from its standing (screened deposits frozen or held): the action's
     * answer is the standing's, and a WITHDRAW says which amounts the exchange keeps back ({@code FUNDS_FROZEN},
     * {@code FUNDS_HELD}).
     */
    public AccountDecision withFundsHeld(List<HeldFunds.Held> held) {
        if (held == null || held.isEmpty()) {
            return this;
        }
        List<DecisionReason> more = new java.util.ArrayList<>(reasons);
        if (held.stream().anyMatch(h -> h.measure() == HeldFunds.Measure.FREEZE)) {
            more.add(DecisionReason.FUNDS_FROZEN);
        }
        if (held.stream().anyMatch(h -> h.measure() == HeldFunds.Measure.HOLD)) {
            more.add(DecisionReason.FUNDS_HELD);
        }
        return new AccountDecision(accountId, action, keyId, allowed, more, status, withdrawalsFrozen, restrictionId,
                measure, reasonCode, windowEndsAt, held);
    }
}
