package io.redress.restrictions.domain;

/** What a restriction does to an account. Every one but LIFT is punitive: it takes something away. */
public enum Measure {
    /** Off-boarding: withdrawals and reduce-only trades, nothing else. */
    WITHDRAW_ONLY(1),
    SUSPEND(2),
    /** Runs as WITHDRAW_ONLY until the window ends, then the account is closed (unless positions are still open). */
    CLOSE(3),
    /** A hold on withdrawals (court order, sanctions, confidential investigation), independent of status. */
    FREEZE_WITHDRAWALS(0),
    /** Ends a measure in force. */
    LIFT(0);

    private final int severity;

    Measure(int severity) {
        this.severity = severity;
    }

    public boolean punitive() {
        return this != LIFT;
    }

    /** Suspension, closure and withdrawal freezes always need a compliance officer's approval. */
    public boolean severe() {
        return this == SUSPEND || this == CLOSE || this == FREEZE_WITHDRAWALS;
    }

    /** Measures that give the customer a withdrawal window. */
    public boolean hasWindow() {
        return this == WITHDRAW_ONLY || this == CLOSE;
    }

    /** Ordering of the status-changing measures, mildest first; 0 for those that change no status. */
    public int severity() {
        return severity;
    }
}
