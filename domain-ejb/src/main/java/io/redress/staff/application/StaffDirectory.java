package io.redress.staff.application;

import io.redress.shared.domain.Role;
import io.redress.staff.domain.StaffMember;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who is on staff, for other contexts' rules (is there an uninvolved reviewer? may this person take the alert?).
 * Answers only active members and only their names and roles; it authorizes nothing itself.
 */
@Stateless
public class StaffDirectory {

    /** A staff member as other contexts may know them. */
    public record Member(String username, Set<Role> roles) {
    }

    @PersistenceContext(unitName = "redress")
    EntityManager em;

    /** Active members holding at least one of the roles, at most {@code perRole} of each role (by name). */
    public List<Member> activeHolding(Set<Role> anyOf, int perRole) {
        Map<String, Member> found = new LinkedHashMap<>();
        for (Role role : anyOf) {
            // the roles column is comma-separated names, none of which contains another
            em.createQuery("SELECT s FROM StaffMember s WHERE s.roles LIKE :role AND s.enabled = TRUE ORDER BY s.username",
                            StaffMember.class).setParameter("role", "%" + role.name() + "%").setMaxResults(perRole)
                    .getResultStream()
                    .filter(s -> s.roles().contains(role))
                    .forEach(s -> found.putIfAbsent(s.username(), new Member(s.username(), s.roles())));
        }
        return List.copyOf(found.values());
    }

    public boolean isActiveWith(String username, Role role) {
        return em.createNamedQuery(StaffMember.BY_USERNAME, StaffMember.class).setParameter("username", username)
                .getResultStream().anyMatch(s -> s.enabled() && s.roles().contains(role));
    }
}
