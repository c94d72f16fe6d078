package io.redress.staff.domain;

import io.redress.shared.domain.Role;
import java.util.Set;

/** The outcome of a successful sign-in: who, and with which roles. */
public record AuthenticatedStaff(String username, String displayName, Set<Role> roles) {
}
