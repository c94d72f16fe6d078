package io.redress.audit.infrastructure;

import io.redress.audit.api.AuditFilter;
import io.redress.audit.api.ChainSeal;
import io.redress.audit.api.ExportedEntry;
import io.redress.audit.api.TimelineEntry;
import io.redress.audit.domain.AuditAccountLink;
import io.redress.audit.domain.AuditChain;
import io.redress.audit.domain.AuditEntry;
import io.redress.audit.domain.AuditFacts;
import io.redress.audit.domain.AuditLink;
import io.redress.audit.domain.ChainBacklog;
import io.redress.audit.domain.ChainStatus;
import io.redress.audit.domain.ChainVerifier;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the audit trail for the timeline, the auditors' export and the verification, in the caller's transaction.
 * Entries on the chain are read in sequence order (an account's entries are those that name it, plus the older ones
 * migration V10 tied to it); entries committed and not yet chained are read apart, as pending: no sequence-ordered
 * cursor ever sees them before the chainer has given them their place.
 */
public final class AuditReader {

    private static final int VERIFY_BATCH = 2000;
    private static final String NOT_LINKED = "NOT EXISTS (SELECT l FROM AuditLink l WHERE l.entryId = e.id)";

    private final EntityManager em;

    public AuditReader(EntityManager em) {
        this.em = em;
    }

    /**
     * Recomputes every hash and link from the first entry to the chain's head as it is now, and counts the entries
     * committed but not yet chained (found from the entries themselves, not from the chainer's queue).
     */
    public ChainSeal seal(Instant now) {
        AuditChain head = em.find(AuditChain.class, AuditChain.ID);
        em.refresh(head);
        long headSeq = head.lastSeq();
        String headHash = head.lastHash();
        ChainVerifier verifier = new ChainVerifier();
        long from = 1;
        boolean going = true;
        while (going && from <= headSeq) {
            List<Object[]> batch = em.createQuery("SELECT l, e FROM AuditLink l, AuditEntry e WHERE e.id = l.entryId "
                            + "AND l.seq >= :from AND l.seq <= :to ORDER BY l.seq", Object[].class)
                    .setParameter("from", from)
                    .setParameter("to", headSeq)
                    .setMaxResults(VERIFY_BATCH)
                    .getResultList();
            if (batch.isEmpty()) {
                break;
            }
            for (Object[] row : batch) {
                AuditLink l = (AuditLink) row[0];
                AuditEntry e = (AuditEntry) row[1];
                if (!verifier.accept(l.seq(), e.facts(), l.prevHash(), l.hash())) {
                    going = false;
                    break;
                }
                from = l.seq() + 1;
            }
            em.clear();
        }
        ChainStatus status = verifier.result(headSeq, headHash);
        ChainBacklog pending = unchained();
        return new ChainSeal(status.intact(), status.entriesVerified(), status.firstBrokenSeq(), status.problem(),
                headSeq, headHash, now, pending.pending(), pending.oldestAt());
    }

    /** Entries committed and not on the chain: how many, and the earliest time one of them occurred. */
    public ChainBacklog unchained() {
        long count = em.createQuery("SELECT COUNT(e) FROM AuditEntry e WHERE " + NOT_LINKED, Long.class)
                .getSingleResult();
        if (count == 0) {
            return new ChainBacklog(0, null);
        }
        Instant oldest = em.createQuery("SELECT e FROM AuditEntry e WHERE " + NOT_LINKED + " ORDER BY e.occurredAt",
                AuditEntry.class).setMaxResults(1).getResultStream().findFirst().map(e -> e.facts().occurredAt())
                .orElse(null);
        return new ChainBacklog(count, oldest);
    }

