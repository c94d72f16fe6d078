package io.redress.messaging.application;

import io.redress.accounts.api.AccountFacts;
import io.redress.accounts.api.Accounts;
import io.redress.audit.api.ChainedEntries;
import io.redress.audit.application.AuditChainer;
import io.redress.audit.application.AuditRecorder;
import io.redress.audit.application.AuditTrail;
import io.redress.messaging.api.CustomerMessageLog;
import io.redress.messaging.api.CustomerMessageRequested;
import io.redress.messaging.api.CustomerMessageView;
import io.redress.messaging.api.CustomerMessagesRequested;
import io.redress.messaging.api.MessageBatch;
import io.redress.messaging.domain.CustomerMessage;
import io.redress.messaging.domain.ForbiddenTerm;
import io.redress.messaging.domain.MessageCheckpoint;
import io.redress.messaging.domain.MessagePosition;
import io.redress.messaging.domain.QueuePlan;
import io.redress.shared.application.Access;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.NotFound;
import io.redress.shared.domain.Permission;
import io.redress.shared.domain.RuleViolation;
import io.redress.shared.infrastructure.RowSetStatements;
import jakarta.annotation.Resource;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.Optional;

/**
 * The one customer outbox. Every message to a customer arrives as a {@link CustomerMessageRequested} event in the
 * requester's transaction, passes the one check point, and is queued with its delivery position; the exchange reads
 * what is pending (or everything after a position) and acknowledges each delivery.
 * <p>
 * The position is the sequence number of the audit entry {@code MESSAGE_QUEUED}, which only the audit chainer hands
 * out, after the message committed, under the chain head's lock: the message takes it in the chainer's transaction
 * ({@link #positioned}), so positions become visible in order and a reader that has seen position P never later
 * finds a message below P. A message committed and not yet chained (a few milliseconds) has no position yet: the
 * cursor does not see it until it has one. A sequence id alone can skip: ids are allocated before commit and in
 * blocks per instance, so a message committed late may carry a lower id than one already read.
 */
@Stateless
@LocalBean
@Local(CustomerMessageLog.class)
public class CustomerOutbox implements CustomerMessageLog {

    public static final String ENTITY = "CustomerMessage";
    public static final int MAX_BATCH = 500;
    /** The transaction's resource under which {@link #queue} leaves a message it queued, by request key. */
    private static final String QUEUED = CustomerOutbox.class.getName() + ".queued:";

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    Access access;
    @Inject
    AuditTrail audit;
    /** The observer's append: it runs in the requester's transaction, so without the EJB call. */
    @Inject
    AuditRecorder recorder;
    @Inject
    AuditChainer chainer;
    @Inject
    RowSetStatements statements;
    @Inject
    Clock clock;
    @Inject
    Accounts accounts;
    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Observed in the requester's transaction: the message is queued exactly when the decision commits, or refused. */
    public void queue(@Observes CustomerMessageRequested request) {
        Objects.requireNonNull(request.requestKey(), "requestKey");
        Objects.requireNonNull(request.actor(), "actor");
        if (!request.freshKey() && !em.createNamedQuery(CustomerMessage.BY_KEY, CustomerMessage.class)
                .setParameter("key", request.requestKey()).setMaxResults(1).getResultList().isEmpty()) {
            return;
        }
        // a requester that made the account confidential says so: the same check, without reading the flag again
        Optional<Blocked> blocked = request.confidentialKnown() ? check(true, request.subject(), request.body())
                : check(request.accountId(), request.subject(), request.body());
        if (blocked.isPresent()) {
            audit.recordIndependentlyFor(request.accountId(), request.actor(), "MESSAGE_BLOCKED", ENTITY,
                    request.reference(), "forbidden term '" + blocked.get().term() + "' for a confidential account: "
                            + blocked.get().why());
            throw RuleViolation.of("forbidden-term", "Not sent: the message contains '" + blocked.get().term()
                    + "', which may not be said to this account. " + blocked.get().why(), blocked.get().term(), blocked.get().why());
        }
        CustomerMessage message = new CustomerMessage(request, clock.instant());
        em.persist(message);
        message.numbered();
        // the requester reads it back by its key in this transaction (byKey): answered from here, without a query
        transactions.putResource(QUEUED + request.requestKey(), message);
        queued(request, message);
    }

