package io.redress.cases.domain;

import io.redress.cases.api.NewCase;
import io.redress.cases.api.TicketNumber;
import io.redress.shared.domain.RuleViolation;
import io.redress.shared.domain.Snapshot;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A support case: a ticket number the customer can quote, where it came from, what it is about, who works on
 * it, and two SLA clocks (first response, resolution) that stand still while the case waits on the customer.
 * The clocks are stored as pause totals, so they need no timer state; {@link #refreshSla} derives the state
 * the queue filters on and the next moment the sweep must look at the case.
 */
@Entity
@Table(name = "support_case")
@NamedQuery(name = SupportCase.BY_TICKET, query = "SELECT c FROM SupportCase c WHERE c.ticket = :ticket")
@NamedQuery(name = SupportCase.TICKET_TAKEN, query = "SELECT c.id FROM SupportCase c WHERE c.ticket = :ticket")
@NamedQuery(name = SupportCase.SLA_DUE, query = "SELECT c.id FROM SupportCase c WHERE c.slaCheckAt <= :now ORDER BY c.slaCheckAt")
@NamedQuery(name = SupportCase.OPEN_FOR_ACCOUNT, query = "SELECT c FROM SupportCase c WHERE c.accountId = :account"
        + " AND c.state IN (io.redress.cases.domain.CaseState.NEW, io.redress.cases.domain.CaseState.OPEN,"
        + " io.redress.cases.domain.CaseState.WAITING_ON_CUSTOMER, io.redress.cases.domain.CaseState.ESCALATED)"
        + " ORDER BY c.openedAt")
@NamedQuery(name = SupportCase.BY_IDS, query = "SELECT c FROM SupportCase c WHERE c.id IN :ids")
@NamedQuery(name = SupportCase.MERGED_INTO, query = "SELECT c FROM SupportCase c WHERE c.mergedIntoId = :id ORDER BY c.id")
@NamedQuery(name = SupportCase.BY_IDEMPOTENCY_KEY,
        query = "SELECT c FROM SupportCase c WHERE c.openedBy = :openedBy AND c.idempotencyKey = :key")
public class SupportCase {

    public static final String BY_IDEMPOTENCY_KEY = "SupportCase.byIdempotencyKey";

    public static final String BY_TICKET = "SupportCase.byTicket";
    /** The id of the case holding a ticket number, if any: intake's check that a new number is free, without a case. */
    public static final String TICKET_TAKEN = "SupportCase.ticketTaken";
    public static final String SLA_DUE = "SupportCase.slaDue";
    public static final String OPEN_FOR_ACCOUNT = "SupportCase.openForAccount";
    /** Cases by their ids (a probe of the primary key each). */
    public static final String BY_IDS = "SupportCase.byIds";
    /** The open states ({@link CaseState#isOpen}), as an SQL list: the open cases of many accounts are read in plain SQL. */
    public static final String OPEN_STATES_SQL = java.util.Arrays.stream(CaseState.values()).filter(CaseState::isOpen)
            .map(s -> "'" + s.name() + "'").collect(java.util.stream.Collectors.joining(", ", "(", ")"));
    /** Which of many ticket numbers are taken. */
    public static final String MERGED_INTO = "SupportCase.mergedInto";
    /** A resolved case reopens when the customer answers within this time; after it, the sweep closes it. */
    public static final Duration REOPEN_WINDOW = Duration.ofDays(14);
    /** MiCA-style complaint handling: a decision within two months at most. */
    public static final int DECISION_MONTHS = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_seq")
    @SequenceGenerator(name = "case_seq", sequenceName = "case_seq", allocationSize = 500)
    private Long id;
    @Column(nullable = false, updatable = false)
    private String ticket;
    @Column(name = "merged_into_id")
    private Long mergedIntoId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Channel channel;
    @Column(name = "account_id")
    private String accountId;
    @Column(name = "customer_name")
    private String customerName;
    @Column(name = "customer_contact")
    private String customerContact;
    @Column(nullable = false)
    private String language;
    @Column(nullable = false)
    private String subject;
    @Column(nullable = false)
    private String description;
    @Column(name = "search_text", nullable = false)
    private String searchText;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Category category;
    private String subcategory;
    @Column(nullable = false)
    private boolean complaint;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Priority priority;
    @Column(nullable = false)
    private String queue;
    private String assignee;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseState state;
    @Enumerated(EnumType.STRING)
    private CaseOutcome outcome;
    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;
    @Column(name = "opened_by", nullable = false, updatable = false)
    private String openedBy;
    @Column(name = "idempotency_key", updatable = false)
    private String idempotencyKey;
    @Column(name = "request_fingerprint", updatable = false)
    private String requestFingerprint;
    @Column(name = "decision_due_at", nullable = false, updatable = false)
    private Instant decisionDueAt;
    @Column(name = "first_response_target_s", nullable = false)
    private long firstResponseTargetS;
    @Column(name = "resolution_target_s", nullable = false)
    private long resolutionTargetS;
    @Column(name = "paused_s", nullable = false)
    private long pausedS;
    @Column(name = "paused_since")
    private Instant pausedSince;
    @Column(name = "first_response_at")
    private Instant firstResponseAt;
    @Column(name = "first_response_paused_s")
    private Long firstResponsePausedS;
    @Column(name = "resolved_at")
    private Instant resolvedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "escalated_at")
    private Instant escalatedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "sla_state", nullable = false)
    private SlaClock.State slaState;
    @Column(name = "sla_due_at")
    private Instant slaDueAt;
    @Column(name = "sla_check_at")
    private Instant slaCheckAt;
    @Column(name = "first_response_breached", nullable = false)
    private boolean firstResponseBreached;
    @Column(name = "resolution_breached", nullable = false)
    private boolean resolutionBreached;
    @Column(nullable = false)
    private int reopened;
    @Column(name = "outbound_count", nullable = false)
    private int outboundCount;
    /** The customer asked for the case or was written to about it (see {@link CaseDisclosure}). */
    @Column(name = "known_to_customer", nullable = false)
    private boolean knownToCustomer = true;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private Long version;

    protected SupportCase() {
    }

    /** A new case from checked intake fields (see {@link CaseRules#check}), which the customer knows of. */
    public SupportCase(TicketNumber ticket, NewCase c, SlaTargets targets, String openedBy, Instant now) {
        this(ticket, c, targets, openedBy, now, CaseDisclosure.Opening.CUSTOMERS_REQUEST);
    }

    /** A new case, known to the customer or not as {@code opening} decided. */
    public SupportCase(TicketNumber ticket, NewCase c, SlaTargets targets, String openedBy, Instant now,
                       CaseDisclosure.Opening opening) {
        this.ticket = ticket.value();
        this.channel = Channel.valueOf(c.channel());
        this.accountId = c.accountId();
        this.customerName = CaseRules.clean(c.customerName());
        this.customerContact = CaseRules.clean(c.customerContact());
        this.language = c.language() == null ? "en" : c.language();
        this.subject = c.subject().strip();
        this.description = c.description().strip();
        this.category = c.category() == null ? Category.GENERAL : Category.valueOf(c.category());
        this.subcategory = c.subcategory();
        this.complaint = CaseRules.isComplaint(c.complaint(), channel, category);
        this.priority = c.priority() == null ? Priority.P3 : Priority.valueOf(c.priority());
        this.queue = c.queue() == null ? Queues.forNew(channel, category) : c.queue();
        this.state = CaseState.NEW;
        this.openedAt = now;
        this.openedBy = openedBy;
        this.decisionDueAt = now.atOffset(ZoneOffset.UTC).plusMonths(DECISION_MONTHS).toInstant();
        this.searchText = CaseRules.searchText(subject, description, customerContact);
        applyTargets(targets);
        this.slaState = SlaClock.State.RUNNING;
        this.updatedAt = now;
        this.knownToCustomer = opening.knownToCustomer();
        refreshSla(now);
    }

    // ---- a new case written with others in one statement (a bulk job's cases) -------------------------------------

    /** The columns of {@link #row}, in its order, as {@code support_case} names them. */
    public static final List<String> ROW_COLUMNS = List.of("id", "ticket", "merged_into_id", "channel", "account_id",
            "customer_name", "customer_contact", "language", "subject", "description", "search_text", "category",
            "subcategory", "complaint", "priority", "queue", "assignee", "state", "outcome", "opened_at", "opened_by",
            "idempotency_key", "request_fingerprint", "decision_due_at", "first_response_target_s", "resolution_target_s",
            "paused_s", "paused_since", "first_response_at", "first_response_paused_s", "resolved_at", "closed_at",
            "escalated_at", "sla_state", "sla_due_at", "sla_check_at", "first_response_breached", "resolution_breached",
            "reopened", "outbound_count", "known_to_customer", "updated_at", "version");

    /**
     * A new case takes the id drawn for it from the case sequence, and the first version, as a persist gives them: for a
     * case written by plain SQL with others ({@link #row}), not through the persistence context.
     */
    public void numbered(long drawn) {
        if (id != null) {
            throw new IllegalStateException("case " + ticket + " has an id already");
        }
        id = drawn;
        version = 1L;
    }

    /**
     * The case's row, a value per column of {@link #ROW_COLUMNS}: each a {@code Long}, {@code Integer},
     * {@code Boolean}, {@code String} or {@code Instant}, or null.
     */
    public Object[] row() {
        if (id == null) {
            throw new IllegalStateException("case " + ticket + " has no id yet");
        }
        return new Object[] {id, ticket, mergedIntoId, channel.name(), accountId, customerName, customerContact, language,
            subject, description, searchText, category.name(), subcategory, complaint, priority.name(), queue, assignee,
            state.name(), outcome == null ? null : outcome.name(), openedAt, openedBy, idempotencyKey, requestFingerprint,
            decisionDueAt, firstResponseTargetS, resolutionTargetS, pausedS, pausedSince, firstResponseAt,
            firstResponsePausedS, resolvedAt, closedAt, escalatedAt, slaState.name(), slaDueAt, slaCheckAt,
            firstResponseBreached, resolutionBreached, reopened, outboundCount, knownToCustomer, updatedAt, version};
    }

    // ---- the SLA clocks -------------------------------------------------------------------------------------

    /** Stops at the first response, or when the case is resolved or closed without one: then no clock runs. */
    public SlaClock firstResponseClock() {
        long paused = firstResponseAt != null && firstResponsePausedS != null ? firstResponsePausedS : pausedS;
        Instant stopped = firstResponseAt != null ? firstResponseAt
                : state == CaseState.RESOLVED || state == CaseState.CLOSED ? (resolvedAt != null ? resolvedAt : closedAt) : null;
        return new SlaClock(openedAt, Duration.ofSeconds(firstResponseTargetS), Duration.ofSeconds(paused),
                stopped == null ? pausedSince : null, stopped);
    }

    public SlaClock resolutionClock() {
        return new SlaClock(openedAt, Duration.ofSeconds(resolutionTargetS), Duration.ofSeconds(pausedS),
                resolvedAt == null ? pausedSince : null, resolvedAt);
    }

    /** What changed for the SLA at {@code now}: a warning reached, a clock newly breached. */
    public record SlaChange(boolean warned, boolean firstResponseBreached, boolean resolutionBreached) {
        public boolean breached() {
            return firstResponseBreached || resolutionBreached;
        }
    }

    /**
     * Derives the SLA state (the worse of the two clocks), the due moment shown in the queue, and when the
     * sweep must look again: at the next warning or due moment of a running clock, or at the end of the reopen
     * window of a resolved case; never while paused or closed.
     */
    public SlaChange refreshSla(Instant now) {
        SlaClock.State before = slaState;
        SlaClock first = firstResponseClock();
        SlaClock resolution = resolutionClock();
        SlaClock.State fs = first.state(now);
        SlaClock.State rs = resolution.state(now);
        boolean newFirstBreach = !firstResponseBreached && fs == SlaClock.State.BREACHED;
        boolean newResolutionBreach = !resolutionBreached && rs == SlaClock.State.BREACHED;
        firstResponseBreached |= fs == SlaClock.State.BREACHED;
        resolutionBreached |= rs == SlaClock.State.BREACHED;
        slaState = worse(firstResponseAt == null ? fs : (firstResponseBreached ? SlaClock.State.BREACHED : SlaClock.State.MET), rs);
        if (state == CaseState.CLOSED) {
            slaDueAt = null;
            slaCheckAt = null;
        } else if (state == CaseState.RESOLVED) {
            slaDueAt = null;
            slaCheckAt = resolvedAt.plus(REOPEN_WINDOW);
        } else if (pausedSince != null) {
            slaDueAt = null;
            slaCheckAt = null;
        } else {
            Instant due = firstResponseAt == null ? min(first.dueAt(now), resolution.dueAt(now)) : resolution.dueAt(now);
            slaDueAt = due;
            slaCheckAt = next(now, first, fs, firstResponseAt == null, resolution, rs);
        }
        boolean warned = slaState == SlaClock.State.WARNING && before != SlaClock.State.WARNING;
        return new SlaChange(warned, newFirstBreach, newResolutionBreach);
    }

    private static Instant next(Instant now, SlaClock first, SlaClock.State fs, boolean firstRunning,
                                SlaClock resolution, SlaClock.State rs) {
        Instant next = null;
        if (firstRunning) {
            next = min(next, fs == SlaClock.State.RUNNING ? first.warnAt(now) : fs == SlaClock.State.WARNING ? first.dueAt(now) : null);
        }
        next = min(next, rs == SlaClock.State.RUNNING ? resolution.warnAt(now) : rs == SlaClock.State.WARNING ? resolution.dueAt(now) : null);
        return next;
    }

    private static SlaClock.State worse(SlaClock.State a, SlaClock.State b) {
        return rank(a) >= rank(b) ? a : b;
    }

    private static int rank(SlaClock.State s) {
        return switch (s) {
            case MET -> 0;
            case PAUSED -> 1;
            case RUNNING -> 2;
            case WARNING -> 3;
            case BREACHED -> 4;
        };
    }

    private static Instant min(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }

    private void applyTargets(SlaTargets targets) {
        this.firstResponseTargetS = targets.firstResponse().get(priority).toSeconds();
        this.resolutionTargetS = targets.resolution().get(priority).toSeconds();
    }

    // ---- what happens to a case ------------------------------------------------------------------------------

    /**
     * Redress has written to the customer about the case (a reply on staff's own case, an incident's letter quoting
     * it): from now on the customer knows its ticket, and the exchange may show it to them.
     *
     * @return whether the customer did not know of it before
     */
    public boolean madeKnownToCustomer(Instant now) {
        if (knownToCustomer) {
            return false;
        }
        knownToCustomer = true;
        touch(now);
        return true;
    }

    public boolean knownToCustomer() {
        return knownToCustomer;
    }

    /** A customer-visible answer by staff: stops the first-response clock the first time. */
    public void answered(Instant now) {
        outboundCount++;
        if (firstResponseAt == null) {
            firstResponsePausedS = pausedS + (pausedSince == null ? 0 : Duration.between(pausedSince, now).toSeconds());
            firstResponseAt = now;
        }
        if (state == CaseState.NEW) {
            state = CaseState.OPEN;
        }
        touch(now);
    }

    /**
     * Staff move the case. Waiting on the customer pauses the clocks, leaving it resumes them; resolving needs
     * an outcome and stops the resolution clock; reopening a resolved case counts the resolved time as paused.
     */
    public void moveTo(CaseState target, CaseOutcome outcome, Instant now) {
        if (mergedIntoId != null) {
            throw RuleViolation.of("case-merged", "Case " + ticket + " was merged; work on the surviving case", ticket);
        }
        if (target == state) {
            return;
        }
        if (!state.next().contains(target)) {
            throw RuleViolation.of("case-transition", "A case cannot go from " + state + " to " + target
                    + (state.next().isEmpty() ? "" : "; possible: " + state.next()), state, target);
        }
        if (target == CaseState.RESOLVED && outcome == null) {
            throw new RuleViolation("outcome-required", "Resolving a case records its outcome");
        }
        resume(now);
        switch (target) {
            case WAITING_ON_CUSTOMER -> pausedSince = now;
            case RESOLVED -> {
                resolvedAt = now;
                this.outcome = outcome;
            }
            case CLOSED -> closedAt = now;
            case OPEN -> reopenIfResolved(now);
            case ESCALATED -> escalatedAt = now;
            default -> { }
        }
        state = target;
        touch(now);
    }

    /** The customer wrote. Returns false when the case is closed (the caller opens a new one). */
    public boolean customerWrote(Instant now) {
        switch (state) {
            case CLOSED -> {
                return false;
            }
            case WAITING_ON_CUSTOMER -> {
                resume(now);
                state = CaseState.OPEN;
            }
            case RESOLVED -> {
                reopenIfResolved(now);
                state = CaseState.OPEN;
            }
            default -> { }
        }
        touch(now);
        return true;
    }

    /** Past its SLA: to the supervisors' queue. */
    public void escalate(Instant now) {
        resume(now);
        state = CaseState.ESCALATED;
        queue = Queues.SUPERVISORS;
        escalatedAt = now;
        touch(now);
    }

    /** The reopen window has passed since resolution. */
    public void closeAfterResolution(Instant now) {
        state = CaseState.CLOSED;
        closedAt = now;
        touch(now);
    }

    public void mergeInto(SupportCase survivor, Instant now) {
        if (survivor.id().equals(id)) {
            throw new RuleViolation("merge-self", "A case cannot be merged into itself");
        }
        if (survivor.mergedIntoId != null || survivor.state == CaseState.CLOSED) {
            throw RuleViolation.of("merge-target-closed", "Case " + survivor.ticket() + " is closed or merged; merge into an open case", survivor.ticket());
        }
        if (mergedIntoId != null) {
            throw RuleViolation.of("case-merged", "Case " + ticket + " is already merged into another case", ticket);
        }
        CaseRules.mergeRefusal(accountId, survivor.accountId).ifPresent(refusal -> {
            throw refusal;
        });
        CaseDisclosure.mergeRefusal(ticket, knownToCustomer, survivor.ticket, survivor.knownToCustomer).ifPresent(refusal -> {
            throw refusal;
        });
        resume(now);
        mergedIntoId = survivor.id();
        state = CaseState.CLOSED;
        closedAt = now;
        touch(now);
    }

    /** Someone taking a new case opens it. */
    public void assign(String assignee, Instant now) {
        this.assignee = assignee;
        if (assignee != null && state == CaseState.NEW) {
            state = CaseState.OPEN;
        }
        touch(now);
    }

    public void recategorise(Category category, String subcategory, Instant now) {
        if (!category.allows(subcategory)) {
            throw RuleViolation.of("subcategory", subcategory + " is not a subcategory of " + category, subcategory, category);
        }
        this.category = category;
        this.subcategory = subcategory;
        touch(now);
    }

    /** A new priority brings the new targets; elapsed time is kept. */
    public void reprioritise(Priority priority, SlaTargets targets, Instant now) {
        this.priority = priority;
        applyTargets(targets);
        touch(now);
    }

    public void moveToQueue(String queue, Instant now) {
        this.queue = queue;
        touch(now);
    }

    public void markComplaint(boolean complaint, Instant now) {
        this.complaint = complaint;
        touch(now);
    }

    private void resume(Instant now) {
        if (pausedSince != null) {
            pausedS += Duration.between(pausedSince, now).toSeconds();
            pausedSince = null;
        }
    }

    private void reopenIfResolved(Instant now) {
        if (resolvedAt != null) {
            pausedS += Duration.between(resolvedAt, now).toSeconds();
            resolvedAt = null;
            outcome = null;
            reopened++;
        }
    }

    private void touch(Instant now) {
        updatedAt = now;
    }

    public Snapshot snapshot() {
        return Snapshot.of().with("ticket", ticket).with("state", state).with("priority", priority).with("queue", queue)
                .with("assignee", assignee).with("category", category).with("subcategory", subcategory)
                .with("complaint", complaint).with("accountId", accountId).with("outcome", outcome)
                .with("mergedIntoId", mergedIntoId).with("slaState", slaState);
    }

    public CaseView view(Instant now) {
        SlaClock first = firstResponseClock();
        SlaClock resolution = resolutionClock();
        return new CaseView(id == null ? 0 : id, ticket, mergedIntoId, channel, accountId, customerName, customerContact, language, subject,
                description, category, subcategory, complaint, priority, queue, assignee, state, outcome, openedAt, openedBy,
                decisionDueAt, firstResponseAt, resolvedAt, closedAt, escalatedAt, slaState, slaDueAt,
                first.state(now), first.dueAt(now), resolution.state(now), resolution.dueAt(now), reopened, knownToCustomer,
                version == null ? 0 : version);
    }

    public Long id() {
        return id;
    }

    /** Opened under the sender's {@code Idempotency-Key}, asking for what {@code fingerprint} sums up. */
    public void openedUnder(String key, String fingerprint) {
        this.idempotencyKey = key;
        this.requestFingerprint = fingerprint;
    }

    public String requestFingerprint() {
        return requestFingerprint;
    }

    public String ticket() {
        return ticket;
    }

    public Long mergedIntoId() {
        return mergedIntoId;
    }

    public String accountId() {
        return accountId;
    }

    public CaseState state() {
        return state;
    }

    public Channel channel() {
        return channel;
    }

    public String language() {
        return language;
    }

    public String customerName() {
        return customerName;
    }

    public String customerContact() {
        return customerContact;
    }

    public boolean complaint() {
        return complaint;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant decisionDueAt() {
        return decisionDueAt;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public SlaClock.State slaState() {
        return slaState;
    }

    public long version() {
        return version == null ? 0 : version;
    }
}
