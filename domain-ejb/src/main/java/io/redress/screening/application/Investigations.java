package io.redress.screening.application;

import io.redress.accounts.api.ConfidentialityRequired;
import io.redress.alerts.api.AlertRaised;
import io.redress.alerts.api.AlertSettled;
import io.redress.audit.application.AuditTrail;
import io.redress.cases.api.MessageTemplates;
import io.redress.messaging.api.CustomerMessageRequested;
import io.redress.screening.domain.AuthorityAnswer;
import io.redress.screening.domain.FilingReport;
import io.redress.screening.domain.InvestigationOutcome;
import io.redress.screening.domain.DepositHeld;
import io.redress.screening.domain.DepositScreening;
import io.redress.screening.domain.Investigation;
import io.redress.screening.domain.InvestigationDetail;
import io.redress.screening.domain.InvestigationNote;
import io.redress.screening.domain.InvestigationNoteView;
import io.redress.screening.domain.InvestigationRow;
import io.redress.screening.domain.InvestigationRules;
import io.redress.screening.domain.InvestigationView;
import io.redress.screening.domain.ReportDeadline;
import io.redress.screening.domain.ScreeningLetter;
import io.redress.screening.domain.RiskReview;
import io.redress.shared.application.Access;
import io.redress.shared.domain.AccountIdentifier;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.InvalidInput;
import io.redress.shared.domain.NotFound;
import io.redress.shared.domain.Permission;
import io.redress.shared.domain.Role;
import io.redress.shared.domain.RuleViolation;
import io.redress.shared.domain.Snapshot;
import io.redress.shared.domain.StaleVersion;
import io.redress.shared.domain.StorableText;
import io.redress.shared.infrastructure.CommitWait;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Confidential investigations of held and frozen deposits, for COMPLIANCE (AUDITOR reads): opened with the hold, due
 * within the report deadline; an outcome proposed by one officer and approved by another; a release lifts the hold at
 * once and tells the customer in a neutral text; a report keeps the funds frozen until the authority's answer.
 */
@Stateless
public class Investigations {


    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    Access access;
    @Inject
    CommitWait commitWait;
    @Inject
    AuditTrail audit;
    @Inject
    Event<AlertRaised> alerts;
    @Inject
    Event<AlertSettled> settled;
    @Inject
    Event<CustomerMessageRequested> messages;
    @Inject
    Event<ConfidentialityRequired> confidentiality;
    @Inject
    MessageTemplates templates;
    @Inject
    Clock clock;
    @Inject
    ScreeningSettings settings;

    /** Alerts of an investigation's deadline, raised by the deadline timer, resolved when it is decided. */
    static final String DEADLINE_NEAR = "INVESTIGATION_DEADLINE_NEAR";
    static final String OVERDUE = "INVESTIGATION_OVERDUE";
    private static final List<Investigation.State> AWAITING_STATES = List.of(Investigation.State.OPEN,
            Investigation.State.RELEASE_PROPOSED, Investigation.State.REPORT_PROPOSED);
    private static final List<Investigation.State> OPEN_STATES = List.of(Investigation.State.OPEN,
            Investigation.State.RELEASE_PROPOSED, Investigation.State.REPORT_PROPOSED, Investigation.State.REPORTED);

    /** Opens the investigation of a deposit just held or frozen, in the screening's transaction. */
    public void open(@Observes DepositHeld held) {
        Instant now = clock.instant();
        // the report deadline follows the jurisdiction the exchange operates the account under (the screening read it)
        Investigation i = new Investigation(held, now, settings.deadlines().forJurisdiction(held.jurisdiction()));
        em.persist(i);
        // while an investigation is open, messages to the account pass the forbidden-terms check point
        confidentiality.fire(new ConfidentialityRequired(held.accountId(), true, "A risk review of a deposit is open",
                Actor.system(), Role.COMPLIANCE.name()));
        // the account was made confidential just above: the outbox's check point need not read the flag back
        tell(em.find(DepositScreening.class, held.screeningId()), "DEPOSIT_UNDER_REVIEW", ScreeningLetter.RESTRICTED, true);
    }

