package io.redress.cases.application;

import io.redress.accounts.api.AccountFacts;
import io.redress.accounts.api.Accounts;
import io.redress.audit.application.AuditRecorder;
import io.redress.audit.application.AuditTrail;
import io.redress.cases.api.CaseRef;
import io.redress.cases.api.LinkedPosts;
import io.redress.cases.api.NewCase;
import io.redress.cases.api.SecurityCase;
import io.redress.cases.api.TicketNumber;
import io.redress.cases.domain.CaseDisclosure;
import io.redress.cases.domain.CaseEvent;
import io.redress.cases.domain.CaseLink;
import io.redress.cases.domain.CaseMessage;
import io.redress.cases.domain.CaseOutcome;
import io.redress.cases.domain.CaseRules;
import io.redress.cases.domain.CaseState;
import io.redress.cases.domain.CaseView;
import io.redress.cases.domain.Category;
import io.redress.cases.domain.LinkView;
import io.redress.cases.domain.MessageTemplate;
import io.redress.cases.domain.MessageView;
import io.redress.cases.domain.OutboxView;
import io.redress.cases.domain.Priority;
import io.redress.cases.domain.Queues;
import io.redress.cases.domain.SecurityCasePick;
import io.redress.cases.domain.SupportCase;
import io.redress.cases.domain.TimelineEntry;
import io.redress.restrictions.api.ComplaintRecorded;
import io.redress.restrictions.api.Restrictions;
import io.redress.shared.application.Access;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.IdempotencyKeys;
import io.redress.shared.domain.InLists;
import io.redress.shared.domain.InvalidInput;
import io.redress.shared.domain.NotFound;
import io.redress.shared.domain.Permission;
import io.redress.shared.domain.Role;
import io.redress.shared.domain.RuleViolation;
import io.redress.shared.domain.StaleVersion;
import io.redress.shared.infrastructure.RowSetStatements;
import io.redress.shared.infrastructure.TransactionLocks;
import io.redress.staff.api.StaffRoster;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Support cases: intake with an acknowledgement, the customer's replies (which reopen a resolved case within
 * 14 days), and everything staff do on a case. Every change is authorized, audited, recorded on the case's
 * timeline and checked against the version the person saw.
 */
@Stateless
public class CaseService {

    public static final String ENTITY = "Case";
    public static final int MESSAGE_MAX = 20000;
    /** The space of {@link TransactionLocks} an account is held in while its account-security case is opened or joined. */
    static final String SECURITY_CASE_LOCKS = "account-security case";

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    Access access;
    @Inject
    StaffRoster staff;
    @Inject
    AuditTrail audit;
    /** A bulk job's new cases' entries, in its transaction, all at once. */
    @Inject
    AuditRecorder recorder;
    @Inject
    Outbox outbox;
    @Inject
    SlaPolicy sla;
    @Inject
    Accounts accounts;
    @Inject
    Restrictions restrictions;
    @Inject
    Event<ComplaintRecorded> complaints;
    @Inject
    Clock clock;
    @Inject
    LinkedPosts linkedPosts;
    @Inject
    RowSetStatements statements;
    @Inject
    TransactionLocks locks;


    /** The case page: the case, its timeline, messages, links, outbox and the tickets merged into it. */
    public record CaseDetail(CaseView c, List<TimelineEntry> timeline, List<MessageView> messages, List<LinkView> links,
                             List<OutboxView> outbox, List<String> mergedTickets, long linkedPostsNotShown) {
    }

    /** The most linked public posts a case's timeline shows (a campaign linked at once can bring thousands). */
    public static final int TIMELINE_POSTS = 200;

    /** What staff change on a case at once; null fields stay as they are. */
    public record CaseChange(String assignee, boolean unassign, Priority priority, Category category, String subcategory,
                             String queue, CaseState state, CaseOutcome outcome, Boolean complaint, String note) {
    }

    // ---- intake ------------------------------------------------------------------------------------------------

    /** A new case from the exchange's chat, email and web forms (INTEGRATION) or from staff in the console. */
    public CaseView open(Actor actor, NewCase request) {
        return open(actor, request, null).c();
    }

    /** The case, and whether this call opened it (false: the same request was already made under its key). */
    public record Opened(CaseView c, boolean created) {
    }

    /**
     * Intake with the sender's {@code Idempotency-Key} (null: none): repeating the same request under the same key
     * answers the case the first sending opened, and acknowledges the customer once; the same key with another case
     * is refused ({@code idempotency-key-reused}). A case staff open in the INTERNAL channel is their own work: the
     * customer is not acknowledged and the exchange does not see it ({@link CaseDisclosure}).
     */
    public Opened open(Actor actor, NewCase request, String idempotencyKey) {
        return open(actor, request, idempotencyKey, actor.speaksForCustomer() ? CaseDisclosure.Opener.EXCHANGE
                : CaseDisclosure.Opener.STAFF);
    }

    /**
     * Intake for another context's record of the customer's (a loss claim, whoever files it): the customer's request,
     * acknowledged in whatever channel.
     */
    public CaseView openForCustomer(Actor actor, NewCase request) {
        return open(actor, request, null, CaseDisclosure.Opener.FOR_THE_CUSTOMER).c();
    }

