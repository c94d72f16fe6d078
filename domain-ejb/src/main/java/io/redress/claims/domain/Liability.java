package io.redress.claims.domain;

/** Who bears the loss, as the assessor finds it. */
public enum Liability {
    /** The platform's systems or staff caused it. */
    PLATFORM,
    /** A third party the customer trusted (an integration whose keys leaked, a bot service). */
    THIRD_PARTY,
    /** The customer's own act or negligence. */
    CUSTOMER,
    /** The evidence does not settle it. */
    UNDETERMINED
}
