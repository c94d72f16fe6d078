package io.redress.restrictions.domain;

/** How a reviewer decides an appeal. */
public enum AppealOutcome {
    /** The measure stands. */
    UPHELD,
    /** The measure is lifted. */
    OVERTURNED,
    /** The measure is softened or the customer is given more time. */
    MODIFIED
}
