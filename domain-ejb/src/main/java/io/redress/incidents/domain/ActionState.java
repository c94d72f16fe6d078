package io.redress.incidents.domain;

/**
 * A bulk action: REQUESTED by one person, APPROVED (its job runs) or REJECTED by another; DONE when its job completed;
 * WITHDRAWN when its incident was closed while it still waited for a decision.
 */
public enum ActionState {
    REQUESTED, APPROVED, REJECTED, DONE, WITHDRAWN
}
