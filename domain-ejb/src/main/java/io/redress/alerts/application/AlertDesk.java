package io.redress.alerts.application;

import io.redress.alerts.api.AlertRaised;
import io.redress.alerts.api.AlertSettled;
import io.redress.alerts.domain.Alert;
import io.redress.alerts.domain.AlertRules;
import io.redress.alerts.domain.AlertState;
import io.redress.alerts.domain.AlertView;
import io.redress.audit.application.AuditRecorder;
import io.redress.audit.application.AuditTrail;
import io.redress.shared.application.Access;
import io.redress.shared.domain.AccessDenied;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.InvalidInput;
import io.redress.shared.domain.NotFound;
import io.redress.shared.domain.Permission;
import io.redress.shared.domain.Role;
import io.redress.shared.domain.StaleVersion;
import io.redress.staff.api.StaffRoster;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The alert inbox: raises what other contexts report (in their transaction), shows each alert to the role that
 * must act (and auditors), and records who acknowledged, assigned and resolved it. Every change is audited and
 * checked against the version the person saw.
 */
@Stateless
public class AlertDesk {

    public static final String ENTITY = "Alert";
    public static final int MAX_PAGE = 200;

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    Access access;
    @Inject
    AuditTrail audit;
    /** The observer's append: it always runs in the raiser's transaction, so without the EJB call. */
    @Inject
    AuditRecorder recorder;
    @Inject
    StaffRoster staff;
    @Inject
    Clock clock;

    /** One page, newest first; {@code next} is the cursor of the following page (null on the last). */
    public record AlertPage(List<AlertView> items, Long next) {
    }

    /** Observed in the raiser's transaction: the alert commits with its cause. Raised once per kind and subject. */
    public void raise(@Observes AlertRaised raised) {
        List<FieldError> errors = AlertRules.check(raised);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        // a subject created in the raiser's transaction has no alert yet: no need to look
        boolean exists = !raised.newSubject() && !em.createNamedQuery(Alert.FOR_SUBJECT, Alert.class).setParameter("kind", raised.kind())
                .setParameter("subject", raised.subject()).setMaxResults(1).getResultList().isEmpty();
        if (exists) {
            return;
        }
        Alert alert = new Alert(raised, clock.instant());
        em.persist(alert);
        em.flush();
        recorder.recordFor(alert.timelineAccount(), Actor.system(), "SYSTEM", "ALERT_RAISED", ENTITY, alert.id().toString(), null,
                alert.snapshot().toJson(), raised.message());
    }

    public AlertPage list(Actor actor, AlertState state, Role role, String kind, Long after, int size) {
        access.require(actor, Permission.ALERT_READ);
        if (size < 1 || size > MAX_PAGE) {
            throw new InvalidInput(FieldError.of("size", FieldError.Code.BETWEEN, "1 to " + MAX_PAGE, 1, MAX_PAGE));
        }
        AlertRules.checkKindFilter(kind).ifPresent(e -> {
            throw new InvalidInput(e);
        });
        Set<Role> visible = visibleRoles(actor);
        if (role != null) {
            visible.retainAll(Set.of(role));
        }
        if (visible.isEmpty()) {
            return new AlertPage(List.of(), null);
        }
        StringBuilder jpql = new StringBuilder("SELECT a FROM Alert a WHERE a.mustAct IN :roles");
        if (state != null) {
            jpql.append(" AND a.state = :state");
        }
        if (kind != null && !kind.isBlank()) {
            jpql.append(" AND a.kind = :kind");
        }
        if (after != null) {
            jpql.append(" AND a.id < :after");
        }
        TypedQuery<Alert> q = em.createQuery(jpql.append(" ORDER BY a.id DESC").toString(), Alert.class)
                .setParameter("roles", visible);
        if (state != null) {
            q.setParameter("state", state);
        }
        if (kind != null && !kind.isBlank()) {
            q.setParameter("kind", kind.strip());
        }
        if (after != null) {
            q.setParameter("after", after);
        }
        List<AlertView> rows = q.setMaxResults(size + 1).getResultList().stream().map(Alert::view).toList();
        boolean more = rows.size() > size;
        List<AlertView> page = more ? rows.subList(0, size) : rows;
        return new AlertPage(page, more ? page.get(page.size() - 1).id() : null);
    }