    private Opened open(Actor actor, NewCase request, String idempotencyKey, CaseDisclosure.Opener opener) {
        String role = access.require(actor, Permission.CASE_OPEN);
        List<FieldError> keyErrors = IdempotencyKeys.check(idempotencyKey);
        if (!keyErrors.isEmpty()) {
            throw new InvalidInput(keyErrors);
        }
        // only a request sent under a key is compared with an earlier one
        String fingerprint = idempotencyKey == null ? null : CaseRules.fingerprint(request);
        if (idempotencyKey != null) {
            Optional<SupportCase> earlier = em.createNamedQuery(SupportCase.BY_IDEMPOTENCY_KEY, SupportCase.class)
                    .setParameter("openedBy", actor.name()).setParameter("key", idempotencyKey).getResultStream().findFirst();
            if (earlier.isPresent()) {
                if (!fingerprint.equals(earlier.get().requestFingerprint())) {
                    throw RuleViolation.of("idempotency-key-reused", "Idempotency-Key " + idempotencyKey
                            + " was used for another case (" + earlier.get().ticket() + "); a new case needs a new key",
                            idempotencyKey, earlier.get().ticket());
                }
                return new Opened(earlier.get().view(clock.instant()), false);
            }
        }
        return new Opened(opened(actor, role, request, idempotencyKey, fingerprint,
                CaseDisclosure.atIntake(request.channel(), opener)).view(clock.instant()), true);
    }

    /** Opens a case in the caller's transaction (also for other contexts, through {@link CaseDirectory}); acknowledges it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public SupportCase openAs(Actor actor, String role, NewCase request) {
        return opened(actor, role, request, null, null, CaseDisclosure.Opening.CUSTOMERS_REQUEST);
    }

    private SupportCase opened(Actor actor, String role, NewCase request, String idempotencyKey, String fingerprint,
                               CaseDisclosure.Opening opening) {
        List<FieldError> errors = new ArrayList<>(CaseRules.check(request));
        Optional<AccountFacts> account = request.accountId() == null || errors.stream().anyMatch(e -> e.field().equals("accountId"))
                ? Optional.empty() : account(request.accountId());
        if (request.accountId() != null && account.isEmpty()) {
            errors.add(FieldError.of("accountId", FieldError.Code.UNKNOWN_ACCOUNT, "no account " + request.accountId() + " is known to Redress", request.accountId()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Instant now = clock.instant();
        SupportCase c = new SupportCase(freshTicket(), request, sla.targets(), actor.name(), now, opening);
        if (idempotencyKey != null) {
            c.openedUnder(idempotencyKey, fingerprint);
        }
        em.persist(c);
        em.flush();
        announced(c, now, actor.name(), account.map(AccountFacts::confidential).orElse(false), opening)
                .ifPresent(ack -> outbox.store(c, ack, Actor.system(), "SYSTEM", now));
        audit.recordFor(c.accountId(), actor, role, "CASE_OPENED", ENTITY, c.ticket(), null, c.snapshot().toJson(), null);
        return c;
    }

    /** See {@link io.redress.cases.api.Cases#holdSecurityCases}: the accounts locked in one call, to the transaction's end. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void holdSecurityCases(Collection<String> accountIds) {
        locks.lock(SECURITY_CASE_LOCKS, accountIds);
    }

    /**
     * One account-security case per account: a finding (an API-key anomaly, an incident) joins the account's open
     * ACCOUNT_SECURITY case as a timeline event, or opens one (INTERNAL channel, P2). In the caller's transaction,
     * on behalf of the system: the caller has authorized and audits its own cause.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public CaseRef openOrJoinSecurityCase(String accountId, String subcategory, String subject, String finding) {
        // two writers for one account at once (two trade batches, a batch and a bulk job) would each find no open case
        // and open one each: the first holds the account to its commit, then the second finds its case
        holdSecurityCases(List.of(accountId));
        Instant now = clock.instant();
        String text = finding.length() > CaseRules.TEXT_MAX ? finding.substring(0, CaseRules.TEXT_MAX) : finding;
        for (SupportCase open : em.createNamedQuery(SupportCase.OPEN_FOR_ACCOUNT, SupportCase.class)
                .setParameter("account", accountId).getResultList()) {
            if (open.view(now).category() == Category.ACCOUNT_SECURITY) {
                event(open, now, Actor.SYSTEM, "FINDING", text.length() > 2000 ? text.substring(0, 2000) : text);
                return new CaseRef(open.ticket(), false);
            }
        }
        SupportCase c = openAs(Actor.system(), "SYSTEM", new NewCase("INTERNAL", accountId, null, null, "en",
                subject.length() > CaseRules.SUBJECT_MAX ? subject.substring(0, CaseRules.SUBJECT_MAX) : subject, text,
                Category.ACCOUNT_SECURITY.name(), subcategory, "P2", null, false));
        return new CaseRef(c.ticket(), true);
    }

    /**
     * {@link #openOrJoinSecurityCase} for many accounts at once (a bulk job's chunk), each case then linked to another
     * context's record once ({@link #attach}): the same cases, timeline events, acknowledgements and audit, in a fixed
     * number of statements for the lot (the accounts' open cases in one query, the new cases' tickets checked in one,
     * their accounts in one, the links already there in one; the inserts in JDBC batches, the acknowledgements handed
     * to the one outbox together). In the caller's transaction, which has authorized and audits its own cause.
     *
     * @param acknowledge false: the new cases send no acknowledgement (the caller's own letter quotes each case)
     * @return each account's case, in the order of {@code accountIds}
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Map<String, SecurityCase> openOrJoinSecurityCases(Actor actor, List<String> accountIds, String subcategory,
                                                             String subject, String finding, CaseLink.Kind kind, String target,
                                                             boolean acknowledge) {
        Instant now = clock.instant();
        List<String> ids = List.copyOf(new LinkedHashSet<>(accountIds));
        if (ids.isEmpty()) {
            return Map.of();
        }
        holdSecurityCases(ids);
        String text = finding.length() > CaseRules.TEXT_MAX ? finding.substring(0, CaseRules.TEXT_MAX) : finding;
        List<SecurityCasePick.Open<SupportCase>> open = new ArrayList<>();
        for (SupportCase c : openCasesOf(ids)) {
            open.add(new SecurityCasePick.Open<>(c.accountId(), c.view(now).category(), c));
        }
        SecurityCasePick.Picked<SupportCase> picked = SecurityCasePick.of(ids, open);
        for (SupportCase joined : picked.joined().values()) {
            event(joined, now, Actor.SYSTEM, "FINDING", text.length() > 2000 ? text.substring(0, 2000) : text);
            // the caller's letter quotes the case it joins: staff's own case is then known to the customer
            if (!acknowledge && joined.madeKnownToCustomer(now)) {
                event(joined, now, Actor.SYSTEM, "MADE_KNOWN_TO_CUSTOMER", "quoted in the customer's letter");
            }
        }
        Map<String, SupportCase> opened = new HashMap<>();
        for (SupportCase c : openedInternally(picked.toOpen().stream().map(a -> new NewCase("INTERNAL", a, null, null, "en",
                subject.length() > CaseRules.SUBJECT_MAX ? subject.substring(0, CaseRules.SUBJECT_MAX) : subject, text,
                Category.ACCOUNT_SECURITY.name(), subcategory, "P2", null, false)).toList(), now, acknowledge)) {
            opened.put(c.accountId(), c);
        }
        Map<String, SecurityCase> out = new LinkedHashMap<>();
        List<SupportCase> all = new ArrayList<>();
        for (String a : ids) {
            SupportCase c = opened.containsKey(a) ? opened.get(a) : picked.joined().get(a);
            all.add(c);
            out.put(a, new SecurityCase(a, c.ticket(), opened.containsKey(a), c.language()));
        }
        if (kind != null) {
            linkAll(all, picked.joined().values(), kind, target, actor.name(), now);
        }
        return out;
    }

    /**
     * The open cases of the accounts, oldest first. On PostgreSQL one probe of the account's index per account, whatever
     * the planner knows: asked as {@code account_id IN (...)}, a chunk's 500 accounts were planned, on statistics taken
     * before a bulk job opened its first cases, as a read of every open case, 290 ms a chunk at 50,000 cases and growing
     * (bench/keys-benchmark.sh, 3 December 2026). The per-account subquery is fenced ({@code OFFSET 0}) and the state
     * checked outside it: without the fence PostgreSQL pulled it up into a join, which the driver's generic plan made
     * a hash join over every open case again (8 to 30 ms a chunk, growing with the job's own cases, 6 December 2026). Then the cases themselves by primary key. Plain SQL does not flush
     * the persistence context as a query does: it is flushed first, so a case changed earlier in the transaction is
     * read as it now is.
     */
    private List<SupportCase> openCasesOf(List<String> accountIds) {
        em.flush();
        List<Long> found = new ArrayList<>();
        statements.readKeys("the accounts' open cases", accountIds,
                "SELECT o.id FROM unnest(CAST(? AS VARCHAR[])) AS a(account_id) CROSS JOIN LATERAL (SELECT s.id, s.state FROM"
                        + " support_case s WHERE s.account_id = a.account_id OFFSET 0) AS o WHERE o.state IN " + SupportCase.OPEN_STATES_SQL,
                "SELECT id FROM support_case WHERE state IN " + SupportCase.OPEN_STATES_SQL + " AND account_id IN",
                rs -> found.add(rs.getLong(1)));
        List<SupportCase> cases = new ArrayList<>();
        for (List<Long> slice : InLists.slices(found)) {
            cases.addAll(em.createNamedQuery(SupportCase.BY_IDS, SupportCase.class).setParameter("ids", slice).getResultList());
        }
        cases.sort(Comparator.comparing(SupportCase::openedAt).thenComparing(SupportCase::id));
        return cases;
    }