    /** Chained entries matching the filter with a sequence number in (after, upTo], oldest first, at most {@code limit}. */
    public List<ExportedEntry> select(AuditFilter filter, long after, long upTo, int limit) {
        if (filter.accountId() == null) {
            List<Object[]> rows = query(filter, after, upTo, limit, false);
            Map<Long, String> derived = derivedLinks(rows);
            return rows.stream().map(row -> {
                AuditEntry e = (AuditEntry) row[1];
                return exported((AuditLink) row[0], e, e.accountId() != null ? e.accountId() : derived.get(e.id()),
                        e.accountId() != null ? TimelineEntry.RECORDED
                                : derived.containsKey(e.id()) ? TimelineEntry.DERIVED : null);
            }).toList();
        }
        // two index-driven reads merged by sequence number, rather than one OR the database cannot serve from an index
        List<Object[]> recorded = query(filter, after, upTo, limit, false);
        List<Object[]> derived = query(filter, after, upTo, limit, true);
        List<ExportedEntry> out = new ArrayList<>(Math.min(limit, recorded.size() + derived.size()));
        int r = 0;
        int d = 0;
        while (out.size() < limit && (r < recorded.size() || d < derived.size())) {
            boolean takeRecorded = d >= derived.size()
                    || (r < recorded.size() && seq(recorded.get(r)) < seq(derived.get(d)));
            Object[] row = takeRecorded ? recorded.get(r++) : derived.get(d++);
            out.add(exported((AuditLink) row[0], (AuditEntry) row[1], filter.accountId(),
                    takeRecorded ? TimelineEntry.RECORDED : TimelineEntry.DERIVED));
        }
        return out;
    }

    /**
     * The account's entries committed and not yet chained, in insertion order, at most {@code limit}: shown to a person
     * as pending (entries tied to an account by V10 are all chained).
     */
    public List<TimelineEntry> pendingFor(String accountId, int limit) {
        return em.createQuery("SELECT e FROM AuditEntry e WHERE e.accountId = :account AND " + NOT_LINKED
                        + " ORDER BY e.id", AuditEntry.class)
                .setParameter("account", accountId).setMaxResults(limit).getResultList().stream()
                .map(e -> {
                    AuditFacts f = e.facts();
                    return new TimelineEntry(null, f.occurredAt(), f.actor(), f.actorRole(), f.action(),
                            f.entityType(), f.entityId(), f.reason(), f.before(), f.after(), TimelineEntry.RECORDED);
                }).toList();
    }

    private List<Object[]> query(AuditFilter f, long after, long upTo, int limit, boolean derivedAccount) {
        StringBuilder jpql = new StringBuilder("SELECT l, e FROM AuditLink l, AuditEntry e WHERE e.id = l.entryId"
                + " AND l.seq > :after AND l.seq <= :upTo");
        Map<String, Object> params = new HashMap<>();
        params.put("after", after);
        params.put("upTo", upTo);
        if (f.accountId() != null) {
            // audit_account_link names entries by id (equal to their sequence number: all predate V16_1)
            jpql.append(derivedAccount
                    ? " AND e.id IN (SELECT a.seq FROM AuditAccountLink a WHERE a.accountId = :account)"
                    : " AND e.accountId = :account");
            params.put("account", f.accountId());
        }
        if (f.entityType() != null) {
            jpql.append(" AND e.entityType = :type");
            params.put("type", f.entityType());
        }
        if (f.entityId() != null) {
            jpql.append(" AND e.entityId = :id");
            params.put("id", f.entityId());
        }
        if (f.actor() != null) {
            jpql.append(" AND e.actor = :actor");
            params.put("actor", f.actor());
        }
        if (f.from() != null) {
            jpql.append(" AND e.occurredAt >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            jpql.append(" AND e.occurredAt < :to");
            params.put("to", f.to());
        }
        jpql.append(" ORDER BY l.seq");
        TypedQuery<Object[]> q = em.createQuery(jpql.toString(), Object[].class);
        params.forEach(q::setParameter);
        return q.setMaxResults(limit).getResultList();
    }

    private static long seq(Object[] row) {
        return ((AuditLink) row[0]).seq();
    }

    /** The accounts V10 tied to those of these entries that name none, by entry id. */
    private Map<Long, String> derivedLinks(List<Object[]> rows) {
        List<Long> unnamed = rows.stream().map(row -> (AuditEntry) row[1]).filter(e -> e.accountId() == null)
                .map(AuditEntry::id).toList();
        Map<Long, String> links = new HashMap<>();
        if (!unnamed.isEmpty()) {
            em.createQuery("SELECT a FROM AuditAccountLink a WHERE a.seq IN :ids", AuditAccountLink.class)
                    .setParameter("ids", unnamed).getResultList().forEach(a -> links.put(a.seq(), a.accountId()));
        }
        return links;
    }

    private static ExportedEntry exported(AuditLink l, AuditEntry e, String accountId, String link) {
        AuditFacts f = e.facts();
        return new ExportedEntry(l.seq(), f.occurredAt(), f.actor(), f.actorRole(), f.action(), f.entityType(),
                f.entityId(), f.before(), f.after(), f.reason(), f.origin(), accountId, link, l.prevHash(), l.hash());
    }
}
