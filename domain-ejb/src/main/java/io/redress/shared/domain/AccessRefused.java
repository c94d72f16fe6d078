package io.redress.shared.domain;

import java.util.Set;

/**
 * An actor was refused a permission. Fired by {@code Access} and observed by the audit, which writes it down in a
 * transaction of its own: the refusal is kept although the caller's transaction rolls back.
 */
public record AccessRefused(Actor actor, Permission permission, Set<Role> held) {
}