    /** The open alerts the actor's roles must act on: the count in the navigation. */
    public long openCount(Actor actor) {
        if (!Permission.ALERT_READ.allows(actor)) {
            return 0;
        }
        Set<Role> mine = EnumSet.noneOf(Role.class);
        actor.roles().stream().filter(Permission.ALERT_ACT::grants).forEach(mine::add);
        if (mine.isEmpty()) {
            return 0;
        }
        return em.createNamedQuery(Alert.COUNT_OPEN, Long.class).setParameter("roles", mine).getSingleResult();
    }

    public AlertView get(Actor actor, long id) {
        access.require(actor, Permission.ALERT_READ);
        return visible(actor, id).view();
    }

    /**
     * Observed in the settler's transaction: the alert of that kind and subject that is not yet resolved is resolved
     * by the system, audited with {@code how}. Its row is locked first, so a person's acknowledgement at the same
     * moment fails on its version and is read again, not the settler's work.
     */
    public void settle(@Observes AlertSettled settled) {
        List<Alert> open = em.createNamedQuery(Alert.FOR_SUBJECT, Alert.class).setParameter("kind", settled.kind())
                .setParameter("subject", settled.subject()).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()
                .stream().filter(a -> a.state() != AlertState.RESOLVED).toList();
        Instant now = clock.instant();
        for (Alert alert : open) {
            String before = alert.snapshot().toJson();
            alert.resolve(Actor.system().name(), settled.how(), now);
            em.flush();
            recorder.recordFor(alert.timelineAccount(), Actor.system(), "SYSTEM", "ALERT_RESOLVED", ENTITY,
                    alert.id().toString(), before, alert.snapshot().toJson(), settled.how());
        }
    }

    public AlertView acknowledge(Actor actor, long id, long expectedVersion, String note) {
        String role = access.require(actor, Permission.ALERT_ACT);
        throwIfInvalid(AlertRules.checkNote(note, false));
        Alert alert = workable(actor, id, expectedVersion);
        String before = alert.snapshot().toJson();
        alert.acknowledge(actor.name(), note, clock.instant());
        return store(actor, role, alert, before, "ALERT_ACKNOWLEDGED", note);
    }

    public AlertView resolve(Actor actor, long id, long expectedVersion, String note) {
        String role = access.require(actor, Permission.ALERT_ACT);
        throwIfInvalid(AlertRules.checkNote(note, true));
        Alert alert = workable(actor, id, expectedVersion);
        String before = alert.snapshot().toJson();
        alert.resolve(actor.name(), note, clock.instant());
        return store(actor, role, alert, before, "ALERT_RESOLVED", note);
    }

    /** To a member of the role that must act; a null or blank assignee takes the assignment back. */
    public AlertView assign(Actor actor, long id, long expectedVersion, String assignee) {
        String role = access.require(actor, Permission.ALERT_ACT);
        Alert alert = workable(actor, id, expectedVersion);
        String to = assignee == null || assignee.isBlank() ? null : assignee.strip();
        if (to != null && !staff.isActiveWith(to, alert.mustAct())) {
            throw new InvalidInput("assignee", "an active staff member holding " + alert.mustAct());
        }
        String before = alert.snapshot().toJson();
        alert.assign(to, clock.instant());
        return store(actor, role, alert, before, "ALERT_ASSIGNED", to == null ? "unassigned" : "assigned to " + to);
    }

    private Set<Role> visibleRoles(Actor actor) {
        return AlertRules.visibleRoles(actor.roles());
    }

    // an alert of a role the actor neither holds nor audits does not exist for them
    private Alert visible(Actor actor, long id) {
        return Optional.ofNullable(em.find(Alert.class, id)).filter(a -> AlertRules.visibleTo(actor.roles(), a.mustAct()))
                .orElseThrow(() -> new NotFound(ENTITY, Long.toString(id)));
    }

    private Alert workable(Actor actor, long id, long expectedVersion) {
        Alert alert = visible(actor, id);
        if (!AlertRules.mayWork(actor.roles(), alert.mustAct())) {
            throw new AccessDenied("alert.act on an alert for " + alert.mustAct(), Set.of(alert.mustAct()));
        }
        if (alert.version() != expectedVersion) {
            throw new StaleVersion(ENTITY, Long.toString(id), expectedVersion, alert.version());
        }
        return alert;
    }

    private AlertView store(Actor actor, String role, Alert alert, String before, String action, String why) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersion(ENTITY + " " + alert.id() + " was changed by someone else; read it again");
        }
        audit.recordFor(alert.timelineAccount(), actor, role, action, ENTITY, alert.id().toString(), before, alert.snapshot().toJson(),
                why == null || why.isBlank() ? null : why.strip());
        return alert.view();
    }

    private static void throwIfInvalid(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInput(new ArrayList<>(errors));
        }
    }
}
