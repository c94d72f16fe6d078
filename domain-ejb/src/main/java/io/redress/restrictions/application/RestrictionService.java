package io.redress.restrictions.application;

import io.redress.accounts.api.AccountFacts;
import io.redress.accounts.api.AccountStatus;
import io.redress.accounts.api.Accounts;
import io.redress.audit.application.AuditTrail;
import io.redress.restrictions.api.ComplaintRecorded;
import io.redress.restrictions.domain.ApprovalRules;
import io.redress.restrictions.domain.ComplaintActivity;
import io.redress.restrictions.domain.ComplaintRecord;
import io.redress.restrictions.domain.ComplaintSignal;
import io.redress.restrictions.domain.CustomerMeasure;
import io.redress.restrictions.domain.KeptStanding;
import io.redress.restrictions.domain.Measure;
import io.redress.restrictions.domain.NoticeWriter;
import io.redress.restrictions.domain.ReasonView;
import io.redress.restrictions.domain.RequestRules;
import io.redress.restrictions.domain.Restriction;
import io.redress.restrictions.domain.RestrictionRequest;
import io.redress.restrictions.domain.RestrictionState;
import io.redress.restrictions.domain.RestrictionView;
import io.redress.restrictions.domain.RetaliationGuard;
import io.redress.restrictions.domain.Violation;
import io.redress.shared.application.Access;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.InvalidInput;
import io.redress.shared.domain.KeysetCursor;
import io.redress.shared.domain.NotFound;
import io.redress.shared.domain.Permission;
import io.redress.shared.domain.Role;
import io.redress.shared.domain.RuleViolation;
import io.redress.shared.domain.StaleVersion;
import io.redress.shared.domain.TablePage;
import io.redress.shared.domain.TableQuery;
import io.redress.shared.domain.WrittenReason;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Restrictions with due process: requested with a catalogue reason, evidence and a justification; decided
 * by someone else with the right role; guarded against retaliation; announced to the customer with a fair
 * window and the right to appeal; every step audited.
 */
@Stateless
public class RestrictionService {

    public static final String ENTITY = "Restriction";

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    Access access;
    @Inject
    AuditTrail audit;
    @Inject
    ReasonCatalogue catalogue;
    @Inject
    ComplaintActivity complaints;
    @Inject
    Accounts accounts;
    @Inject
    StandingKeeper standing;
    @Inject
    NoticeService notices;
    @Inject
    Clock clock;

    /** What the approver will face: the guard's assessment and the role the approval needs. */
    public record PendingRestriction(RestrictionView restriction, ReasonView reason, boolean guardApplies,
                                     String complaintSummary, Role approverRoleNeeded) {
    }

    /**
     * What {@code actor} may do with a pending request, before they write anything: screens offer Approve and Reject only
     * to those the permission catalogue and the four-eyes and approver-role rules allow, and say why not to the others.
     */
    public record DecisionRights(boolean mayApprove, List<Violation> approveRefusals, boolean mayReject,
                                 List<Violation> rejectRefusals) implements java.io.Serializable {
        public DecisionRights {
            approveRefusals = List.copyOf(approveRefusals);
            rejectRefusals = List.copyOf(rejectRefusals);
        }

        public boolean mayDecide() {
            return mayApprove || mayReject;
        }

        /** Why not, in the domain's English (screens say {@link #approveRefusals()} in their reader's language). */
        public String whyNotApprove() {
            return mayApprove ? null : approveRefusals.stream().map(Violation::message).collect(Collectors.joining("; "));
        }

        public String whyNotReject() {
            return mayReject ? null : rejectRefusals.stream().map(Violation::message).collect(Collectors.joining("; "));
        }
    }

    public DecisionRights rights(Actor actor, PendingRestriction p) {
        RestrictionView r = p.restriction();
        List<Violation> approve = !Permission.RESTRICTION_APPROVE.allows(actor)
                ? List.of(new Violation("access-denied", "Your roles do not approve restrictions"))
                : ApprovalRules.whoMayApprove(actor, r.requestedBy(), r.measure(),
                        p.reason() == null ? Role.SUPERVISOR : p.reason().approverRole(),
                        new RetaliationGuard.Assessment(p.guardApplies(), p.complaintSummary()));
        List<Violation> reject = !Permission.RESTRICTION_REJECT.allows(actor)
                ? List.of(new Violation("access-denied", "Your roles do not reject restrictions"))
                : ApprovalRules.whoMayReject(actor, r.requestedBy());
        return new DecisionRights(approve.isEmpty(), approve, reject.isEmpty(), reject);
    }

