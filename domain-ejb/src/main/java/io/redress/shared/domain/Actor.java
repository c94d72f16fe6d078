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

    /** The most of a name someone tried to sign in with that the audit keeps (no staff member's name is longer). */
    public static final int ATTEMPTED_NAME_MAX = 64;

    public static Actor anonymous(String attemptedName, String origin) {
        return new Actor(attemptedName == null || attemptedName.isBlank() ? "anonymous" : attempted(attemptedName),
                EnumSet.noneOf(Role.class), origin);
    }

    /**
     * A name a client sent to sign in, as the audit records it: any text fits a header, the audit's columns do not
     * (a longer one is cut, with an ellipsis).
     */
    public static String attempted(String name) {
        if (name.length() <= ATTEMPTED_NAME_MAX) {
            return name;
        }
        int end = Character.isHighSurrogate(name.charAt(ATTEMPTED_NAME_MAX - 1)) ? ATTEMPTED_NAME_MAX - 1 : ATTEMPTED_NAME_MAX;
        return name.substring(0, end) + "\u2026";
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
