package io.redress.incidents.application;

import io.redress.alerts.api.AlertRaised;
import io.redress.alerts.api.AlertSettled;
import io.redress.apikeys.api.IntegrationView;
import io.redress.apikeys.api.KeyDirectory;
import io.redress.audit.application.AuditTrail;
import io.redress.incidents.domain.ActionReach;
import io.redress.incidents.domain.ActionRequest;
import io.redress.incidents.domain.ActionState;
import io.redress.incidents.domain.ActionView;
import io.redress.incidents.domain.BlastRadius;
import io.redress.incidents.domain.BulkAction;
import io.redress.incidents.domain.Incident;
import io.redress.incidents.domain.IncidentDetail;
import io.redress.incidents.domain.IncidentReference;
import io.redress.incidents.domain.IncidentRules;
import io.redress.incidents.domain.IncidentView;
import io.redress.incidents.domain.NewIncident;
import io.redress.incidents.domain.Severity;
import io.redress.jobs.api.JobView;
import io.redress.jobs.api.Jobs;
import io.redress.shared.application.Access;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.InvalidInput;
import io.redress.shared.domain.NotFound;
import io.redress.shared.domain.Permission;
import io.redress.shared.domain.Role;
import io.redress.shared.domain.StaleVersion;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Third-party incidents: SECURITY declares one against an integration and sees its blast radius at once; bulk actions
 * on its keys and accounts are requested by one member and approved by another (SECURITY or SUPERVISOR) before they
 * run as a restartable job ({@link IncidentJobWork}).
 */
@Stateless
public class IncidentService {

    public static final String ENTITY = "Incident";
    public static final String ACTION_ENTITY = "IncidentAction";
    public static final int TOP_ACCOUNTS = 10;
    /** The note of an action withdrawn because its incident was closed (its audit entry and its decision note). */
    static final String WITHDRAWN_ON_CLOSE = "incident closed";
    /** An incident was declared: decide its bulk actions; resolved by its close. */
    public static final String DECLARED = "INCIDENT_DECLARED";
    /** An action waits for a second person; resolved by its approval, rejection or withdrawal. */
    public static final String ACTION_PENDING = "INCIDENT_ACTION_PENDING";

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    Access access;
    @Inject
    AuditTrail audit;
    @Inject
    KeyDirectory keys;
    @Inject
    Jobs jobs;
    @Inject
    Event<AlertRaised> alerts;
    @Inject
    Event<AlertSettled> settled;
    @Inject
    Clock clock;

    public IncidentView declare(Actor actor, NewIncident n) {
        return declareAs(actor, n, IncidentReference.random());
    }

    /** For demo mode: an incident with a reference of its own choosing ({@code INC-DEMO-BOTLEAK}, which claims quote). */
    public IncidentView declareWithReference(Actor actor, String reference, NewIncident n) {
        if (!IncidentReference.looksLikeOne(reference)) {
            throw new InvalidInput(FieldError.of("reference", FieldError.Code.INCIDENT_REFERENCE, "INC- and letters or digits"));
        }
        return declareAs(actor, n, reference);
    }

    private IncidentView declareAs(Actor actor, NewIncident n, String reference) {
        String role = access.require(actor, Permission.INCIDENT_DECLARE);
        Instant now = clock.instant();
        Optional<IntegrationView> integration = keys.integration(n.integration() == null ? null : n.integration().strip());
        List<FieldError> errors = IncidentRules.check(n, integration.isPresent(), now);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Incident i = new Incident(reference, integration.get().code(), IncidentRules.severity(n.severity()),
                n.suspectedSince(), n.known(), actor.name(), now);
        em.persist(i);
        em.flush();
        audit.record(actor, role, "INCIDENT_DECLARED", ENTITY, i.reference(), null, i.snapshot().toJson(), null);
        alerts.fire(new AlertRaised(DECLARED, i.severity() == Severity.CRITICAL || i.severity() == Severity.HIGH
                ? AlertRaised.Severity.CRITICAL : AlertRaised.Severity.WARNING, null, "incident " + i.reference(),
                Role.SECURITY, "Incident " + i.reference() + " declared against " + integration.get().name()
                + " (" + i.severity() + "): decide its bulk actions"));
        return i.view(integration.get().name());
    }

