package io.redress.incidents.domain;

/** A bulk action: REQUESTED by one person, APPROVED (its job runs) or REJECTED by another; DONE when its job completed. */
public enum ActionState {
    REQUESTED, APPROVED, REJECTED, DONE
}
