package io.redress.audit.infrastructure;

import io.redress.audit.api.AuditFilter;
import io.redress.audit.api.ChainSeal;
import io.redress.audit.api.ExportedEntry;
import io.redress.audit.api.TimelineEntry;
import io.redress.audit.domain.AuditAccountLink;
import io.redress.audit.domain.AuditChain;
import io.redress.audit.domain.AuditEntry;
import io.redress.audit.domain.AuditFacts;
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
 * Reads the audit trail for the timeline and the auditors' export, in the caller's transaction: entries by filter in
 * sequence order (an account's entries are those that name it, plus the older ones migration V10 tied to it), and
 * the verification of the whole chain up to its head.
 */
public final class AuditReader {

    private static final int VERIFY_BATCH = 2000;

    private final EntityManager em;

    public AuditReader(EntityManager em) {
        this.em = em;
    }

    /** Recomputes every hash and link from the first entry to the chain's head as it is now. */
    public ChainSeal seal(Instant now) {
        AuditChain head = em.find(AuditChain.class, AuditChain.ID);
        em.refresh(head);
        long headSeq = head.lastSeq();
        String headHash = head.lastHash();
        ChainVerifier verifier = new ChainVerifier();
        long from = 1;
        boolean going = true;
        while (going && from <= headSeq) {
            List<AuditEntry> batch = em.createNamedQuery(AuditEntry.FROM_SEQ, AuditEntry.class)
                    .setParameter("from", from)
                    .setParameter("to", headSeq)
                    .setMaxResults(VERIFY_BATCH)
                    .getResultList();
            if (batch.isEmpty()) {
                break;
            }
            for (AuditEntry e : batch) {
                if (!verifier.accept(e.seq(), e.facts(), e.prevHash(), e.hash())) {
                    going = false;
                    break;
                }
                from = e.seq() + 1;
            }
            em.clear();
        }
        ChainStatus status = verifier.result(headSeq, headHash);
        return new ChainSeal(status.intact(), status.entriesVerified(), status.firstBrokenSeq(), status.problem(),
                headSeq, headHash, now);
    }

    /** Entries matching the filter with a sequence number in (after, upTo], oldest first, at most {@code limit}. */
    public List<ExportedEntry> select(AuditFilter filter, long after, long upTo, int limit) {
        if (filter.accountId() == null) {
            List<AuditEntry> rows = query(filter, after, upTo, limit, false);
            Map<Long, String> derived = derivedLinks(rows);
            return rows.stream().map(e -> exported(e, e.accountId() != null ? e.accountId() : derived.get(e.seq()),
                    e.accountId() != null ? TimelineEntry.RECORDED
                            : derived.containsKey(e.seq()) ? TimelineEntry.DERIVED : null)).toList();
        }
        // two index-driven reads merged by sequence number, rather than one OR the database cannot serve from an index
        List<AuditEntry> recorded = query(filter, after, upTo, limit, false);
        List<AuditEntry> derived = query(filter, after, upTo, limit, true);
        List<ExportedEntry> out = new ArrayList<>(Math.min(limit, recorded.size() + derived.size()));
        int r = 0;
        int d = 0;
        while (out.size() < limit && (r < recorded.size() || d < derived.size())) {
            boolean takeRecorded = d >= derived.size() || (r < recorded.size() && recorded.get(r).seq() < derived.get(d).seq());
            out.add(takeRecorded ? exported(recorded.get(r++), filter.accountId(), TimelineEntry.RECORDED)
                    : exported(derived.get(d++), filter.accountId(), TimelineEntry.DERIVED));
        }
        return out;
    }

    private List<AuditEntry> query(AuditFilter f, long after, long upTo, int limit, boolean derivedAccount) {
        StringBuilder jpql = new StringBuilder("SELECT e FROM AuditEntry e WHERE e.seq > :after AND e.seq <= :upTo");
        Map<String, Object> params = new HashMap<>();
        params.put("after", after);
        params.put("upTo", upTo);
        if (f.accountId() != null) {
            jpql.append(derivedAccount
                    ? " AND e.seq IN (SELECT l.seq FROM AuditAccountLink l WHERE l.accountId = :account)"
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
        jpql.append(" ORDER BY e.seq");
        TypedQuery<AuditEntry> q = em.createQuery(jpql.toString(), AuditEntry.class);
        params.forEach(q::setParameter);
        return q.setMaxResults(limit).getResultList();
    }

    /** The accounts V10 tied to those of these entries that name none. */
    private Map<Long, String> derivedLinks(List<AuditEntry> rows) {
        List<Long> unnamed = rows.stream().filter(e -> e.accountId() == null).map(AuditEntry::seq).toList();
        Map<Long, String> links = new HashMap<>();
        if (!unnamed.isEmpty()) {
            em.createQuery("SELECT l FROM AuditAccountLink l WHERE l.seq IN :seqs", AuditAccountLink.class)
                    .setParameter("seqs", unnamed).getResultList().forEach(l -> links.put(l.seq(), l.accountId()));
        }
        return links;
    }

    private static ExportedEntry exported(AuditEntry e, String accountId, String link) {
        AuditFacts f = e.facts();
        return new ExportedEntry(e.seq(), f.occurredAt(), f.actor(), f.actorRole(), f.action(), f.entityType(),
                f.entityId(), f.before(), f.after(), f.reason(), f.origin(), accountId, link, e.prevHash(), e.hash());
    }
}
