package io.redress.restrictions.domain;

/** Machine-readable reasons of a decision, stable for the exchange's systems to act on. */
public enum DecisionReason {
    ACCOUNT_ACTIVE,
    /** Off-boarding: the action is one the withdrawal window allows. */
    WITHDRAW_ONLY_ALLOWS,
    /** Off-boarding: the action is not among those the status allows. */
    WITHDRAW_ONLY_FORBIDS,
    /** The withdrawal window has ended; only what remains allowed after it is. */
    WINDOW_ENDED,
    /** Reduce-only trades stay allowed while derivatives positions are open, window or not. */
    OPEN_POSITIONS_MAY_BE_REDUCED,
    ACCOUNT_SUSPENDED,
    SUSPENDED_ALLOWS,
    ACCOUNT_CLOSED,
    WITHDRAWALS_FROZEN,
    /** Batch decisions only: Redress has no such account, so nothing is allowed. */
    UNKNOWN_ACCOUNT
}
