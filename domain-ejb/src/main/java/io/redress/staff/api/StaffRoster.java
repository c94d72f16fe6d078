package io.redress.staff.api;

import io.redress.shared.domain.Role;
import java.util.List;
import java.util.Set;

/**
 * Who is on staff, for other contexts' rules (is there an uninvolved reviewer? may this person take the alert?).
 * Answers only active members and only their names and roles; it authorizes nothing itself.
 */
public interface StaffRoster {

    /**
     * A user name as staff names are stored and compared: in lower case ({@code BOB} is {@code bob}), the spaces a
     * person typed around it forgiven. A name holding a control character (a tab, a line feed, a NUL) is no name anyone
     * was given, so it is kept as sent and matches none: {@code "agent\u0001"} does not sign in as {@code agent}.
     */
    static String canonicalName(String username) {
        if (username == null) {
            return null;
        }
        String lower = username.toLowerCase(java.util.Locale.ROOT);
        return lower.chars().anyMatch(Character::isISOControl) ? lower : lower.strip();
    }

    /** A staff member as other contexts may know them. */
    record Member(String username, Set<Role> roles) {
    }

    /** Active members holding at least one of the roles, at most {@code perRole} of each role (by name). */
    List<Member> activeHolding(Set<Role> anyOf, int perRole);

    boolean isActiveWith(String username, Role role);

    /** The name {@code username} signs with (their display name), if they are on staff. */
    java.util.Optional<String> displayName(String username);

    /** Whether {@code username} is an active member holding at least one of {@code anyOf}. */
    boolean isActiveWithAnyOf(String username, Set<Role> anyOf);
}