    public List<IncidentView> list(Actor actor) {
        access.require(actor, Permission.INCIDENT_READ);
        Map<String, String> names = new LinkedHashMap<>();
        return em.createNamedQuery(Incident.NEWEST, Incident.class).setMaxResults(200).getResultStream()
                .map(i -> i.view(names.computeIfAbsent(i.integrationCode(), this::nameOf))).toList();
    }

    public IncidentDetail detail(Actor actor, String reference) {
        access.require(actor, Permission.INCIDENT_READ);
        Incident i = load(reference);
        return new IncidentDetail(i.view(nameOf(i.integrationCode())), radius(actor, i), actions(i));
    }

    public BlastRadius blastRadius(Actor actor, String reference) {
        access.require(actor, Permission.INCIDENT_READ);
        return radius(actor, load(reference));
    }

    public ActionView requestAction(Actor actor, String reference, ActionRequest r, Long expectedVersion) {
        String role = access.require(actor, Permission.INCIDENT_ACTION_REQUEST);
        Instant now = clock.instant();
        List<FieldError> errors = IncidentRules.check(r, now);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Incident i = loadLocked(reference);
        if (expectedVersion != null && expectedVersion != i.version()) {
            throw new StaleVersion(ENTITY, reference, expectedVersion, i.version());
        }
        IncidentRules.checkOpen(i.state());
        IncidentRules.checkNotPending(r, actionsOf(i).stream().map(a -> a.view(i.reference(), null)).toList());
        BulkAction a = new BulkAction(i.id(), r, actor.name(), now);
        em.persist(a);
        em.flush();
        audit.record(actor, role, "INCIDENT_ACTION_REQUESTED", ACTION_ENTITY, a.id().toString(), null,
                a.snapshot().toJson(), r.justification().strip());
        alerts.fire(new AlertRaised(ACTION_PENDING, AlertRaised.Severity.CRITICAL, null,
                pendingSubject(i, a), Role.SUPERVISOR, "Bulk action on incident "
                + i.reference() + " waits for a second person's approval: " + a.view(i.reference(), null).scope()));
        return a.view(i.reference(), null);
    }

    /** Four eyes: a SECURITY or SUPERVISOR member who did not request it approves; its job starts after the commit. */
    public ActionView approve(Actor actor, long actionId, Long expectedVersion, String note) {
        String role = access.require(actor, Permission.INCIDENT_ACTION_APPROVE);
        checkNote(ActionState.APPROVED, note);
        BulkAction a = loadAction(actionId, expectedVersion);
        Incident i = em.find(Incident.class, a.incidentId());
        IncidentRules.checkOpen(i.state());
        String before = a.snapshot().toJson();
        a.approve(actor.name(), role, note, clock.instant());
        flush(a);
        Map<String, String> params = new LinkedHashMap<>();
        params.put(IncidentJobWork.INCIDENT, i.reference());
        params.put(IncidentJobWork.ACTION, a.id().toString());
        params.put(IncidentJobWork.INTEGRATION, i.integrationCode());
        params.put(IncidentJobWork.CREATED_BEFORE, a.createdBefore() == null ? "" : a.createdBefore().toString());
        params.put(IncidentJobWork.WITHOUT_ALLOWLIST, Boolean.toString(a.withoutAllowlistOnly()));
        params.put(IncidentJobWork.NOTIFY, Boolean.toString(a.notifyCustomers()));
        params.put(IncidentJobWork.CASES, Boolean.toString(a.openCases()));
        params.put(IncidentJobWork.LOCK, Boolean.toString(a.protectiveLock()));
        params.put(IncidentJobWork.APPROVED_BY, actor.name());
        // the job acts as the SECURITY member who requested it (revoking is theirs); the approval is audited here
        Actor requester = new Actor(a.requestedBy(), EnumSet.of(Role.SECURITY), "incident " + i.reference());
        JobView job = jobs.submit(requester, Role.SECURITY.name(), IncidentJobWork.KIND,
                "incident:" + i.reference() + "/action:" + a.id(), params);
        a.running(job.id());
        flush(a);
        audit.record(actor, role, "INCIDENT_ACTION_APPROVED", ACTION_ENTITY, a.id().toString(), before,
                a.snapshot().toJson(), note);
        settled.fire(new AlertSettled(ACTION_PENDING, pendingSubject(i, a), "approved by " + actor.name()));
        return a.view(i.reference(), job);
    }