    /**
     * {@link #opened} for many system cases without an idempotency key: each checked, their accounts read in one query,
     * their tickets drawn and checked in one, their rows written in one statement ({@link RowSetStatements#insertRows}: the
     * flush built each row field by field, some 15 % of the server's CPU in a 100,000-case job), the acknowledgements
     * queued together (none when {@code acknowledge} is false: the caller writes to the customers itself).
     */
    private List<SupportCase> openedInternally(List<NewCase> requests, Instant now, boolean acknowledge) {
        if (requests.isEmpty()) {
            return List.of();
        }
        Map<String, AccountFacts> facts = accounts.findAll(requests.stream().map(NewCase::accountId).toList());
        for (NewCase request : requests) {
            List<FieldError> errors = new ArrayList<>(CaseRules.check(request));
            if (!facts.containsKey(request.accountId())) {
                errors.add(FieldError.of("accountId", FieldError.Code.UNKNOWN_ACCOUNT, "no account " + request.accountId()
                        + " is known to Redress", request.accountId()));
            }
            if (!errors.isEmpty()) {
                throw new InvalidInput(errors);
            }
        }
        Actor system = Actor.system();
        List<TicketNumber> tickets = freshTickets(requests.size());
        List<SupportCase> cases = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            cases.add(new SupportCase(tickets.get(i), requests.get(i), sla.targets(), system.name(), now));
        }
        long[] ids = statements.nextIds(SupportCase.class, cases.size());
        for (int i = 0; i < cases.size(); i++) {
            cases.get(i).numbered(ids[i]);
        }
        statements.insertRows("new cases", "support_case", SupportCase.ROW_COLUMNS, cases.stream().map(SupportCase::row).toList());
        List<Outbox.Outgoing> acks = new ArrayList<>();
        List<CaseEvent> opened = new ArrayList<>();
        for (SupportCase c : cases) {
            if (acknowledge) {
                announced(c, now, system.name(), facts.get(c.accountId()).confidential(), CaseDisclosure.Opening.CUSTOMERS_REQUEST)
                        .ifPresent(ack -> acks.add(new Outbox.Outgoing(c, ack)));
            } else {
                opened.add(openedEventOf(c, now, system.name(), "; no acknowledgement: the customer's letter quotes this case"));
            }
        }
        insertEvents(opened);
        outbox.storeAll(acks, system, "SYSTEM", now);
        recorder.recordAll(cases.stream().map(c -> new AuditRecorder.Append(c.accountId(), system, "SYSTEM", "CASE_OPENED",
                ENTITY, c.ticket(), null, c.snapshot().toJson(), null)).toList());
        return cases;
    }

    /**
     * Links each case to a record once; each new link on its case's timeline. Only the cases that were there before
     * ({@code older}) can have the link already (one query for them): a case opened in this transaction has none. Asked
     * for every case of a bulk job's chunk, that query was planned, on statistics older than the job, as a read of every
     * link: 90 ms a chunk by the end of a 100,000-account job (bench/keys-benchmark.sh, 3 December 2026).
     */
    private void linkAll(List<SupportCase> cases, Collection<SupportCase> older, CaseLink.Kind kind, String target, String by,
                         Instant now) {
        List<Long> ids = older.stream().map(SupportCase::id).distinct().toList();
        Set<Long> linked = new HashSet<>();
        for (List<Long> slice : InLists.slices(ids)) {
            linked.addAll(em.createNamedQuery(CaseLink.LINKED_CASES, Long.class).setParameter("ids", slice)
                    .setParameter("kind", kind).setParameter("target", target).getResultList());
        }
        List<CaseLink> links = new ArrayList<>();
        List<CaseEvent> events = new ArrayList<>();
        for (SupportCase c : cases) {
            if (linked.add(c.id())) {
                links.add(new CaseLink(c.id(), kind, target, by, now));
                events.add(new CaseEvent(c.id(), now, by, "LINKED", kind + " " + target));
            }
        }
        statements.insertNew("case links", "case_link", CaseLink.ROW_COLUMNS, CaseLink.class, links, CaseLink::row);
        insertEvents(events);
    }

    /**
     * Timeline events of many cases in one statement (a bulk job's hundreds a chunk: the flush built each row field by
     * field); their ids drawn in the order given, which orders events of the same instant.
     */
    private void insertEvents(List<CaseEvent> events) {
        statements.insertNew("case events", "case_event", CaseEvent.ROW_COLUMNS, CaseEvent.class, events, CaseEvent::row);
    }

    /** A new case's OPENED event on its timeline: how it came in and where it queues, then {@code more}. */
    private void openedEvent(SupportCase c, Instant now, String by, String more) {
        em.persist(openedEventOf(c, now, by, more));
    }

    private static CaseEvent openedEventOf(SupportCase c, Instant now, String by, String more) {
        return new CaseEvent(c.id(), now, by, "OPENED", "via " + c.channel() + " into queue " + c.view(now).queue() + more);
    }

    /**
     * What follows a new case's insert, whether it was opened alone or with others: its OPENED event, a complaint
     * made known to the account's record, and its acknowledgement rendered through the check point.
     *
     * @return the acknowledgement to queue; empty when the template itself names a forbidden term: nothing is sent,
     *         and the case says so for the agent; empty too for staff's own work, which the customer did not ask for
     */
    private Optional<Outbox.Rendered> announced(SupportCase c, Instant now, String by, boolean confidential,
                                                CaseDisclosure.Opening opening) {
        openedEvent(c, now, by, opening.acknowledged() ? "" : "; no acknowledgement: " + opening.why());
        if (c.complaint() && c.accountId() != null) {
            complaints.fire(new ComplaintRecorded(c.accountId(), ComplaintRecorded.Kind.COMPLAINT_CASE, "case " + c.ticket(), now, by));
        }
        if (!opening.acknowledged()) {
            return Optional.empty();
        }
        Outbox.Rendered ack = outbox.render(c, MessageTemplate.ACKNOWLEDGEMENT, null, null, confidential);
        if (ack.blocked().isPresent()) {
            event(c, now, "system", "ACKNOWLEDGEMENT_BLOCKED", "term '" + ack.blocked().get().term() + "': "
                    + ack.blocked().get().why());
            return Optional.empty();
        }
        return Optional.of(ack);
    }

    /** The customer's reply through the exchange. A closed case is not reopened: the reply opens a new, linked case. */
    public CaseView customerReply(Actor actor, String ticket, String body) {
        String role = access.require(actor, Permission.CASE_CUSTOMER_REPLY);
        String text = message(body, "body");
        SupportCase c = readsAsCustomer(actor) ? customersCase(ticket) : live(ticket);
        Instant now = clock.instant();
        String before = c.snapshot().toJson();
        CaseState was = c.state();
        if (!c.customerWrote(now)) {
            NewCase follow = new NewCase(c.channel().name(), c.accountId(), c.customerName(), c.customerContact(), c.language(),
                    "Follow-up to " + c.ticket(), text, null, null, null, null, null);
            SupportCase next = openAs(actor, role, follow);
            em.persist(new CaseMessage(next.id(), CaseMessage.Direction.IN, actor.name(), text, null, null, now));
            link(next, CaseLink.Kind.CASE, c.ticket(), actor.name(), now);
            link(c, CaseLink.Kind.CASE, next.ticket(), actor.name(), now);
            event(c, now, actor.name(), "FOLLOW_UP_OPENED", "the customer wrote after closure: " + next.ticket());
            return next.view(now);
        }
        em.persist(new CaseMessage(c.id(), CaseMessage.Direction.IN, actor.name(), text, null, null, now));
        c.refreshSla(now);
        flush(c);
        event(c, now, actor.name(), "CUSTOMER_REPLIED", was == c.state() ? null : was + " → " + c.state()
                + (was == CaseState.RESOLVED ? " (reopened within 14 days of resolution)" : ""));
        audit.recordFor(c.accountId(), actor, role, was == CaseState.RESOLVED ? "CASE_REOPENED" : "CASE_CUSTOMER_REPLIED", ENTITY, c.ticket(),
                before, c.snapshot().toJson(), null);
        return c.view(now);
    }

    // ---- reading -----------------------------------------------------------------------------------------------

    /** Works with a merged ticket too: it answers the surviving case. */
    public CaseView get(Actor actor, String ticket) {
        access.require(actor, Permission.CASE_READ);
        return surviving(byTicket(ticket)).view(clock.instant());
    }

    public CaseDetail detail(Actor actor, String ticket) {
        access.require(actor, Permission.CASE_READ);
        SupportCase c = surviving(byTicket(ticket));
        List<SupportCase> merged = em.createNamedQuery(SupportCase.MERGED_INTO, SupportCase.class).setParameter("id", c.id())
                .getResultList();
        List<Long> ids = new ArrayList<>(List.of(c.id()));
        merged.forEach(m -> ids.add(m.id()));
        LinkedPosts.Linked posts = linkedPosts.linkedTo(ids, TIMELINE_POSTS);
        return new CaseDetail(c.view(clock.instant()),
                TimelineEntry.merged(em.createNamedQuery(CaseEvent.FOR_CASE, CaseEvent.class).setParameter("ids", ids)
                        .getResultList().stream().map(CaseEvent::entry).toList(), posts.posts()),
                em.createNamedQuery(CaseMessage.FOR_CASE, CaseMessage.class).setParameter("id", c.id()).getResultList().stream()
                        .map(CaseMessage::view).toList(),
                em.createNamedQuery(CaseLink.FOR_CASE, CaseLink.class).setParameter("id", c.id()).getResultList().stream()
                        .map(CaseLink::view).toList(),
                outbox.forCase(c),
                merged.stream().map(SupportCase::ticket).toList(), posts.total() - posts.posts().size());
    }

    /** The account's cases, newest first (the account page). */
    public List<io.redress.cases.domain.QueueRow> forAccount(Actor actor, String accountId) {
        access.require(actor, Permission.CASE_READ);
        return em.createQuery("SELECT NEW io.redress.cases.domain.QueueRow(c.id, c.ticket, c.subject, c.accountId, c.channel,"
                        + " c.category, c.priority, c.queue, c.assignee, c.state, c.openedAt, c.slaState, c.slaDueAt)"
                        + " FROM SupportCase c WHERE c.accountId = :account ORDER BY c.openedAt DESC, c.id DESC",
                io.redress.cases.domain.QueueRow.class).setParameter("account", accountId).setMaxResults(100).getResultList();
    }

    /**
     * Whether this caller reads cases as the customer sees them: the exchange's systems (INTEGRATION and nothing
     * else) speak for the customer, staff see the whole case.
     */
    public static boolean readsAsCustomer(Actor actor) {
        return actor.speaksForCustomer();
    }

    /** A case as the customer may see it through the exchange: no internal notes, queue, assignee or staff names. */
    public record CustomerCase(String ticket, String state, String subject, Instant receivedAt, Instant decisionDueAt,
                               Instant resolvedAt, String outcome, List<CustomerMessage> messages) {
    }

    public record CustomerMessage(String from, String body, Instant at) {
    }

    /**
     * The case as the customer may see it: 404 for staff's own work they were never told of, a merge followed only into
     * a case of theirs they know, and a subject the check point would refuse for a confidential account not shown
     * ({@link CaseDisclosure}).
     */
    public CustomerCase forCustomer(Actor actor, String ticket) {
        access.require(actor, Permission.CASE_READ_CUSTOMER_VIEW);
        SupportCase c = customersCase(ticket);
        CaseView v = c.view(clock.instant());
        List<CustomerMessage> messages = em.createNamedQuery(CaseMessage.FOR_CASE, CaseMessage.class).setParameter("id", c.id())
                .getResultList().stream().map(CaseMessage::view).filter(m -> !m.direction().equals("NOTE"))
                .map(m -> new CustomerMessage(m.direction().equals("OUT") ? "support" : "customer", m.body(), m.at())).toList();
        // the customer sees "in progress" for the internal states of an open case
        String state = switch (v.state()) {
            case WAITING_ON_CUSTOMER -> "WAITING_ON_CUSTOMER";
            case RESOLVED, CLOSED -> v.state().name();
            default -> "IN_PROGRESS";
        };
        String subject = CaseDisclosure.subjectForCustomer(v.subject(), v.ticket(), outbox.checkPointRefuses(c.accountId(), v.subject()));
        return new CustomerCase(v.ticket(), state, subject, v.openedAt(), v.decisionDueAt(), v.resolvedAt(),
                v.outcome() == null ? null : v.outcome().name(), messages);
    }

    /** The case a ticket shows the customer (the exchange speaking for them); absent as an unknown ticket is when none. */
    private SupportCase customersCase(String ticket) {
        SupportCase asked = byTicket(ticket);
        SupportCase survivor = surviving(asked);
        return switch (CaseDisclosure.toCustomer(disclosureFacts(asked), disclosureFacts(survivor))) {
            case NONE -> throw new NotFound("Case", asked.ticket());
            case ASKED -> asked;
            case SURVIVOR -> survivor;
        };
    }

    private static CaseDisclosure.Facts disclosureFacts(SupportCase c) {
        return new CaseDisclosure.Facts(c.accountId(), c.knownToCustomer());
    }

    // ---- staff work ----------------------------------------------------------------------------------------------

    public CaseView change(Actor actor, String ticket, long expectedVersion, CaseChange change) {
        String role = access.require(actor, Permission.CASE_CHANGE);
        String assignee = StaffRoster.canonicalName(change.assignee());
        List<FieldError> errors = new ArrayList<>();
        if (change.queue() != null && !Queues.ALL.contains(change.queue())) {
            errors.add(FieldError.oneOf("queue", Queues.ALL));
        }
        if (assignee != null && (assignee.isBlank() || assignee.length() > 128)) {
            errors.add(FieldError.of("assignee", FieldError.Code.STAFF_USERNAME, "a staff username"));
        } else if (assignee != null && !staff.isActiveWithAnyOf(assignee, Permission.CASE_CHANGE.roles())) {
            errors.add(FieldError.of("assignee", FieldError.Code.UNKNOWN_ASSIGNEE, "no active staff member who works cases is called '" + assignee + "'", assignee));
        }
        if (change.note() != null && change.note().length() > MESSAGE_MAX) {
            errors.add(FieldError.tooLong("note", MESSAGE_MAX));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        SupportCase c = live(ticket);
        checkVersion(c, expectedVersion);
        Instant now = clock.instant();
        String before = c.snapshot().toJson();
        List<String> what = new ArrayList<>();
        CaseView v = c.view(now);
        if (change.unassign() && v.assignee() != null) {
            c.assign(null, now);
            what.add("unassigned");
        } else if (assignee != null && !assignee.equals(v.assignee())) {
            c.assign(assignee, now);
            what.add("assigned to " + assignee + (c.state() != v.state() ? ", " + v.state() + " → " + c.state() : ""));
        }
        if (change.priority() != null && change.priority() != v.priority()) {
            c.reprioritise(change.priority(), sla.targets(), now);
            what.add("priority " + v.priority() + " → " + change.priority());
        }
        if (change.category() != null && (change.category() != v.category()
                || !Objects.equals(change.subcategory(), v.subcategory()))) {
            c.recategorise(change.category(), change.subcategory(), now);
            what.add("category " + change.category() + (change.subcategory() == null ? "" : " / " + change.subcategory()));
        }
        if (change.queue() != null && !change.queue().equals(v.queue())) {
            c.moveToQueue(change.queue(), now);
            what.add("queue " + v.queue() + " → " + change.queue());
        }
        if (change.complaint() != null && change.complaint() != v.complaint()) {
            c.markComplaint(change.complaint(), now);
            what.add(change.complaint() ? "marked as a complaint" : "marked as not a complaint");
            if (change.complaint() && c.accountId() != null) {
                complaints.fire(new ComplaintRecorded(c.accountId(), ComplaintRecorded.Kind.COMPLAINT_CASE, "case " + c.ticket(),
                        now, actor.name()));
            }
        }
        // the state the caller saw is no change; one the assignment has already reached neither
        if (change.state() != null && change.state() != v.state() && change.state() != c.state()) {
            CaseState was = c.state();
            c.moveTo(change.state(), change.outcome(), now);
            what.add("state " + was + " → " + change.state()
                    + (change.state() == CaseState.RESOLVED ? " (" + change.outcome() + ")" : ""));
        }
        if (what.isEmpty()) {
            return v;
        }
        c.refreshSla(now);
        flush(c);
        String summary = String.join("; ", what);
        event(c, now, actor.name(), "CHANGED", summary + (change.note() == null || change.note().isBlank() ? "" : " — " + change.note().strip()));
        audit.recordFor(c.accountId(), actor, role, "CASE_CHANGED", ENTITY, c.ticket(), before, c.snapshot().toJson(),
                change.note() == null || change.note().isBlank() ? summary : change.note().strip());
        return c.view(now);
    }

    /** An internal note: on the timeline and in the messages, never sent. */
    public CaseView note(Actor actor, String ticket, String body) {
        String role = access.require(actor, Permission.CASE_NOTE);
        String text = message(body, "body");
        SupportCase c = live(ticket);
        Instant now = clock.instant();
        em.persist(new CaseMessage(c.id(), CaseMessage.Direction.NOTE, actor.name(), text, null, null, now));
        event(c, now, actor.name(), "NOTE", null);
        audit.recordFor(c.accountId(), actor, role, "CASE_NOTE_ADDED", ENTITY, c.ticket(), null, null, null);
        return c.view(now);
    }

    /** The message as the customer would receive it, and whether the check point would stop it. */
    public Outbox.Rendered preview(Actor actor, String ticket, String templateCode, String message) {
        access.require(actor, Permission.CASE_REPLY);
        String template = CaseRules.replyTemplate(templateCode);
        SupportCase c = surviving(byTicket(ticket));
        return outbox.render(c, template, message, signature(actor));
    }

    /** Templates are signed with the staff member's name as customers should read it, not their login. */
    private String signature(Actor actor) {
        return staff.displayName(actor.name()).orElse(actor.name());
    }

    /**
     * Sends a templated message to the customer. The check point comes first: a blocked message is audited as
     * blocked, stored nowhere, and the refusal names the term and why. A REQUEST_INFORMATION message puts the
     * case in WAITING_ON_CUSTOMER (the clocks pause).
     */
    public OutboxView reply(Actor actor, String ticket, long expectedVersion, String templateCode, String message) {
        String role = access.require(actor, Permission.CASE_REPLY);
        if (message == null || message.isBlank()) {
            throw new InvalidInput(FieldError.of("message", FieldError.Code.REQUIRED, "required: the text the template wraps"));
        }
        message(message, "message");
        templateCode = CaseRules.replyTemplate(templateCode);
        SupportCase c = live(ticket);
        checkVersion(c, expectedVersion);
        Outbox.Rendered r = outbox.render(c, templateCode, message, signature(actor));
        if (r.blocked().isPresent()) {
            audit.recordIndependentlyFor(c.accountId(), actor, "MESSAGE_BLOCKED", ENTITY, c.ticket(), "forbidden term '"
                    + r.blocked().get().term() + "' for a confidential account: " + r.blocked().get().why());
            throw RuleViolation.of("forbidden-term", "Not sent: the message contains '" + r.blocked().get().term()
                    + "', which may not be said to this account. " + r.blocked().get().why(), r.blocked().get().term(),
                    r.blocked().get().why());
        }
        Instant now = clock.instant();
        String before = c.snapshot().toJson();
        OutboxView sent = outbox.store(c, r, actor, role, now);
        c.answered(now);
        if ("REQUEST_INFORMATION".equals(templateCode) && c.state().next().contains(CaseState.WAITING_ON_CUSTOMER)) {
            c.moveTo(CaseState.WAITING_ON_CUSTOMER, null, now);
        }
        c.refreshSla(now);
        flush(c);
        audit.recordFor(c.accountId(), actor, role, "CASE_REPLIED", ENTITY, c.ticket(), before, c.snapshot().toJson(),
                templateCode + " queued as outbox message " + sent.id());
        return sent;
    }

    public CaseView link(Actor actor, String ticket, String kind, String target) {
        String role = access.require(actor, Permission.CASE_LINK);
        CaseLink.Kind k;
        try {
            k = CaseLink.Kind.valueOf(kind == null ? "" : kind);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(FieldError.of("kind", FieldError.Code.ONE_OF, "one of ACCOUNT, RESTRICTION, CASE", "ACCOUNT, RESTRICTION, CASE"));
        }
        if (k == CaseLink.Kind.CLAIM || k == CaseLink.Kind.INCIDENT || k == CaseLink.Kind.EVIDENCE) {
            throw new InvalidInput(FieldError.of("kind", FieldError.Code.LINKS_ITSELF, "a claim, an incident or an evidence report links itself to its cases; link ACCOUNT, RESTRICTION or CASE"));
        }
        String t = target == null ? "" : target.strip();
        boolean exists = switch (k) {
            case ACCOUNT -> !t.isEmpty() && account(t).isPresent();
            case RESTRICTION -> t.matches("[0-9]{1,18}") && restrictions.exists(Long.parseLong(t));
            case CASE -> TicketNumber.parse(t).map(n -> !em.createNamedQuery(SupportCase.BY_TICKET, SupportCase.class)
                    .setParameter("ticket", n.value()).getResultList().isEmpty()).orElse(false);
            // a claim links itself to the case it runs on when it is filed
            case CLAIM, INCIDENT, EVIDENCE -> false;
        };
        if (!exists) {
            throw new InvalidInput(FieldError.of("target", FieldError.Code.UNKNOWN_TARGET, "no " + k.name().toLowerCase(java.util.Locale.ROOT) + " " + t + " is known to Redress", k.name().toLowerCase(java.util.Locale.ROOT), t));
        }
        SupportCase c = live(ticket);
        String normalised = k == CaseLink.Kind.CASE ? TicketNumber.parse(t).orElseThrow().value() : t;
        if (k == CaseLink.Kind.CASE && normalised.equals(c.ticket())) {
            throw new InvalidInput(FieldError.of("target", FieldError.Code.LINK_TO_ITSELF, "a case cannot link to itself"));
        }
        Instant now = clock.instant();
        if (link(c, k, normalised, actor.name(), now)) {
            event(c, now, actor.name(), "LINKED", k + " " + normalised);
            audit.recordFor(c.accountId(), actor, role, "CASE_LINKED", ENTITY, c.ticket(), null, null, k + " " + normalised);
        }
        return c.view(now);
    }

    /**
     * Merges a duplicate into the surviving case: the duplicate is closed and points to the survivor, its
     * messages move, and its ticket keeps answering with the survivor.
     */
    public CaseView merge(Actor actor, String duplicateTicket, String survivorTicket) {
        String role = access.require(actor, Permission.CASE_MERGE);
        SupportCase duplicate = live(duplicateTicket);
        SupportCase survivor = surviving(byTicket(survivorTicket));
        Instant now = clock.instant();
        String before = duplicate.snapshot().toJson();
        duplicate.mergeInto(survivor, now);
        duplicate.refreshSla(now);
        flush(duplicate);
        int moved = em.createNamedQuery(CaseMessage.MOVE).setParameter("to", survivor.id()).setParameter("from", duplicate.id())
                .executeUpdate();
        link(survivor, CaseLink.Kind.CASE, duplicate.ticket(), actor.name(), now);
        event(duplicate, now, actor.name(), "MERGED", "into " + survivor.ticket());
        event(survivor, now, actor.name(), "MERGED_IN", duplicate.ticket() + " (" + moved + " messages moved)");
        audit.recordFor(duplicate.accountId(), actor, role, "CASE_MERGED", ENTITY, duplicate.ticket(), before, duplicate.snapshot().toJson(),
                "into " + survivor.ticket());
        return survivor.view(now);
    }

    // ---- for other contexts (through CaseDirectory), in their transaction: they authorized their own action -------

    /** The live case a ticket leads to (following merges), as a record; empty for an unknown or malformed ticket. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<CaseView> liveCase(String ticket) {
        return TicketNumber.parse(ticket).flatMap(this::findLive).map(c -> c.view(clock.instant()));
    }

    /** Links another context's record to a case (a claim that runs on its clocks); on the case's timeline once. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void attach(Actor actor, String ticket, CaseLink.Kind kind, String target) {
        SupportCase c = live(ticket);
        Instant now = clock.instant();
        if (link(c, kind, target, actor.name(), now)) {
            event(c, now, actor.name(), "LINKED", kind + " " + target);
        }
    }

    /**
     * A templated message to the case's customer in their language, written for another context's decision (a claim's)
     * and handed to the one outbox, whose check point refuses a blocked message (forbidden-term) and audits it.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public OutboxView notifyCustomer(Actor actor, String role, String ticket, String templateCode, String message) {
        SupportCase c = live(ticket);
        Outbox.Rendered r = outbox.render(c, templateCode, message, null);
        return outbox.store(c, r, actor, role, clock.instant());
    }

    /** For CaseDirectory, in the caller's transaction: the live case a ticket leads to (following merges), if any. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<SupportCase> findLive(TicketNumber ticket) {
        return em.createNamedQuery(SupportCase.BY_TICKET, SupportCase.class).setParameter("ticket", ticket.value())
                .getResultStream().findFirst().map(this::surviving);
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private TicketNumber freshTicket() {
        for (int attempt = 0; attempt < 5; attempt++) {
            TicketNumber t = TicketNumber.random();
            if (em.createNamedQuery(SupportCase.TICKET_TAKEN, Long.class).setParameter("ticket", t.value())
                    .setMaxResults(1).getResultList().isEmpty()) {
                return t;
            }
        }
        throw new IllegalStateException("no free ticket number after 5 attempts");
    }

    /**
     * {@code n} distinct ticket numbers nobody holds, checked in one query a round (a taken one is drawn again): on
     * PostgreSQL the candidates as one array parameter, as a bulk job's 500 a chunk as an IN list cost more to bind and
     * plan than to look up.
     */
    private List<TicketNumber> freshTickets(int n) {
        em.flush(); // plain SQL below: the cases this transaction opened so far are written first
        Set<String> drawn = new LinkedHashSet<>();
        for (int attempt = 0; attempt < 5; attempt++) {
            Set<String> candidates = new LinkedHashSet<>();
            while (drawn.size() + candidates.size() < n) {
                String t = TicketNumber.random().value();
                if (!drawn.contains(t)) {
                    candidates.add(t);
                }
            }
            Set<String> taken = new HashSet<>();
            statements.readKeys("tickets taken", candidates, "SELECT ticket FROM support_case WHERE ticket = ANY(?::varchar[])",
                    "SELECT ticket FROM support_case WHERE ticket IN", rs -> taken.add(rs.getString(1)));
            candidates.removeAll(taken);
            drawn.addAll(candidates);
            if (drawn.size() == n) {
                return drawn.stream().map(TicketNumber::new).toList();
            }
        }
        throw new IllegalStateException("no " + n + " free ticket numbers after 5 attempts");
    }

    SupportCase byTicket(String ticket) {
        TicketNumber t = TicketNumber.parse(ticket).orElseThrow(() -> new NotFound("Case", String.valueOf(ticket)));
        return em.createNamedQuery(SupportCase.BY_TICKET, SupportCase.class).setParameter("ticket", t.value())
                .getResultStream().findFirst().orElseThrow(() -> new NotFound("Case", t.value()));
    }

    private SupportCase surviving(SupportCase c) {
        SupportCase current = c;
        for (int hops = 0; current.mergedIntoId() != null && hops < 10; hops++) {
            current = em.find(SupportCase.class, current.mergedIntoId());
        }
        return current;
    }

    /** The case work happens on: a merged ticket leads to its survivor. */
    private SupportCase live(String ticket) {
        return surviving(byTicket(ticket));
    }

    private Optional<AccountFacts> account(String id) {
        return accounts.find(id);
    }

    private static void checkVersion(SupportCase c, long expected) {
        if (expected != c.version()) {
            throw new StaleVersion(ENTITY, c.ticket(), expected, c.version());
        }
    }

    private void flush(SupportCase c) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersion("Case " + c.ticket() + " was changed by someone else at the same time; read it again");
        }
    }

    private boolean link(SupportCase c, CaseLink.Kind kind, String target, String by, Instant now) {
        long existing = em.createNamedQuery(CaseLink.EXISTS, Long.class).setParameter("id", c.id()).setParameter("kind", kind)
                .setParameter("target", target).getSingleResult();
        if (existing > 0) {
            return false;
        }
        em.persist(new CaseLink(c.id(), kind, target, by, now));
        return true;
    }

    private void event(SupportCase c, Instant at, String actor, String kind, String detail) {
        em.persist(new CaseEvent(c.id(), at, actor, kind, detail));
    }

    private static String message(String body, String field) {
        if (body == null || body.isBlank()) {
            throw new InvalidInput(field, "required");
        }
        if (body.strip().length() > MESSAGE_MAX) {
            throw new InvalidInput(field, "at most " + MESSAGE_MAX + " characters");
        }
        return body.strip();
    }
}
