package io.redress.claims.domain;

/** What the platform pays: nothing, a gesture, part of the claim, or all of it. */
public enum ClaimOutcome {
    DENY,
    /** A payment without admitting liability; less than the claim. */
    GOODWILL,
    /** Part of the claimed amount; less than the claim. */
    PARTIAL,
    /** Exactly the claimed amount. */
    FULL
}