    /** A second person rejects the action, saying why in writing (the note, required); it never runs. */
    public ActionView reject(Actor actor, long actionId, Long expectedVersion, String note) {
        String role = access.require(actor, Permission.INCIDENT_ACTION_APPROVE);
        checkNote(ActionState.REJECTED, note);
        BulkAction a = loadAction(actionId, expectedVersion);
        Incident i = em.find(Incident.class, a.incidentId());
        String before = a.snapshot().toJson();
        a.reject(actor.name(), role, note, clock.instant());
        flush(a);
        audit.record(actor, role, "INCIDENT_ACTION_REJECTED", ACTION_ENTITY, a.id().toString(), before,
                a.snapshot().toJson(), note);
        settled.fire(new AlertSettled(ACTION_PENDING, pendingSubject(i, a), "rejected by " + actor.name()));
        return a.view(i.reference(), null);
    }

    /**
     * What approving the action would do now (the keys of its scope still active, and their accounts), for whoever
     * decides it: the console's confirmation says it before the job starts.
     */
    public ActionReach reach(Actor actor, long actionId) {
        access.require(actor, Permission.INCIDENT_ACTION_APPROVE);
        BulkAction a = loadAction(actionId, null);
        Incident i = em.find(Incident.class, a.incidentId());
        KeyDirectory.Scope s = keys.scope(actor, i.integrationCode(), a.createdBefore(), a.withoutAllowlistOnly());
        return new ActionReach(a.id(), s.activeKeys(), s.activeAccounts());
    }

    public ActionView action(Actor actor, long actionId) {
        access.require(actor, Permission.INCIDENT_READ);
        BulkAction a = loadAction(actionId, null);
        Incident i = em.find(Incident.class, a.incidentId());
        return a.view(i.reference(), a.jobId() == null ? null : jobs.find(a.jobId()).orElse(null));
    }

