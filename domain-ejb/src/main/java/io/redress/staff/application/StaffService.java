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
import io.redress.shared.domain.TablePage;
import io.redress.shared.domain.TableQuery;
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
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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

    /** Names are taken as stored ({@link StaffRules#canonicalName}): Admin is admin, and so is one's own account. */
    public StaffView disable(Actor actor, String username, long expectedVersion, String reason) {
        String role = access.require(actor, Permission.STAFF_DISABLE);
        username = StaffRules.canonicalName(username);
        if (actor.name().equals(username)) {
            throw refused(actor, username, "staff.disable",
                    new RuleViolation("no-self-disable", "An administrator cannot disable their own account"));
        }
        List<FieldError> errors = StaffRules.checkDisableReason(reason);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return change(actor, role, username, expectedVersion, "STAFF_DISABLED", reason.strip(), StaffMember::disable);
    }

    public StaffView enable(Actor actor, String username, long expectedVersion, String reason) {
        String role = access.require(actor, Permission.STAFF_ENABLE);
        username = StaffRules.canonicalName(username);
        return change(actor, role, username, expectedVersion, "STAFF_ENABLED", reason, StaffMember::enable);
    }

    public StaffView assignRoles(Actor actor, String username, Set<Role> roles, long expectedVersion, String reason) {
        String role = access.require(actor, Permission.STAFF_ASSIGN_ROLES);
        username = StaffRules.canonicalName(username);
        List<FieldError> errors = StaffRules.checkRoles(roles);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (actor.name().equals(username)) {
            String self = username;
            // one's own roles as stored, not as the request's actor carries them
            Set<Role> held = findByUsername(self).map(StaffMember::roles).orElseThrow(() -> new NotFound("Staff member", self));
            var violation = StaffRules.checkOwnRoles(held, roles);
            if (violation.isPresent()) {
                throw refused(actor, username, "staff.assign-roles", violation.get());
            }
        }
        return change(actor, role, username, expectedVersion, "STAFF_ROLES_CHANGED", reason, m -> m.assignRoles(roles));
    }

    /**
     * A change refused by a separation-of-duties rule, written into the trail on its own (the caller's transaction
     * rolls back): who tried what on whose account.
     */
    private RuleViolation refused(Actor actor, String username, String action, RuleViolation violation) {
        audit.recordIndependently(actor, "STAFF_CHANGE_REFUSED", ENTITY, username,
                action + " " + violation.rules() + ": " + violation.getMessage());
        return violation;
    }

    public List<StaffView> list(Actor actor) {
        access.require(actor, Permission.STAFF_LIST);
        return em.createNamedQuery(StaffMember.ALL, StaffMember.class).getResultList().stream()
                .map(StaffMember::view).toList();
    }

    /** The staff table's sortable columns and what each sorts by (the user name by default). */
    public static final Map<String, String> SORTABLE = Map.of("username", "s.username", "displayName", "s.displayName");
    /**
     * Column filters: the user name or the name containing the text (any case), one role. (Not the state: on H2,
     * EclipseLink writes a query's values into its SQL when it holds functions such as LOWER or LIKE ... ESCAPE, and
     * writes a boolean as 0 or 1, which H2 2 does not compare with its BOOLEAN column: eclipse-ee4j/eclipselink#1578.)
     */
    public static final Set<String> FILTERABLE = Set.of("username", "displayName", "role");

    /**
     * One page of the staff screen's table: the members narrowed by the column filters, sorted by one column, with how
     * many there are for the pager. (An exchange has hundreds of staff and integration clients; a table of all of them
     * on one page is read by nobody.)
     */
    public TablePage<StaffView> table(Actor actor, TableQuery page) {
        access.require(actor, Permission.STAFF_LIST);
        page.check(SORTABLE.keySet(), FILTERABLE);
        String role = page.filter("role");
        List<FieldError> errors = new ArrayList<>();
        if (role != null && Arrays.stream(Role.values()).noneMatch(r -> r.name().equals(role))) {
            errors.add(FieldError.oneOf("role", new TreeSet<>(Arrays.stream(Role.values()).map(Enum::name).toList())));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (page.filter("username") != null) {
            conditions.add("s.username LIKE :username ESCAPE '!'");
            params.put("username", TableQuery.containsPattern(StaffRules.canonicalName(page.filter("username"))));
        }
        if (page.filter("displayName") != null) {
            conditions.add("LOWER(s.displayName) LIKE :displayName ESCAPE '!'");
            params.put("displayName", TableQuery.containsPattern(page.lowerFilter("displayName")));
        }
        if (role != null) {
            // the roles column holds the names comma-separated; no role's name is part of another's
            conditions.add("s.roles LIKE :role");
            params.put("role", "%" + role + "%");
        }
        String where = " FROM StaffMember s" + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions));
        var count = em.createQuery("SELECT COUNT(s)" + where, Long.class);
        params.forEach(count::setParameter);
        long total = count.getSingleResult();
        if (total == 0 || page.first() >= total) {
            return new TablePage<>(List.of(), total);
        }
        String dir = page.descending() ? " DESC" : " ASC";
        var rows = em.createQuery("SELECT s" + where + " ORDER BY "
                + SORTABLE.get(page.sortField() == null ? "username" : page.sortField()) + dir + ", s.id" + dir, StaffMember.class);
        params.forEach(rows::setParameter);
        return new TablePage<>(rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultStream()
                .map(StaffMember::view).toList(), total);
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
        audit.record(actor, role, action, ENTITY, member.username(), before, member.snapshot().toJson(), reason);
        credentials.evict(member.username());
        return member.view();
    }

    java.util.Optional<StaffMember> findByUsername(String username) {
        return em.createNamedQuery(StaffMember.BY_USERNAME, StaffMember.class)
                .setParameter("username", StaffRules.canonicalName(username))
                .getResultStream().findFirst();
    }
}
