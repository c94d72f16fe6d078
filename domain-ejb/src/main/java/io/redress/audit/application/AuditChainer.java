package io.redress.audit.application;

import io.redress.audit.api.ChainedEntries;
import io.redress.audit.domain.AuditChain;
import io.redress.audit.domain.AuditEntry;
import io.redress.audit.domain.AuditFacts;
import io.redress.audit.domain.AuditLink;
import io.redress.audit.domain.ChainBacklog;
import io.redress.audit.domain.QueueReads;
import io.redress.audit.domain.UnlinkedEntry;
import io.redress.shared.infrastructure.RowSetStatements;
import io.redress.shared.infrastructure.SqlInstants;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The chainer: puts committed audit entries on the chain, in batches, each in a short transaction of its own that
 * holds the chain head's row lock from its first read to its commit. Every instance runs it (the chain timer, and the
 * readers that need everything committed so far), and the head's lock makes them take turns: the chain never forks,
 * and sequence numbers become visible in order. Requests never take that lock, so no request waits for another's
 * commit.
 */
@Stateless
public class AuditChainer {

    /** An entry's facts, in the order of {@link AuditFacts}'s fields, after its id. */
    private static final String ENTRIES_SQL = "SELECT id, occurred_at, actor, actor_role, action, entity_type, entity_id,"
            + " before_state, after_state, reason, origin, account_id FROM audit_entry WHERE";
    /** The most entries one chainer transaction links. */
    public static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(AuditChainer.class.getName());

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    Event<ChainedEntries> chained;
    @Resource
    SessionContext self;
    @Inject
    RowSetStatements statements;

    /** What one batch found queued at its first read: how many entries, and the highest entry id among them. */
    public record Found(int entries, long highest) {

        static final Found NONE = new Found(0, QueueReads.HEAD);
    }

