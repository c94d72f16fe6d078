package io.redress.restrictions.domain;

/** The life of a restriction: requested, then decided by someone else; in force while APPROVED. */
public enum RestrictionState {
    REQUESTED,
    /** In force. */
    APPROVED,
    REJECTED,
    CANCELLED,
    LIFTED,
    /** A temporary measure whose duration ran out. */
    EXPIRED;

    public boolean open() {
        return this == REQUESTED;
    }
}