    /**
     * Many requests at once, observed in the requester's transaction: each treated as {@link #queue} treats one, with a
     * fixed number of statements for the lot (the keys already queued in one query, the accounts' confidentiality in
     * one, the forbidden terms read once, the messages and their audit inserted in JDBC batches). All or nothing: when
     * the check point stops one, nothing is queued and the batch is refused ({@code forbidden-term}); a batch of one is
     * {@link #queue}, whose refusal is audited on the account's timeline.
     */
    public void queueAll(@Observes CustomerMessagesRequested batch) {
        List<CustomerMessageRequested> requests = batch.requests();
        if (requests.size() == 1) {
            queue(requests.get(0));
            return;
        }
        if (requests.isEmpty()) {
            return;
        }
        requests.forEach(r -> {
            Objects.requireNonNull(r.requestKey(), "requestKey");
            Objects.requireNonNull(r.actor(), "actor");
        });
        List<String> maybeQueued = requests.stream().filter(r -> !r.freshKey()).map(CustomerMessageRequested::requestKey)
                .distinct().toList();
        Set<String> queued = new HashSet<>();
        // plain SQL (on PostgreSQL the keys as one array parameter): what this transaction queued so far is written first
        em.flush();
        statements.readKeys("the request keys taken", maybeQueued,
                "SELECT request_key FROM customer_message WHERE request_key = ANY(?::varchar[])",
                "SELECT request_key FROM customer_message WHERE request_key IN", rs -> queued.add(rs.getString(1)));
        Map<String, AccountFacts> facts = accounts.findAll(requests.stream().map(CustomerMessageRequested::accountId)
                .filter(Objects::nonNull).toList());
        // an unknown account counts as confidential, as for one message
        java.util.function.Predicate<String> confidential = a -> !facts.containsKey(a) || facts.get(a).confidential();
        boolean anyConfidential = requests.stream().anyMatch(r -> r.accountId() != null && confidential.test(r.accountId()));
        List<MessageCheckpoint.Term> terms = anyConfidential
                ? em.createNamedQuery(ForbiddenTerm.ALL, ForbiddenTerm.class).getResultList().stream().map(ForbiddenTerm::term).toList()
                : List.of();
        QueuePlan.Plan plan = QueuePlan.of(requests.stream().map(r -> new QueuePlan.Request(r.requestKey(), r.accountId(),
                r.subject(), r.body())).toList(), queued, confidential, terms);
        if (plan.stopped().isPresent()) {
            QueuePlan.Stopped s = plan.stopped().get();
            throw RuleViolation.of("forbidden-term", "Not sent: the message " + s.requestKey() + " contains '"
                    + s.blocked().term() + "', which may not be said to this account. " + s.blocked().why(),
                    s.blocked().term(), s.blocked().why());
        }
        java.time.Instant now = clock.instant();
        List<CustomerMessage> persisted = new ArrayList<>();
        long[] ids = statements.nextIds(CustomerMessage.class, plan.queue().size());
        for (int i : plan.queue()) {
            CustomerMessage message = new CustomerMessage(requests.get(i), now);
            message.numbered(ids[persisted.size()]);
            persisted.add(message);
            transactions.putResource(QUEUED + requests.get(i).requestKey(), message);
        }
        // the messages in one statement (their rows built field by field by the flush were a fifth of a bulk job's CPU in
        // the server), then their audit in one
        statements.insertRows("messages queued", "customer_message", CustomerMessage.ROW_COLUMNS,
                persisted.stream().map(CustomerMessage::row).toList());
        List<AuditRecorder.Append> entries = new ArrayList<>(persisted.size());
        for (int n = 0; n < persisted.size(); n++) {
            entries.add(queuedEntry(requests.get(plan.queue().get(n)), persisted.get(n)));
        }
        recorder.recordAll(entries);
    }

