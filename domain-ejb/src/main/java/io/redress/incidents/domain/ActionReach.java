package io.redress.incidents.domain;

/**
 * What approving a bulk action would do now, for the person asked to confirm it: the keys in its scope still active
 * (its job revokes them) and the accounts they belong to.
 */
public record ActionReach(long actionId, long activeKeys, long accounts) implements java.io.Serializable {
}