    /**
     * Tells the customer, in their language, through the one outbox: the message catalogue's neutral template (nothing
     * about an investigation: tipping-off), with the deposit's asset and transaction.
     */
    private void tell(DepositScreening s, String kind, String templateCode, boolean confidentialKnown) {
        MessageTemplates.Template t = templates.find(templateCode, ScreeningLetter.language(s.language()))
                .orElseThrow(() -> new IllegalStateException("No template " + templateCode + " in the message catalogue"));
        messages.fire(new CustomerMessageRequested(CustomerMessageRequested.newKey(), "screening", kind, s.accountId(),
                "deposit-screening:" + s.id(), "ACCOUNT_INBOX", null, t.language(),
                ScreeningLetter.fill(t.subject(), s.asset(), s.txHash()), ScreeningLetter.fill(t.body(), s.asset(), s.txHash()),
                templateCode, null, Actor.system(), Role.COMPLIANCE.name(), true, confidentialKnown));
    }

    public List<InvestigationView> list(Actor actor, String accountId, boolean open) {
        access.require(actor, Permission.INVESTIGATION_READ);
        AccountIdentifier.problem("accountId", accountId).ifPresent(e -> {
            throw new InvalidInput(e);
        });
        Set<Investigation.State> states = open ? EnumSet.of(Investigation.State.OPEN, Investigation.State.RELEASE_PROPOSED,
                Investigation.State.REPORT_PROPOSED, Investigation.State.REPORTED) : EnumSet.allOf(Investigation.State.class);
        var query = accountId == null ? em.createNamedQuery(Investigation.IN_STATES, Investigation.class)
                : em.createNamedQuery(Investigation.OF_ACCOUNT, Investigation.class).setParameter("account", accountId);
        return query.setParameter("states", new ArrayList<>(states)).setMaxResults(500).getResultList().stream()
                .map(Investigation::view).toList();
    }

    public InvestigationView get(Actor actor, long id) {
        access.require(actor, Permission.INVESTIGATION_READ);
        return find(id, null).view();
    }

    /**
     * Compliance's list: the open ones (awaiting an outcome or the authority's answer), those awaiting an outcome first
     * by deadline; or the closed ones (released, or answered by the authority), the most recently opened first. Each
     * with its deposit's amounts and rules and how near its deadline is. At most 500.
     */
    public List<InvestigationRow> board(Actor actor, boolean open) {
        access.require(actor, Permission.INVESTIGATION_READ);
        List<Investigation.State> states = open ? OPEN_STATES : List.of(Investigation.State.RELEASED, Investigation.State.CLOSED);
        Instant now = clock.instant();
        List<InvestigationRow> rows = new ArrayList<>();
        for (Object[] pair : em.createNamedQuery(open ? Investigation.BOARD_OPEN : Investigation.BOARD_CLOSED, Object[].class)
                .setParameter("states", states).setMaxResults(500).getResultList()) {
            Investigation i = (Investigation) pair[0];
            DepositScreening s = (DepositScreening) pair[1];
            rows.add(new InvestigationRow(i.view(), s.asset(), plain(s.amount()), plain(s.coveredAmount()), s.inForce(),
                    s.reasons(), ReportDeadline.of(i.state(), i.dueAt(), i.nearAt(), now), ReportDeadline.daysLeft(i.dueAt(), now)));
        }
        if (open) {
            // an outcome to decide comes before a report waiting for the authority's answer
            rows.sort(Comparator.comparing((InvestigationRow r) -> !r.investigation().state().awaitsDecision()));
        }
        return rows;
    }

    /** The investigation with its deposit's screening (exposure, evidence paths), its notes newest first, its deadline. */
    public InvestigationDetail detail(Actor actor, long id) {
        access.require(actor, Permission.INVESTIGATION_READ);
        Investigation i = find(id, null);
        DepositScreening s = em.find(DepositScreening.class, i.screeningId());
        Instant now = clock.instant();
        return new InvestigationDetail(i.view(), DepositScreener.view(s, ExposureJson.read(s.exposureJson()), true),
                notesOf(id), ReportDeadline.of(i.state(), i.dueAt(), i.nearAt(), now), ReportDeadline.daysLeft(i.dueAt(), now));
    }