    private void queued(CustomerMessageRequested request, CustomerMessage message) {
        recorder.append(queuedEntry(request, message));
    }

    /** The MESSAGE_QUEUED entry of a message: its chain position becomes the message's delivery position. */
    private static AuditRecorder.Append queuedEntry(CustomerMessageRequested request, CustomerMessage message) {
        return new AuditRecorder.Append(request.accountId(), request.actor(), request.actingRole(), "MESSAGE_QUEUED", ENTITY,
                message.id().toString(), null, "{\"source\":\"" + request.source() + "\",\"kind\":\"" + request.kind()
                        + "\",\"reference\":" + (request.reference() == null ? "null" : "\"" + request.reference().replace("\"", "'") + "\"")
                        + ",\"channel\":\"" + request.channel() + "\"}",
                request.subject() == null ? request.kind() : request.kind() + ": " + request.subject());
    }

    /**
     * Observed in the audit chainer's transaction: a queued message takes the sequence number of its
     * {@code MESSAGE_QUEUED} entry as its delivery position, visible exactly when the chain is. A row of its own
     * ({@link MessagePosition}): the message itself is not written again, so an acknowledgement racing the chainer
     * never meets a changed version either.
     */
    public void positioned(@Observes ChainedEntries chained) {
        List<ChainedEntries.Chained> queued = chained.entries().stream()
                .filter(c -> "MESSAGE_QUEUED".equals(c.action()) && ENTITY.equals(c.entityType()) && c.entityId() != null)
                .toList();
        if (queued.isEmpty()) {
            return;
        }
        // one statement for the chainer's batch on PostgreSQL (a JDBC batch on H2), not one per message
        Long[] ids = queued.stream().map(c -> Long.valueOf(c.entityId())).toArray(Long[]::new);
        Long[] positions = queued.stream().map(ChainedEntries.Chained::seq).toArray(Long[]::new);
        statements.write("messages' delivery positions", MessagePosition.INSERT_ALL_SQL, (ps, c) -> {
            ps.setArray(1, c.createArrayOf("bigint", ids));
            ps.setArray(2, c.createArrayOf("bigint", positions));
        }, MessagePosition.INSERT_SQL, ids.length, (ps, i) -> {
            ps.setLong(1, positions[i]);
            ps.setLong(2, ids[i]);
            ps.setLong(3, ids[i]);
            ps.setLong(4, ids[i]);
        });
    }

