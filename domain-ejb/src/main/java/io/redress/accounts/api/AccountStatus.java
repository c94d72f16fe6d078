package io.redress.accounts.api;

/** The status Redress owns for each customer account. Changed only through restrictions with due process. */
public enum AccountStatus {
    ACTIVE,
    /** Off-boarding: withdrawals and reduce-only trades to close positions, nothing else. */
    WITHDRAW_ONLY,
    SUSPENDED,
    CLOSED
}
