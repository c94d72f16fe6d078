package io.redress.audit.application;

import io.redress.audit.api.ChainSeal;
import io.redress.audit.domain.AuditEntry;
import io.redress.audit.domain.AuditLink;
import io.redress.audit.domain.AuditQuery;
import io.redress.audit.domain.AuditRecord;
import io.redress.audit.domain.ChainStatus;
import io.redress.audit.infrastructure.AuditReader;
import io.redress.shared.application.Access;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.Page;
import io.redress.shared.domain.Permission;
import io.redress.shared.domain.TablePage;
import io.redress.shared.domain.TableQuery;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reading the audit trail: verification of the chain and the searchable log, for auditors. */
@Stateless
public class AuditLog {

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    Access access;
    @Inject
    AuditChainer chainer;

    /**
     * Chains what has committed, then recomputes every hash and link from the first entry to the chain's head as it is
     * now. Entries committed and still not chained are no break: they are reported as pending, with the oldest one's
     * time ({@link ChainStatus#stalled} after a minute: the chainer is failing).
     */
    public ChainStatus verify(Actor actor) {
        access.require(actor, Permission.AUDIT_VERIFY);
        chainer.catchUpQuietly();
        ChainSeal seal = new AuditReader(em).seal(Instant.now());
        ChainStatus status = seal.intact() ? ChainStatus.intact(seal.entriesVerified())
                : ChainStatus.broken(seal.entriesVerified(), seal.firstBrokenSeq(), seal.problem());
        return status.withPending(seal.pending(), seal.pendingSince());
    }

    public Page<AuditRecord> search(Actor actor, AuditQuery query, int page, int size) {
        access.require(actor, Permission.AUDIT_SEARCH);
        int pageSize = Math.max(1, Math.min(size, Page.MAX_SIZE));
        int pageNo = Math.max(0, page);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> cq = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> e = cq.from(AuditEntry.class);
        List<Predicate> where = where(cb, e, query);
        // newest inserted first; entries not yet chained show without a sequence number (pending)
        cq.select(e).where(where.toArray(Predicate[]::new)).orderBy(cb.desc(e.get("id")));
        List<AuditEntry> rows = em.createQuery(cq).setFirstResult(pageNo * pageSize).setMaxResults(pageSize + 1)
                .getResultList();
        return Page.of(withLinks(rows), pageNo, pageSize);
    }

    /** The audit log table's sortable columns and what each sorts by; newest inserted first by default. */
    public static final java.util.Map<String, String> SORTABLE = java.util.Map.of("seq", "id", "occurredAt", "occurredAt",
            "actor", "actor", "action", "action", "entityType", "entityType");

    /** One page of the search with the number of entries it finds, for the console's table. */
    public TablePage<AuditRecord> table(Actor actor, AuditQuery query, TableQuery page) {
        access.require(actor, Permission.AUDIT_SEARCH);
        page.check(SORTABLE.keySet(), java.util.Set.of());
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<AuditEntry> c = count.from(AuditEntry.class);
        count.select(cb.count(c)).where(where(cb, c, query).toArray(Predicate[]::new));
        long total = em.createQuery(count).getSingleResult();
        if (total == 0 || page.first() >= total) {
            return new TablePage<>(List.of(), total);
        }
        CriteriaQuery<AuditEntry> cq = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> e = cq.from(AuditEntry.class);
        boolean desc = page.sortField() == null || page.descending();
        String field = SORTABLE.get(page.sortField() == null ? "seq" : page.sortField());
        cq.select(e).where(where(cb, e, query).toArray(Predicate[]::new)).orderBy(
                desc ? cb.desc(e.get(field)) : cb.asc(e.get(field)), desc ? cb.desc(e.get("id")) : cb.asc(e.get("id")));
        return new TablePage<>(withLinks(em.createQuery(cq).setFirstResult(page.first()).setMaxResults(page.size())
                .getResultList()), total);
    }

    private static List<Predicate> where(CriteriaBuilder cb, Root<AuditEntry> e, AuditQuery query) {
        List<Predicate> where = new ArrayList<>();
        if (query.actor() != null) {
            where.add(cb.equal(e.get("actor"), query.actor()));
        }
        if (query.action() != null) {
            where.add(cb.equal(e.get("action"), query.action()));
        }
        if (query.entityType() != null) {
            where.add(cb.equal(cb.lower(e.get("entityType")), query.entityType().toLowerCase(Locale.ROOT)));
        }
        if (query.accountId() != null) {
            where.add(cb.equal(e.get("accountId"), query.accountId()));
        }
        if (query.entityId() != null) {
            where.add(cb.equal(e.get("entityId"), query.entityId()));
        }
        if (query.from() != null) {
            where.add(cb.greaterThanOrEqualTo(e.get("occurredAt"), query.from()));
        }
        if (query.to() != null) {
            where.add(cb.lessThan(e.get("occurredAt"), query.to()));
        }
        if (query.text() != null && !query.text().isBlank()) {
            // LIKE's own wildcards and its escape are matched as themselves
            String like = "%" + query.text().trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            where.add(cb.or(
                    cb.like(cb.lower(e.get("actor")), like, '\\'),
                    cb.like(cb.lower(e.get("action")), like, '\\'),
                    cb.like(cb.lower(e.get("entityType")), like, '\\'),
                    cb.like(cb.lower(e.get("entityId")), like, '\\'),
                    cb.like(cb.lower(e.get("reason")), like, '\\')));
        }
        return where;
    }

    /** The history of one record, newest first; the caller has checked the reader may see that record. */
    public List<AuditRecord> historyOf(String entityType, String entityId, int limit) {
        return withLinks(em.createQuery("SELECT e FROM AuditEntry e WHERE e.entityType = :type AND e.entityId = :id "
                        + "ORDER BY e.id DESC", AuditEntry.class)
                .setParameter("type", entityType)
                .setParameter("id", entityId)
                .setMaxResults(limit)
                .getResultList());
    }

    /** The entries as screens show them, each with its place on the chain if it has one yet. */
    private List<AuditRecord> withLinks(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        Map<Long, AuditLink> links = new HashMap<>();
        em.createQuery("SELECT l FROM AuditLink l WHERE l.entryId IN :ids", AuditLink.class)
                .setParameter("ids", entries.stream().map(AuditEntry::id).toList()).getResultList()
                .forEach(l -> links.put(l.entryId(), l));
        return entries.stream().map(e -> e.toRecord(links.get(e.id()))).toList();
    }
}
