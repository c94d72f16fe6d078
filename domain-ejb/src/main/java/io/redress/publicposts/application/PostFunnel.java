package io.redress.publicposts.application;

import io.redress.cases.api.PostCounts;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;

/** The posts' part of the dashboard's funnel ({@link PostCounts}), counted on the public post table. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PostFunnel implements PostCounts {

    @PersistenceContext(unitName = "redress")
    EntityManager em;

    @Override
    public Map<LocalDate, Received> receivedPerDay(LocalDate first, LocalDate last) {
        Map<LocalDate, Received> out = new TreeMap<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            Instant start = day.atStartOfDay().toInstant(ZoneOffset.UTC);
            Instant end = day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            long matched = count("SELECT COUNT(p) FROM PublicPost p WHERE p.receivedAt >= :s AND p.receivedAt < :e"
                    + " AND p.accountId IS NOT NULL", start, end);
            long unmatched = count("SELECT COUNT(p) FROM PublicPost p WHERE p.receivedAt >= :s AND p.receivedAt < :e"
                    + " AND p.accountId IS NULL", start, end);
            out.put(day, new Received(matched, unmatched));
        }
        return out;
    }

    private long count(String jpql, Instant start, Instant end) {
        return em.createQuery(jpql, Long.class).setParameter("s", start).setParameter("e", end).getSingleResult();
    }
}