    /**
     * An approved report as the table filed with the authority ({@link FilingReport}): for compliance and auditors,
     * refused ({@code report-not-approved}) until a second officer approved a REPORT outcome. Each export is audited.
     */
    public List<List<Object>> filingReport(Actor actor, long id) {
        String role = access.require(actor, Permission.INVESTIGATION_READ);
        InvestigationDetail d = detail(actor, id);
        if (!d.investigation().reportApproved()) {
            throw new RuleViolation("report-not-approved",
                    "Investigation " + id + " has no report yet: a REPORT outcome must be proposed and approved by a second officer");
        }
        List<List<Object>> rows = FilingReport.rows(d.investigation(), d.screening());
        audit.record(actor, role, "INVESTIGATION_REPORT_EXPORTED", "Investigation", Long.toString(id), null,
                Snapshot.of().with("rows", rows.size()).toJson(), null);
        return rows;
    }

    /** Compliance adds an internal note (in any state: a closed case may still be annotated); audited. */
    public InvestigationNoteView addNote(Actor actor, long id, String text) {
        return addNote(actor, id, text, List.of());
    }

    /** With the errors the request's JSON already had (wrong types), reported after the caller's authorization. */
    public InvestigationNoteView addNote(Actor actor, long id, String text, List<FieldError> bodyErrors) {
        String role = access.require(actor, Permission.INVESTIGATION_NOTE);
        List<FieldError> errors = new ArrayList<>(bodyErrors);
        String checked = bodyErrors.stream().anyMatch(e -> e.field().equals("text")) ? null
                : InvestigationRules.noteText(text, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Investigation i = find(id, null);
        InvestigationNote note = new InvestigationNote(i.id(), checked, actor.name(), clock.instant());
        em.persist(note);
        em.flush();
        // off the account's timeline (other staff read it): the investigation's own record, for auditors
        audit.record(actor, role, "INVESTIGATION_NOTE_ADDED", "Investigation", Long.toString(id), null,
                Snapshot.of().with("noteId", note.id()).with("length", checked.length()).toJson(), checked);
        return note.view();
    }

    public List<InvestigationNoteView> notes(Actor actor, long id) {
        access.require(actor, Permission.INVESTIGATION_READ);
        find(id, null);
        return notesOf(id);
    }

    /**
     * Whether the account is under a risk review: any staff member may know that much; the investigations only who may
     * read them (compliance, auditors), nobody else (no category, path, amount or note).
     */
    public RiskReview riskReview(Actor actor, String accountId) {
        access.require(actor, Permission.RISK_REVIEW_READ);
        List<Investigation> open = em.createNamedQuery(Investigation.OF_ACCOUNT, Investigation.class)
                .setParameter("account", accountId).setParameter("states", OPEN_STATES).setMaxResults(100).getResultList();
        boolean details = Permission.INVESTIGATION_READ.allows(actor);
        return new RiskReview(accountId, !open.isEmpty(), details ? open.stream().map(Investigation::view).toList() : List.of());
    }

    /** The open investigations awaiting an outcome: how many, how many near their deadline, how many past it. */
    public ReportDeadline.Counts deadlines(Actor actor) {
        access.require(actor, Permission.INVESTIGATION_READ);
        Instant now = clock.instant();
        Object[] n = em.createNamedQuery(Investigation.DEADLINE_COUNTS, Object[].class).setParameter("states", AWAITING_STATES)
                .setParameter("now", now).getSingleResult();
        return new ReportDeadline.Counts(number(n[0]), number(n[1]), number(n[2]));
    }

    private static long number(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private List<InvestigationNoteView> notesOf(long id) {
        return em.createNamedQuery(InvestigationNote.OF_INVESTIGATION, InvestigationNote.class).setParameter("investigation", id)
                .setMaxResults(1000).getResultList().stream().map(InvestigationNote::view).toList();
    }

    private static java.math.BigDecimal plain(java.math.BigDecimal v) {
        java.math.BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    public InvestigationView propose(Actor actor, long id, long version, InvestigationOutcome outcome, String reason,
                                     String filingReference) {
        String role = access.require(actor, Permission.INVESTIGATION_DECIDE);
        List<FieldError> errors = new ArrayList<>();
        if (outcome == null) {
            errors.add(FieldError.of("outcome", FieldError.Code.REQUIRED_ONE_OF, "is required: RELEASE or REPORT", "RELEASE, REPORT"));
        }
        if (reason == null || reason.isBlank() || reason.length() > 4000 || StorableText.problem(reason).isPresent()) {
            errors.add(FieldError.of("reason", FieldError.Code.REQUIRED_TOO_LONG, "is required: at most 4000 characters", 4000));
        }
        if (filingReference != null && (filingReference.length() > 128 || StorableText.problem(filingReference).isPresent())) {
            errors.add(FieldError.tooLong("filingReference", 128));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Investigation i = find(id, version);
        String before = i.snapshot().toJson();
        i.propose(outcome, reason.strip(), filingReference, actor.name(), clock.instant());
        audit.record(actor, role, "INVESTIGATION_OUTCOME_PROPOSED", "Investigation", Long.toString(id), before,
                i.snapshot().toJson(), reason.strip());
        return flushed(i);
    }

    public InvestigationView approve(Actor actor, long id, long version) {
        String role = access.require(actor, Permission.INVESTIGATION_DECIDE);
        Investigation i = find(id, version);
        String before = i.snapshot().toJson();
        Instant now = clock.instant();
        InvestigationOutcome outcome = i.approve(actor.name(), now);
        if (outcome == InvestigationOutcome.RELEASE) {
            release(i);
        }
        audit.record(actor, role, "INVESTIGATION_OUTCOME_APPROVED", "Investigation", Long.toString(id), before,
                i.snapshot().toJson(), outcome.name());
        deadlineMet(i, outcome + " approved by " + actor.name());
        InvestigationView view = flushed(i);
        clearConfidentialityWhenNoneOpen(i, actor);
        return view;
    }

    public InvestigationView authorityAnswered(Actor actor, long id, long version, AuthorityAnswer answer,
                                               String reference) {
        String role = access.require(actor, Permission.INVESTIGATION_DECIDE);
        List<FieldError> errors = new ArrayList<>();
        if (answer == null) {
            errors.add(FieldError.of("answer", FieldError.Code.REQUIRED_ONE_OF, "is required: RELEASE_FUNDS or KEEP_FROZEN", "RELEASE_FUNDS, KEEP_FROZEN"));
        }
        if (reference == null || reference.isBlank() || reference.length() > 128 || StorableText.problem(reference).isPresent()) {
            errors.add(FieldError.of("reference", FieldError.Code.AUTHORITY_REFERENCE, "is required: the authority's reference, at most 128 characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Investigation i = find(id, version);
        String before = i.snapshot().toJson();
        i.authorityAnswered(answer, reference.strip(), actor.name(), clock.instant());
        if (answer == AuthorityAnswer.RELEASE_FUNDS) {
            release(i);
        }
        audit.record(actor, role, "INVESTIGATION_AUTHORITY_ANSWERED", "Investigation", Long.toString(id), before,
                i.snapshot().toJson(), answer + " " + reference.strip());
        InvestigationView view = flushed(i);
        clearConfidentialityWhenNoneOpen(i, actor);
        return view;
    }

    /**
     * Ends the travel-rule holds on deposits from an address whose control the customer proved: those whose only reason
     * was the missing proof; others (exposure) stay for their investigation. Returns how many ended.
     */
    public int releaseForProof(Actor actor, String role, String accountId, String chain, String address) {
        int released = 0;
        Instant now = clock.instant();
        for (DepositScreening s : em.createNamedQuery(DepositScreening.IN_FORCE_FROM, DepositScreening.class)
                .setParameter("account", accountId).setParameter("chain", chain).setParameter("address", address).getResultList()) {
            if (!s.reasons().equals(List.of("TRAVEL_RULE_PROOF_MISSING"))) {
                continue;
            }
            for (Investigation i : em.createNamedQuery(Investigation.OF_SCREENING, Investigation.class)
                    .setParameter("screening", s.id()).getResultList()) {
                if (i.state().awaitsDecision()) {
                    String before = i.snapshot().toJson();
                    i.releasedByProof(actor.name(), now);
                    audit.record(actor, role, "INVESTIGATION_RELEASED_BY_PROOF", "Investigation", Long.toString(i.id()), before,
                            i.snapshot().toJson(), "proof of control of " + address);
                    deadlineMet(i, "released by the customer's proof of control of " + address);
                }
            }
            Investigation any = em.createNamedQuery(Investigation.OF_SCREENING, Investigation.class).setParameter("screening", s.id())
                    .getResultStream().findFirst().orElse(null);
            if (any == null || any.state() == Investigation.State.RELEASED) {
                release(s, accountId);
                released++;
                if (any != null) {
                    em.flush();
                    clearConfidentialityWhenNoneOpen(any, actor);
                }
            }
        }
        return released;
    }

    /** The investigation is decided: its deadline alerts, near or past, no longer wait for anyone. */
    private void deadlineMet(Investigation i, String how) {
        for (String kind : List.of(DEADLINE_NEAR, OVERDUE)) {
            settled.fire(new AlertSettled(kind, "investigation:" + i.id(), how));
        }
    }

    /** Alerts COMPLIANCE once when an investigation's deadline is near, once when it has passed. */
    public int alertDeadlines(Instant now) {
        int raised = 0;
        List<Investigation.State> states = List.of(Investigation.State.OPEN, Investigation.State.RELEASE_PROPOSED,
                Investigation.State.REPORT_PROPOSED);
        for (Investigation i : em.createNamedQuery(Investigation.DUE_FOR_ALERT, Investigation.class)
                .setParameter("states", states)
                .setParameter("now", now).setMaxResults(1000).getResultList()) {
            if (i.needsOverdueAlert(now)) {
                i.overdueAlerted();
                alerts.fire(new AlertRaised(OVERDUE, AlertRaised.Severity.CRITICAL, i.accountId(),
                        "investigation:" + i.id(), Role.COMPLIANCE, "Investigation " + i.id() + " of deposit screening "
                        + i.screeningId() + " is past its report deadline (" + i.dueAt() + rule(i) + ")", true));
                raised++;
            } else if (i.needsNearAlert(now)) {
                i.nearAlerted();
                alerts.fire(new AlertRaised(DEADLINE_NEAR, AlertRaised.Severity.WARNING, i.accountId(),
                        "investigation:" + i.id(), Role.COMPLIANCE, "Investigation " + i.id() + " of deposit screening "
                        + i.screeningId() + " is due by " + i.dueAt() + rule(i), true));
                raised++;
            }
        }
        return raised;
    }

    private static String rule(Investigation i) {
        return i.deadlineRule() == null ? "" : ", rule " + i.deadlineRule();
    }

    /** The flag stays while any investigation of the account awaits its outcome or the authority's answer. */
    private void clearConfidentialityWhenNoneOpen(Investigation i, Actor actor) {
        List<Investigation.State> open = List.of(Investigation.State.OPEN, Investigation.State.RELEASE_PROPOSED,
                Investigation.State.REPORT_PROPOSED, Investigation.State.REPORTED);
        boolean anyOpen = !em.createNamedQuery(Investigation.OF_ACCOUNT, Investigation.class).setParameter("account", i.accountId())
                .setParameter("states", open).setMaxResults(1).getResultList().isEmpty();
        if (!anyOpen) {
            confidentiality.fire(new ConfidentialityRequired(i.accountId(), false, "The risk reviews of the account's deposits are complete",
                    actor, Role.COMPLIANCE.name()));
        }
    }

    private void release(Investigation i) {
        release(em.find(DepositScreening.class, i.screeningId(), LockModeType.OPTIMISTIC_FORCE_INCREMENT), i.accountId());
    }

    private void release(DepositScreening s, String accountId) {
        s.release();
        commitWait.standingChanged(); // the release answers once every decision cache has dropped the hold
        tell(s, "DEPOSIT_REVIEW_COMPLETE", ScreeningLetter.RELEASED, false);
    }

    private Investigation find(long id, Long version) {
        Investigation i = em.find(Investigation.class, id);
        if (i == null) {
            throw new NotFound("Investigation", Long.toString(id));
        }
        if (version != null && i.version() != version) {
            throw new StaleVersion("Investigation", Long.toString(id), version, i.version());
        }
        return i;
    }

    private InvestigationView flushed(Investigation i) {
        em.flush();
        return i.view();
    }
}
