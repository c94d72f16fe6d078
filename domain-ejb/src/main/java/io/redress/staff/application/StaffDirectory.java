package io.redress.staff.application;

import io.redress.shared.domain.Role;
import io.redress.staff.api.StaffRoster;
import io.redress.staff.domain.StaffMember;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@link StaffRoster} on the staff table. */
@Stateless
public class StaffDirectory implements StaffRoster {

    @PersistenceContext(unitName = "redress")
    EntityManager em;

    @Override
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

    @Override
    public boolean isActiveWith(String username, Role role) {
        return em.createNamedQuery(StaffMember.BY_USERNAME, StaffMember.class).setParameter("username", username)
                .getResultStream().anyMatch(s -> s.enabled() && s.roles().contains(role));
    }

    @Override
    public java.util.Optional<String> displayName(String username) {
        return em.createNamedQuery(StaffMember.BY_USERNAME, StaffMember.class).setParameter("username", username)
                .getResultStream().findFirst().map(StaffMember::displayName).filter(n -> !n.isBlank());
    }

    @Override
    public boolean isActiveWithAnyOf(String username, Set<Role> anyOf) {
        return em.createNamedQuery(StaffMember.BY_USERNAME, StaffMember.class).setParameter("username", username)
                .getResultStream().anyMatch(s -> s.enabled() && s.roles().stream().anyMatch(anyOf::contains));
    }
}
