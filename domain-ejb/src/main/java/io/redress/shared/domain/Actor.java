package io.redress.shared.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who performs an action: the authenticated staff member or integration client, the roles they hold,
 * and the network address the request came from. Every write in Redress carries one.
 */
public record Actor(String name, Set<Role> roles, String origin) {

    public static final String SYSTEM = "system";

    public Actor {
        Objects.requireNonNull(name, "name");
        roles = roles == null || roles.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
        origin = origin == null || origin.isBlank() ? "unknown" : origin;
    }

    /** Redress itself, for timers and start-up work; holds every role and is recorded as "system". */
    public static Actor system() {
        return new Actor(SYSTEM, EnumSet.allOf(Role.class), "redress");
    }

    public static Actor anonymous(String attemptedName, String origin) {
        return new Actor(attemptedName == null || attemptedName.isBlank() ? "anonymous" : attemptedName,
                EnumSet.noneOf(Role.class), origin);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The first of the allowed roles this actor holds, in the order of {@link Role}: the role the audit records. */
    public Optional<Role> actingAs(Set<Role> allowed) {
        return roles.stream().filter(allowed::contains).findFirst();
    }

    /**
     * Whether this caller reads as the customer sees things: the exchange's systems (INTEGRATION and nothing else)
     * speak for the customer; anyone holding a staff role reads as staff.
     */
    public boolean speaksForCustomer() {
        return roles.size() == 1 && roles.contains(Role.INTEGRATION);
    }

    /** The role written to the audit trail when no specific permission was needed. */
    public String primaryRole() {
        return roles.stream().findFirst().map(Enum::name).orElse("NONE");
    }
}