    /** The messages as the exchange reads them, each at its delivery position (one query for all of them). */
    private List<CustomerMessageView> views(List<CustomerMessage> messages) {
        if (messages.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> positions = new HashMap<>();
        statements.readIds("the messages' delivery positions", messages.stream().map(CustomerMessage::id).toList(),
                MessagePosition.OF_SQL, MessagePosition.OF_IN_SQL, rs -> positions.put(rs.getLong(1), rs.getLong(2)));
        return messages.stream().map(m -> m.view(positions.get(m.id()))).toList();
    }

    private CustomerMessageView view(CustomerMessage message) {
        return views(List.of(message)).get(0);
    }

    /** The one check point: for an account marked confidential, no forbidden term (an unknown account counts as one). */
    @Override
    public Optional<Blocked> check(String accountId, String subject, String body) {
        return check(accountId != null && confidential(accountId), subject, body);
    }

    @Override
    public Optional<Blocked> check(boolean confidential, String subject, String body) {
        if (!confidential) {
            return Optional.empty();
        }
        List<MessageCheckpoint.Term> terms = em.createNamedQuery(ForbiddenTerm.ALL, ForbiddenTerm.class).getResultList()
                .stream().map(ForbiddenTerm::term).toList();
        return MessageCheckpoint.check(subject == null ? "" : subject, body == null ? "" : body, true, terms)
                .map(b -> new Blocked(b.term(), b.why()));
    }

    /** Every message not yet acknowledged, oldest first: the safe way to drain the outbox. */
    public MessageBatch pending(Actor actor, int limit) {
        access.require(actor, Permission.OUTBOX_READ);
        // not needed to find them, but so that each answers with its delivery position
        chainer.catchUpQuietly();
        List<CustomerMessageView> rows = views(em.createNamedQuery(CustomerMessage.PENDING, CustomerMessage.class)
                .setMaxResults(batch(limit)).getResultList());
        return new MessageBatch(rows, null);
    }

    /** The messages after a delivery position, in position order; {@code next} is the last one's position. */
    public MessageBatch after(Actor actor, long position, int limit) {
        access.require(actor, Permission.OUTBOX_READ);
        // what committed before this read takes its position now, rather than at the chainer's next run
        chainer.catchUpQuietly();
        List<CustomerMessageView> rows = em.createNamedQuery(MessagePosition.AFTER, Object[].class)
                .setParameter("after", position).setMaxResults(batch(limit)).getResultList().stream()
                .map(row -> ((CustomerMessage) row[0]).view((Long) row[1])).toList();
        return new MessageBatch(rows, rows.isEmpty() ? position : rows.get(rows.size() - 1).position());
    }

    /** Idempotent: a repeated acknowledgement changes nothing and is not audited again. */
    public CustomerMessageView acknowledge(Actor actor, long id) {
        String role = access.require(actor, Permission.OUTBOX_ACKNOWLEDGE);
        CustomerMessage m = Optional.ofNullable(em.find(CustomerMessage.class, id))
                .orElseThrow(() -> new NotFound("Message", Long.toString(id)));
        return delivered(actor, role, m);
    }

    @Override
    public CustomerMessageView byKey(String requestKey) {
        if (transactions.getTransactionKey() != null
                && transactions.getResource(QUEUED + requestKey) instanceof CustomerMessage queued) {
            return queued.view(null);
        }
        return view(em.createNamedQuery(CustomerMessage.BY_KEY, CustomerMessage.class).setParameter("key", requestKey)
                .getSingleResult());
    }

    @Override
    public List<CustomerMessageView> forReference(String source, String reference) {
        return views(em.createNamedQuery(CustomerMessage.FOR_REFERENCE, CustomerMessage.class).setParameter("source", source)
                .setParameter("reference", reference).getResultList());
    }

    @Override
    public List<CustomerMessageView> forAccount(String source, String accountId, int limit) {
        return views(em.createNamedQuery(CustomerMessage.FOR_ACCOUNT, CustomerMessage.class).setParameter("source", source)
                .setParameter("account", accountId).setMaxResults(limit).getResultList());
    }

    @Override
    public List<CustomerMessageView> legacyAfter(String source, long afterLegacyId, int limit) {
        return views(em.createNamedQuery(CustomerMessage.LEGACY_AFTER, CustomerMessage.class).setParameter("source", source)
                .setParameter("after", afterLegacyId).setMaxResults(batch(limit)).getResultList());
    }

    @Override
    public List<CustomerMessageView> legacyPending(String source, int limit) {
        return views(em.createNamedQuery(CustomerMessage.LEGACY_PENDING, CustomerMessage.class).setParameter("source", source)
                .setMaxResults(batch(limit)).getResultList());
    }

    @Override
    public CustomerMessageView legacyAcknowledge(Actor actor, String role, String source, long legacyId, String entity) {
        CustomerMessage m = em.createNamedQuery(CustomerMessage.LEGACY_ID, CustomerMessage.class)
                .setParameter("source", source).setParameter("id", legacyId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFound(entity, Long.toString(legacyId)));
        return delivered(actor, role, m);
    }

    private CustomerMessageView delivered(Actor actor, String role, CustomerMessage m) {
        if (m.deliver(actor.name(), clock.instant())) {
            em.flush();
            CustomerMessageView v = view(m);
            audit.recordFor(v.accountId(), actor, role, "MESSAGE_DELIVERED", ENTITY, Long.toString(v.id()), null, null,
                    v.kind());
            return v;
        }
        return view(m);
    }

    private boolean confidential(String accountId) {
        // the account context's flag; read here so that every message passes the same check, whoever sends it
        return accounts.find(accountId).map(AccountFacts::confidential).orElse(true);
    }

    private static int batch(int limit) {
        return Math.max(1, Math.min(limit, MAX_BATCH));
    }
}