    /**
     * Links up to {@value #BATCH} committed entries queued after entry {@code after} ({@link QueueReads#HEAD}: from the
     * queue's head), in the order of their insertion ids, and moves the head.
     *
     * @return what it found queued at its first read, whether it linked them or another chainer did in the meantime
     *         (so {@value #BATCH} entries means: there may be more, and a caller catching up reads again)
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Found linkCommitted(long after) {
        // a plain read first: an idle tick takes no lock and commits nothing (a lock would cost a commit, an fsync)
        List<Long> seen = pending(after, BATCH);
        if (seen.isEmpty()) {
            return Found.NONE;
        }
        Found found = new Found(seen.size(), seen.get(seen.size() - 1));
        AuditChain head = em.find(AuditChain.class, AuditChain.ID, LockModeType.PESSIMISTIC_WRITE);
        // those still queued under the lock (another instance may have linked some meanwhile), looked up by their ids:
        // the queue is read from its head once per batch, not twice (until a vacuum, that head is the entries deleted
        // since the last one, which a read walks past); entries committed since the first read wait for the next batch
        // (on PostgreSQL each set of ids is one array parameter: hundreds of parameters cost more to bind than to look up)
        List<Long> ids = new ArrayList<>(seen.size());
        statements.readIds("the audit entries still queued", seen,
                "SELECT entry_id FROM audit_pending WHERE entry_id = ANY(?::bigint[])",
                "SELECT entry_id FROM audit_pending WHERE entry_id IN", rs -> ids.add(rs.getLong(1)));
        if (ids.isEmpty()) {
            return found;
        }
        ids.sort(null);
        // the entries' facts as plain rows: they are read to be hashed, never changed, so they need no managed entity each
        List<UnlinkedEntry> entries = new ArrayList<>(ids.size());
        statements.readIds("the audit entries to chain", ids, ENTRIES_SQL + " id = ANY(?::bigint[])", ENTRIES_SQL + " id IN",
                rs -> entries.add(new UnlinkedEntry(rs.getLong(1), new AuditFacts(SqlInstants.read(rs.getObject(2)),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12)))));
        entries.sort(Comparator.comparingLong(UnlinkedEntry::entryId));
        Set<Long> alreadyLinked = new HashSet<>();
        statements.readIds("the audit entries already chained", ids,
                "SELECT entry_id FROM audit_link WHERE entry_id = ANY(?::bigint[])",
                "SELECT entry_id FROM audit_link WHERE entry_id IN", rs -> alreadyLinked.add(rs.getLong(1)));
        Map<Long, AuditFacts> byId = new HashMap<>();
        List<UnlinkedEntry> toLink = new ArrayList<>(entries.size());
        for (UnlinkedEntry e : entries) {
            if (!alreadyLinked.contains(e.entryId())) {
                byId.put(e.entryId(), e.facts());
                toLink.add(e);
            }
        }
        if (toLink.size() != ids.size()) {
            // only a hand in the database queues an entry twice or removes one; the verifier reports the consequences
            LOG.warning(() -> "audit chainer: " + (ids.size() - toLink.size()) + " queued entries were missing or "
                    + "already chained; dropped from the queue");
        }
        List<AuditLink> links = head.link(toLink);
        // written once and never read back in this transaction: one statement for the batch, not the flush of an entity each
        statements.insertRows("the audit chain's links", "audit_link", AuditLink.ROW_COLUMNS,
                links.stream().map(AuditLink::row).toList());
        List<ChainedEntries.Chained> events = new ArrayList<>(links.size());
        for (AuditLink l : links) {
            AuditFacts f = byId.get(l.entryId());
            events.add(new ChainedEntries.Chained(l.seq(), f.action(), f.entityType(), f.entityId()));
        }
        Long[] done = ids.toArray(Long[]::new);
        statements.write("the audit queue's chained entries", "DELETE FROM audit_pending WHERE entry_id = ANY(?::bigint[])",
                (ps, c) -> ps.setArray(1, c.createArrayOf("bigint", done)),
                "DELETE FROM audit_pending WHERE entry_id = ?", done.length, (ps, i) -> ps.setLong(1, done[i]));
        if (!events.isEmpty()) {
            chained.fire(new ChainedEntries(events));
        }
        return found;
    }

    /** Links everything committed so far, batch after batch, from the queue's head; returns how many it found. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int catchUp() {
        return catchUpAfter(QueueReads.HEAD).entries();
    }

    /**
     * Links everything committed so far that is queued after entry {@code after}, batch after batch, each batch reading
     * past the last one's highest entry: from {@link QueueReads#HEAD}, every entry committed before the first read (it
     * lies either in the first batch or after its highest id). Returns how many it found, and the highest entry id.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Found catchUpAfter(long after) {
        AuditChainer proxy = self.getBusinessObject(AuditChainer.class);
        int total = 0;
        long highest = after;
        Found batch;
        do {
            batch = proxy.linkCommitted(highest);
            total += batch.entries();
            highest = Math.max(highest, batch.highest());
        } while (batch.entries() == BATCH);
        return new Found(total, highest);
    }

    /**
     * For a reader that wants everything committed before it began (an export, a cursor): links what is pending,
     * and if that fails, reads on with the chain as it is (it is never wrong, only shorter).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void catchUpQuietly() {
        try {
            catchUp();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "audit chainer: catching up before a read failed; reading the chain as it is", e);
        }
    }

    /** The entries committed and waiting for the chain, from its queue (cheap: for health checks). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ChainBacklog backlog() {
        long count = em.createQuery("SELECT COUNT(p) FROM AuditPending p", Long.class).getSingleResult();
        if (count == 0) {
            return new ChainBacklog(0, null);
        }
        // the oldest by insertion: the one the chainer takes first, so the one a stalled chainer leaves longest
        Instant oldest = em.createQuery("SELECT e FROM AuditPending p, AuditEntry e WHERE e.id = p.entryId "
                        + "ORDER BY p.entryId", AuditEntry.class).setMaxResults(1).getResultStream().findFirst()
                .map(e -> e.facts().occurredAt()).orElse(null);
        return new ChainBacklog(count, oldest);
    }

    private List<Long> pending(long after, int max) {
        return em.createQuery("SELECT p.entryId FROM AuditPending p WHERE p.entryId > :after ORDER BY p.entryId",
                Long.class).setParameter("after", after).setMaxResults(max).getResultList();
    }
}
