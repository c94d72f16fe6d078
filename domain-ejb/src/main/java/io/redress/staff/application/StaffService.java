package io.redress.staff.application;

import io.redress.audit.application.AuditTrail;
import io.redress.shared.application.Access;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.InvalidInput;
import io.redress.shared.domain.NotFound;
import io.redress.shared.domain.Permission;
import io.redress.shared.domain.Role;
import io.redress.shared.domain.RuleViolation;
import io.redress.shared.domain.StaleVersion;
import io.redress.staff.domain.PasswordHasher;
import io.redress.staff.domain.StaffMember;
import io.redress.staff.domain.StaffRules;
import io.redress.staff.domain.StaffView;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Staff accounts: created, disabled, re-enabled and re-roled by an administrator, every change audited. */
@Stateless
public class StaffService {

    static final String ENTITY = "StaffMember";

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    Access access;
    @Inject
    AuditTrail audit;
    @Inject
    CredentialCache credentials;
    @Inject
    Clock clock;

    public StaffView create(Actor actor, String username, String displayName, Set<Role> roles, char[] password) {
        String role = access.require(actor, Permission.STAFF_CREATE);
        String name = StaffRules.canonicalName(username);
        List<FieldError> errors = new ArrayList<>(StaffRules.checkNew(name, displayName, roles, password));
        if (errors.isEmpty() && findByUsername(name).isPresent()) {
            errors.add(FieldError.of("username", FieldError.Code.ALREADY_EXISTS, "is already taken"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        StaffMember member = new StaffMember(name, displayName.trim(), roles, PasswordHasher.hash(password), clock.instant());
        em.persist(member);
        em.flush();
        audit.record(actor, role, "STAFF_CREATED", ENTITY, name, null, member.snapshot().toJson(), null);
        return member.view();
    }

    public StaffView disable(Actor actor, String username, long expectedVersion, String reason) {
        String role = access.require(actor, Permission.STAFF_DISABLE);
        if (actor.name().equals(username)) {
            throw new RuleViolation("no-self-disable", "An administrator cannot disable their own account");
        }
        List<FieldError> errors = StaffRules.checkDisableReason(reason);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return change(actor, role, username, expectedVersion, "STAFF_DISABLED", reason.strip(), StaffMember::disable);
    }

    public StaffView enable(Actor actor, String username, long expectedVersion, String reason) {
        String role = access.require(actor, Permission.STAFF_ENABLE);
        return change(actor, role, username, expectedVersion, "STAFF_ENABLED", reason, StaffMember::enable);
    }

    public StaffView assignRoles(Actor actor, String username, Set<Role> roles, long expectedVersion, String reason) {
        String role = access.require(actor, Permission.STAFF_ASSIGN_ROLES);
        List<FieldError> errors = StaffRules.checkRoles(roles);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (actor.name().equals(username) && !roles.contains(Role.ADMIN)) {
            throw new RuleViolation("no-self-demotion", "An administrator cannot remove their own ADMIN role");
        }
        return change(actor, role, username, expectedVersion, "STAFF_ROLES_CHANGED", reason, m -> m.assignRoles(roles));
    }

    public List<StaffView> list(Actor actor) {
        access.require(actor, Permission.STAFF_LIST);
        return em.createNamedQuery(StaffMember.ALL, StaffMember.class).getResultList().stream()
                .map(StaffMember::view).toList();
    }

    public StaffView get(Actor actor, String username) {
        access.require(actor, Permission.STAFF_LIST);
        return findByUsername(username).map(StaffMember::view).orElseThrow(() -> new NotFound("Staff member", username));
    }

    private StaffView change(Actor actor, String role, String username, long expectedVersion, String action,
                             String reason, java.util.function.Consumer<StaffMember> mutation) {
        StaffMember member = findByUsername(username).orElseThrow(() -> new NotFound("Staff member", username));
        if (member.version() != expectedVersion) {
            throw new StaleVersion("Staff member", username, expectedVersion, member.version());
        }
        String before = member.snapshot().toJson();
        mutation.accept(member);
        em.flush();
        audit.record(actor, role, action, ENTITY, username, before, member.snapshot().toJson(), reason);
        credentials.evict(username);
        return member.view();
    }

    java.util.Optional<StaffMember> findByUsername(String username) {
        return em.createNamedQuery(StaffMember.BY_USERNAME, StaffMember.class)
                .setParameter("username", username)
                .getResultStream().findFirst();
    }
}
