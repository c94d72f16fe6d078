package io.redress.staff.domain;

import io.redress.shared.domain.Role;
import java.time.Instant;
import java.util.Set;

/** A staff account as screens show it; never its password hash. */
public record StaffView(long id, String username, String displayName, Set<Role> roles, boolean enabled,
                        Instant createdAt, long version) {
}