    /**
     * Closes the incident and, in the same transaction, withdraws its actions still waiting for a decision (each
     * audited). An approved action's job is not stopped: it runs to its end and the action becomes DONE.
     */
    public IncidentView close(Actor actor, String reference, Long expectedVersion) {
        String role = access.require(actor, Permission.INCIDENT_DECLARE);
        Incident i = loadLocked(reference);
        if (expectedVersion != null && expectedVersion != i.version()) {
            throw new StaleVersion(ENTITY, reference, expectedVersion, i.version());
        }
        String before = i.snapshot().toJson();
        i.close();
        Instant now = clock.instant();
        List<BulkAction> withdrawn = new ArrayList<>();
        Map<Long, String> actionsBefore = new LinkedHashMap<>();
        for (BulkAction a : actionsOf(i)) {
            if (IncidentRules.withdrawnOnClose(a.state())) {
                actionsBefore.put(a.id(), a.snapshot().toJson());
                a.withdraw(actor.name(), role, WITHDRAWN_ON_CLOSE, now);
                withdrawn.add(a);
            }
        }
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            // an approval of one of them committed after it was read here: read the incident again
            throw new StaleVersion("An action of incident " + reference + " was decided by someone else meanwhile; read it again");
        }
        audit.record(actor, role, "INCIDENT_CLOSED", ENTITY, i.reference(), before, i.snapshot().toJson(), null);
        settled.fire(new AlertSettled(DECLARED, "incident " + i.reference(), "incident closed by " + actor.name()));
        for (BulkAction a : withdrawn) {
            audit.record(actor, role, "INCIDENT_ACTION_WITHDRAWN", ACTION_ENTITY, a.id().toString(), actionsBefore.get(a.id()),
                    a.snapshot().toJson(), WITHDRAWN_ON_CLOSE);
            settled.fire(new AlertSettled(ACTION_PENDING, pendingSubject(i, a), "withdrawn: incident closed by " + actor.name()));
        }
        return i.view(nameOf(i.integrationCode()));
    }

    /** The job's last step: the action is done (in the job's transaction that marks it completed). */
    public void actionDone(long actionId) {
        BulkAction a = em.find(BulkAction.class, actionId);
        if (a != null) {
            a.done();
        }
    }

    /** Open incidents with their blast radius and their latest job, for the dashboard. */
    public List<IncidentDetail> openWithRadius(Actor actor, int max) {
        access.require(actor, Permission.INCIDENT_READ);
        return em.createNamedQuery(Incident.NEWEST, Incident.class).setMaxResults(max).getResultStream()
                .filter(i -> i.state() == io.redress.incidents.domain.IncidentState.OPEN)
                .map(i -> new IncidentDetail(i.view(nameOf(i.integrationCode())), radius(actor, i), actions(i))).toList();
    }

    private BlastRadius radius(Actor actor, Incident i) {
        long started = System.nanoTime();
        KeyDirectory.Exposure e = keys.exposure(actor, i.integrationCode(), i.suspectedSince(), TOP_ACCOUNTS);
        return new BlastRadius(e.integrationCode(), e.keys(), e.activeKeys(), e.accounts(), e.activeWithoutAllowlist(),
                e.activeWithWithdraw(), i.suspectedSince(), e.anomalies(), e.anomalousAccounts(),
                e.topAccounts().stream().map(t -> new BlastRadius.TopAccount(t.accountId(), t.valueTraded(), t.trades())).toList(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** The subject of an action's INCIDENT_ACTION_PENDING alert, raised on its request, settled on its decision. */
    private static String pendingSubject(Incident i, BulkAction a) {
        return "incident " + i.reference() + " action " + a.id();
    }

    private List<ActionView> actions(Incident i) {
        return actionsOf(i).stream()
                .map(a -> a.view(i.reference(), a.jobId() == null ? null : jobs.find(a.jobId()).orElse(null))).toList();
    }

    private List<BulkAction> actionsOf(Incident i) {
        return em.createNamedQuery(BulkAction.FOR_INCIDENT, BulkAction.class).setParameter("incident", i.id()).getResultList();
    }

    Optional<Incident> find(String reference) {
        return em.createNamedQuery(Incident.BY_REFERENCE, Incident.class).setParameter("reference", reference)
                .getResultStream().findFirst();
    }

    private Incident load(String reference) {
        return find(reference).orElseThrow(() -> new NotFound(ENTITY, reference));
    }

    /**
     * The incident with its row locked to the commit. Requesting an action and closing the incident both take it
     * first, so they happen one at a time per incident: of two identical requests at once the second waits, then
     * finds the first and is refused; a request waiting on a close finds the incident closed, and a close waiting on
     * a request withdraws it. The incident's version is not moved: an action requested is not a change to the incident.
     */
    private Incident loadLocked(String reference) {
        return em.createNamedQuery(Incident.BY_REFERENCE, Incident.class).setParameter("reference", reference)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound(ENTITY, reference));
    }

    private BulkAction loadAction(long actionId, Long expectedVersion) {
        BulkAction a = em.find(BulkAction.class, actionId);
        if (a == null) {
            throw new NotFound(ACTION_ENTITY, Long.toString(actionId));
        }
        if (expectedVersion != null && expectedVersion != a.version()) {
            throw new StaleVersion(ACTION_ENTITY, Long.toString(actionId), expectedVersion, a.version());
        }
        return a;
    }

    private static void checkNote(ActionState decision, String note) {
        List<FieldError> errors = IncidentRules.checkNote(decision, note);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }

    private void flush(BulkAction a) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersion(ACTION_ENTITY + " " + a.id() + " was changed by someone else; read it again");
        }
    }

    private String nameOf(String code) {
        return keys.integration(code).map(IntegrationView::name).orElse(code);
    }
}
