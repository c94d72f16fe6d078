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
    UNKNOWN_ACCOUNT,
    /** A decision asked with an API key: the registry has no such key. */
    UNKNOWN_KEY,
    /** The key policy expired the key (no IP allowlist and unused). */
    KEY_EXPIRED,
    KEY_REVOKED,
    /** The key belongs to another account than the one asked about. */
    KEY_OF_ANOTHER_ACCOUNT,
    /** The key does not hold the permission the action needs (a trading permission, WITHDRAW), or the policy took it away. */
    KEY_PERMISSION_MISSING,
    /** The source address is outside the key's IP allowlist. */
    SOURCE_IP_NOT_ALLOWED,
    /**
     * A protective lock is on (the customer's API keys were exposed by a third party): API_TRADE and
     * WITHDRAW_TO_NEW_ADDRESS are refused; WITHDRAW is answered as the status says, to addresses already used only.
     */
    PROTECTIVE_LOCK,
    /** WITHDRAW: screened deposits are frozen; the amounts in {@code fundsHeld} stay on the account. */
    FUNDS_FROZEN,
    /** WITHDRAW: screened deposits are held for review; the amounts in {@code fundsHeld} stay on the account. */
    FUNDS_HELD
}