    public RestrictionView request(Actor actor, String accountId, RestrictionRequest request) {
        String role = access.require(actor, Permission.RESTRICTION_REQUEST);
        List<FieldError> errors = RequestRules.checkFields(request);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        AccountFacts account = account(accountId);
        Optional<ReasonView> reason = request.measure() == Measure.LIFT ? Optional.empty() : catalogue.find(request.reasonCode());
        Optional<RestrictionView> target = request.measure() == Measure.LIFT && request.liftsRestrictionId() != null
                ? Optional.ofNullable(em.find(Restriction.class, request.liftsRestrictionId())).map(Restriction::view)
                : Optional.empty();
        List<Violation> violations = new java.util.ArrayList<>(
                RequestRules.checkRules(request, reason, statusOf(account), target, accountId, catalogue.windowFloorDays()));
        violations.addAll(RequestRules.checkDuplicate(request, reason.map(ReasonView::revision).orElse(null), pendingOn(accountId)));
        refuseIfAny(actor, "restriction.request", accountId, accountId, violations);
        Restriction restriction = new Restriction(accountId, request, reason.map(ReasonView::revision).orElse(null),
                actor.name(), clock.instant());
        em.persist(restriction);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (!violates(e, "restriction_pending_once")) {
                throw e;
            }
            // the unique pending key: an identical request committed between the check above and this insert
            throw refuse(actor, "restriction.request", accountId, accountId, List.of(new Violation("duplicate-pending",
                    "The same request for this account was made a moment ago and is waiting for a decision")));
        }
        audit.recordFor(accountId, actor, role, "RESTRICTION_REQUESTED", ENTITY, restriction.id().toString(), null,
                restriction.snapshot().toJson(), request.justification());
        return restriction.view();
    }

    public RestrictionView approve(Actor actor, long id, Long expectedVersion, String note, String attestation) {
        access.require(actor, Permission.RESTRICTION_APPROVE);
        Restriction r = pending(id, expectedVersion);
        PendingRestriction p = assess(r);
        Role reasonRole = p.reason() == null ? Role.SUPERVISOR : p.reason().approverRole();
        RetaliationGuard.Assessment guard = new RetaliationGuard.Assessment(p.guardApplies(), p.complaintSummary());
        List<Violation> violations = new java.util.ArrayList<>(
                ApprovalRules.check(actor, r.requestedBy(), r.measure(), reasonRole, guard, attestation));
        violations.addAll(RequestRules.stillInForce(r.reasonCode(), r.reasonRevision(), Optional.ofNullable(p.reason())));
        refuseIfAny(actor, "restriction.approve", r.accountId(), Long.toString(id), violations);
        String role = ApprovalRules.actingRole(actor, ApprovalRules.requiredRole(r.measure(), reasonRole, guard)).name();
        Instant now = clock.instant();
        String before = r.snapshot().toJson();
        try {
            r.approve(actor.name(), role, note, attestation, guard.applies(), guard.summary(), now);
            Restriction lifted = null;
            if (r.measure() == Measure.LIFT) {
                lifted = em.find(Restriction.class, r.liftsRestrictionId());
                if (lifted == null || lifted.state() != RestrictionState.APPROVED) {
                    throw RuleViolation.of("lift-target-not-in-force", "Restriction " + r.liftsRestrictionId()
                            + " is no longer in force", r.liftsRestrictionId());
                }
                String liftedBefore = lifted.snapshot().toJson();
                lifted.lift(actor.name(), now);
                em.flush();
                audit.recordFor(r.accountId(), actor, role, "RESTRICTION_LIFTED", ENTITY, lifted.id().toString(), liftedBefore,
                        lifted.snapshot().toJson(), "lifted by restriction " + id);
            }
            em.flush();
            audit.recordFor(r.accountId(), actor, role, "RESTRICTION_APPROVED", ENTITY, Long.toString(id), before, r.snapshot().toJson(),
                    guard.applies() ? "after complaint activity; attestation: " + attestation : note);
            standing.recompute(actor, role, r.accountId(), "restriction " + id + " approved");
            boolean confidential = confidential(r.accountId());
            notices.issue(actor, role, r.accountId(), r.id(), r.measure() == Measure.LIFT ? "RESTRICTION_LIFTED" : "RESTRICTION_APPLIED",
                    r.measure() == Measure.LIFT ? NoticeWriter.lifted()
                            : NoticeWriter.applied(r.measure(), p.reason(), r.windowEndsAt(), confidential),
                    r.measure() == Measure.LIFT || NoticeWriter.discloses(p.reason(), confidential), r.windowEndsAt(),
                    r.measure() != Measure.LIFT);
        } catch (OptimisticLockException e) {
            throw new StaleVersion("Restriction " + id + " was decided by someone else at the same time");
        }
        return r.view();
    }

    public RestrictionView reject(Actor actor, long id, Long expectedVersion, String reason) {
        String role = access.require(actor, Permission.RESTRICTION_REJECT);
        WrittenReason.require("reason", reason);
        Restriction r = pending(id, expectedVersion);
        refuseIfAny(actor, "restriction.reject", r.accountId(), Long.toString(id), ApprovalRules.whoMayReject(actor, r.requestedBy()));
        String before = r.snapshot().toJson();
        try {
            r.reject(actor.name(), role, reason.trim(), clock.instant());
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersion("Restriction " + id + " was decided by someone else at the same time");
        }
        audit.recordFor(r.accountId(), actor, role, "RESTRICTION_REJECTED", ENTITY, Long.toString(id), before, r.snapshot().toJson(), reason);
        return r.view();
    }

    public RestrictionView cancel(Actor actor, long id, Long expectedVersion) {
        String role = access.require(actor, Permission.RESTRICTION_CANCEL);
        Restriction r = pending(id, expectedVersion);
        if (!actor.name().equals(r.requestedBy())) {
            throw refuse(actor, "restriction.cancel", r.accountId(), Long.toString(id),
                    List.of(new Violation("not-requester", "Only the requester cancels a request; others reject it")));
        }
        String before = r.snapshot().toJson();
        r.cancel(clock.instant());
        em.flush();
        audit.recordFor(r.accountId(), actor, role, "RESTRICTION_CANCELLED", ENTITY, Long.toString(id), before, r.snapshot().toJson(), null);
        return r.view();
    }

    public RestrictionView get(Actor actor, long id) {
        access.require(actor, Permission.RESTRICTION_READ);
        return Optional.ofNullable(em.find(Restriction.class, id)).map(Restriction::view)
                .orElseThrow(() -> new NotFound("Restriction", Long.toString(id)));
    }

    public List<RestrictionView> forAccount(Actor actor, String accountId) {
        access.require(actor, Permission.RESTRICTION_READ);
        return em.createNamedQuery(Restriction.FOR_ACCOUNT, Restriction.class).setParameter("account", accountId)
                .setMaxResults(200).getResultList().stream().map(Restriction::view).toList();
    }

    /**
     * A restriction as the customer may see it (for the exchange's systems): only while in force, with the public
     * reason; anything else is "not found", so the exchange cannot even learn that a measure is pending.
     */
    public CustomerMeasure customerView(Actor actor, long id) {
        access.require(actor, Permission.RESTRICTION_READ_CUSTOMER_VIEW);
        return Optional.ofNullable(em.find(Restriction.class, id))
                .flatMap(r -> CustomerMeasure.of(r.view(), catalogue.find(r.reasonCode()), confidential(r.accountId())))
                .orElseThrow(() -> new NotFound("Restriction", Long.toString(id)));
    }

    /** The measures in force on an account as the customer may see them (for the exchange's systems). */
    public List<CustomerMeasure> customerMeasures(Actor actor, String accountId) {
        access.require(actor, Permission.RESTRICTION_READ_CUSTOMER_VIEW);
        boolean confidential = confidential(accountId);
        return em.createNamedQuery(Restriction.IN_FORCE_FOR_ACCOUNT, Restriction.class).setParameter("account", accountId)
                .setMaxResults(200).getResultList().stream()
                .flatMap(r -> CustomerMeasure.of(r.view(), catalogue.find(r.reasonCode()), confidential).stream()).toList();
    }

    private boolean confidential(String accountId) {
        return accounts.find(accountId).map(AccountFacts::confidential).orElse(true);
    }

    /** The most pending requests one page of the approval inbox over REST holds. */
    public static final int INBOX_MAX_SIZE = 500;

    /** One page of the approval inbox, oldest request first; {@code next} is the cursor of the page after it, if any. */
    public record InboxPage(List<PendingRestriction> items, String next) {
    }

    /**
     * The approval inbox: pending requests with what the approver must know before deciding, oldest first, keyset-paged
     * by (requested at, id) after {@code after} (a page's {@code next}; none: from the oldest).
     */
    public InboxPage inbox(Actor actor, String after, int size) {
        access.require(actor, Permission.RESTRICTION_INBOX);
        List<FieldError> errors = new ArrayList<>();
        Optional<KeysetCursor> cursor = KeysetCursor.decode(after, errors);
        if (size < 1 || size > INBOX_MAX_SIZE) {
            errors.add(FieldError.of("size", FieldError.Code.BETWEEN, "1 to " + INBOX_MAX_SIZE, 1, INBOX_MAX_SIZE));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        TypedQuery<Restriction> q = em.createNamedQuery(cursor.isPresent() ? Restriction.BY_STATE_AFTER : Restriction.BY_STATE,
                Restriction.class).setParameter("state", RestrictionState.REQUESTED);
        cursor.ifPresent(c -> q.setParameter("at", c.at()).setParameter("id", c.id()));
        List<Restriction> rows = q.setMaxResults(size + 1).getResultList();
        String next = null;
        if (rows.size() > size) {
            rows = rows.subList(0, size);
            Restriction last = rows.get(size - 1);
            next = new KeysetCursor(last.requestedAt(), last.id()).encode();
        }
        return new InboxPage(rows.stream().map(this::assess).toList(), next);
    }

    /**
     * The approval inbox table's sortable columns and what each sorts by. The role an approval needs sorts COMPLIANCE
     * before SUPERVISOR, the only two a reason may name ({@code CatalogueRules}).
     */
    public static final Map<String, String> INBOX_SORTABLE = Map.of("id", "r.id", "account", "r.accountId",
            "measure", "r.measure", "reason", "r.reasonCode", "requestedBy", "r.requestedBy", "requestedAt", "r.requestedAt",
            "approverRole", "CASE WHEN " + InboxSql.NEEDS_COMPLIANCE + " THEN 0 ELSE 1 END");
    /** Column filters: contained, in any case (the reason's code or title); the measure exactly. */
    public static final Set<String> INBOX_FILTERABLE = Set.of("account", "measure", "reason", "requestedBy");

    /**
     * One page of the approval inbox, oldest request first unless another column is asked for, counted, filtered, sorted
     * and paged in the database; only the page's rows are assessed. With {@code mayApproveOnly}, only the requests
     * {@link #rights} lets the actor approve (a second person, not their own request, holding the role the approval
     * needs), decided by the database too ({@link InboxSql#mayApprove}), so the count and the pages stay exact.
     */
    public TablePage<PendingRestriction> inboxTable(Actor actor, boolean mayApproveOnly, TableQuery query) {
        access.require(actor, Permission.RESTRICTION_INBOX);
        query.check(INBOX_SORTABLE.keySet(), INBOX_FILTERABLE);
        Instant now = clock.instant();
        StringBuilder where = new StringBuilder(" FROM Restriction r WHERE r.state = :state");
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("state", RestrictionState.REQUESTED);
        if (mayApproveOnly) {
            String mayApprove = Permission.RESTRICTION_APPROVE.allows(actor) ? InboxSql.mayApprove(actor, params, now) : null;
            if (mayApprove == null) {
                return new TablePage<>(List.of(), 0);
            }
            where.append(mayApprove);
        }
        if (query.filter("measure") != null) {
            Optional<Measure> measure = java.util.Arrays.stream(Measure.values())
                    .filter(m -> m.name().equals(query.filter("measure"))).findFirst();
            if (measure.isEmpty()) {
                return new TablePage<>(List.of(), 0);
            }
            where.append(" AND r.measure = :measure");
            params.put("measure", measure.get());
        }
        contains(query, "account", "r.accountId", where, params);
        contains(query, "requestedBy", "r.requestedBy", where, params);
        if (query.filter("reason") != null) {
            where.append(" AND (LOWER(r.reasonCode) LIKE :reason ESCAPE '!' OR EXISTS (SELECT t.code FROM RestrictionReason t")
                    .append(" WHERE t.code = r.reasonCode AND LOWER(t.terms.title) LIKE :reason ESCAPE '!'))");
            params.put("reason", TableQuery.containsPattern(query.lowerFilter("reason")));
        }
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(r)" + where, Long.class);
        params.forEach(count::setParameter);
        long total = count.getSingleResult();
        if (total == 0 || query.first() >= total) {
            return new TablePage<>(List.of(), total);
        }
        String sort = query.sortField() == null ? "requestedAt" : query.sortField();
        if ("approverRole".equals(sort)) {
            InboxSql.roleParameters(params, now);
        }
        String dir = query.descending() ? " DESC" : " ASC";
        String nulls = "reason".equals(sort) ? (query.descending() ? " NULLS FIRST" : " NULLS LAST") : "";
        TypedQuery<Restriction> page = em.createQuery("SELECT r" + where + " ORDER BY " + INBOX_SORTABLE.get(sort) + dir + nulls
                + ", r.id ASC", Restriction.class);
        params.forEach(page::setParameter);
        return new TablePage<>(page.setFirstResult(query.first()).setMaxResults(query.size()).getResultList().stream()
                .map(r -> assess(r, now)).toList(), total);
    }

    /**
     * How many pending requests {@code actor} may approve: the total of the inbox's "only what I may decide", which the
     * home page shows.
     */
    public long approvableCount(Actor actor) {
        if (!Permission.RESTRICTION_APPROVE.allows(actor)) {
            return 0;
        }
        Map<String, Object> params = new java.util.HashMap<>();
        String mayApprove = InboxSql.mayApprove(actor, params, clock.instant());
        if (mayApprove == null) {
            return 0;
        }
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(r) FROM Restriction r WHERE r.state = :state" + mayApprove, Long.class);
        params.forEach(count::setParameter);
        return count.setParameter("state", RestrictionState.REQUESTED).getSingleResult();
    }

    private static void contains(TableQuery query, String column, String path, StringBuilder where, Map<String, Object> params) {
        if (query.filter(column) != null) {
            where.append(" AND LOWER(").append(path).append(") LIKE :f_").append(column).append(" ESCAPE '!'");
            params.put("f_" + column, TableQuery.containsPattern(query.lowerFilter(column)));
        }
    }

    public PendingRestriction pendingDetails(Actor actor, long id) {
        access.require(actor, Permission.RESTRICTION_INBOX);
        return assess(Optional.ofNullable(em.find(Restriction.class, id))
                .orElseThrow(() -> new NotFound("Restriction", Long.toString(id))));
    }

    /** Every restriction that followed complaint activity, for compliance officers and auditors. */
    public List<RestrictionView> afterComplaints(Actor actor) {
        access.require(actor, Permission.REPORT_RESTRICTIONS_AFTER_COMPLAINTS);
        return em.createNamedQuery(Restriction.AFTER_COMPLAINTS, Restriction.class).setMaxResults(1000)
                .getResultList().stream().map(Restriction::view).toList();
    }

    /** Records a complaint case or public post against an account, for the retaliation guard; returns it as recorded. */
    public ComplaintSignal recordComplaint(Actor actor, String accountId, ComplaintRecorded.Kind kind, String reference, Instant at) {
        String role = access.require(actor, Permission.COMPLAINT_RECORD);
        if (reference == null || reference.isBlank() || reference.length() > 256) {
            throw new InvalidInput(FieldError.of("reference", FieldError.Code.TICKET_OR_URL, "1 to 256 characters: a ticket number or the post's URL"));
        }
        account(accountId);
        Instant when = at == null ? clock.instant() : at;
        if (when.isAfter(clock.instant().plusSeconds(300))) {
            throw new InvalidInput(FieldError.of("occurredAt", FieldError.Code.IN_FUTURE, "cannot be in the future"));
        }
        ComplaintRecord record = new ComplaintRecord(accountId, kind, reference.trim(), when, actor.name());
        em.persist(record);
        em.flush();
        audit.record(actor, role, "COMPLAINT_RECORDED", "Account", accountId, null,
                "{\"kind\":\"" + kind + "\",\"id\":" + record.id() + "}", reference);
        return record.signal();
    }

    public List<ComplaintSignal> recentComplaints(Actor actor, String accountId) {
        access.require(actor, Permission.COMPLAINT_READ);
        return complaints.since(accountId, RetaliationGuard.lookbackStart(clock.instant()));
    }

    /** The pending request with what its approver must know: the guard's assessment and the role the approval needs. */
    public PendingRestriction assess(Restriction r) {
        return assess(r, clock.instant());
    }

    /** {@link #assess(Restriction)} as of {@code now}: the inbox assesses its page as of the instant it counted. */
    private PendingRestriction assess(Restriction r, Instant now) {
        ReasonView reason = catalogue.find(r.reasonCode()).orElse(null);
        RetaliationGuard.Assessment guard = RetaliationGuard.assess(r.measure(),
                complaints.since(r.accountId(), RetaliationGuard.lookbackStart(now)));
        Role needed = ApprovalRules.requiredRole(r.measure(), reason == null ? Role.SUPERVISOR : reason.approverRole(), guard);
        return new PendingRestriction(r.view(), reason, guard.applies(), guard.summary(), needed);
    }

    private Restriction pending(long id, Long expectedVersion) {
        Restriction r = Optional.ofNullable(em.find(Restriction.class, id))
                .orElseThrow(() -> new NotFound("Restriction", Long.toString(id)));
        if (expectedVersion != null && expectedVersion != r.version()) {
            throw new StaleVersion(ENTITY, Long.toString(id), expectedVersion, r.version());
        }
        if (r.state() != RestrictionState.REQUESTED) {
            throw new StaleVersion("Restriction " + id + " is already " + r.state());
        }
        return r;
    }

    private AccountStatus statusOf(AccountFacts account) {
        return Optional.ofNullable(em.find(KeptStanding.class, account.accountId())).map(KeptStanding::status)
                .orElse(AccountStatus.ACTIVE);
    }

    private static boolean violates(Throwable e, String index) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains(index)) {
                return true;
            }
        }
        return false;
    }

    private List<RestrictionView> pendingOn(String accountId) {
        return em.createNamedQuery(Restriction.FOR_ACCOUNT, Restriction.class).setParameter("account", accountId).getResultList()
                .stream().filter(r -> r.state() == RestrictionState.REQUESTED).map(Restriction::view).toList();
    }

    private AccountFacts account(String accountId) {
        return accounts.find(accountId).orElseThrow(() -> new NotFound("Account", accountId));
    }

    private void refuseIfAny(Actor actor, String action, String accountId, String entityId, List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw refuse(actor, action, accountId, entityId, violations);
        }
    }

    /** A due-process refusal is itself audited, in its own transaction, before the caller's rolls back. */
    private RuleViolation refuse(Actor actor, String action, String accountId, String entityId, List<Violation> violations) {
        String rules = violations.stream().map(Violation::rule).collect(Collectors.joining(","));
        String message = violations.stream().map(Violation::message).collect(Collectors.joining("; "));
        audit.recordIndependentlyFor(accountId, actor, "DUE_PROCESS_REFUSED", ENTITY, entityId, action + " [" + rules + "]: " + message);
        return new RuleViolation(violations.get(0).rule(), message, violations.stream().map(Violation::rule).toList(),
                violations.stream().map(Violation::message).toList(), violations.stream().map(Violation::arguments).toList());
    }
}
