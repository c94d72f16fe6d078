package io.redress.publicposts.application;

import io.redress.cases.api.LinkedPosts;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The posts linked to cases ({@link LinkedPosts}), for the case's timeline: one count and one page query. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PostLinks implements LinkedPosts {

    @PersistenceContext(unitName = "redress")
    EntityManager em;

    @Override
    public Linked linkedTo(Collection<Long> caseIds, int limit) {
        if (caseIds.isEmpty()) {
            return new Linked(List.of(), 0);
        }
        List<Long> ids = List.copyOf(caseIds);
        long total = em.createQuery("SELECT COUNT(p) FROM PublicPost p WHERE p.caseId IN :ids", Long.class)
                .setParameter("ids", ids).getSingleResult();
        if (total == 0) {
            return new Linked(List.of(), 0);
        }
        return new Linked(em.createQuery("SELECT p.id, p.platform, p.authorHandle, p.postedAt, p.url FROM PublicPost p"
                        + " WHERE p.caseId IN :ids ORDER BY p.postedAt, p.id", Object[].class)
                .setParameter("ids", ids).setMaxResults(Math.max(1, limit)).getResultList().stream()
                .map(r -> new LinkedPost((Long) r[0], (String) r[1], (String) r[2], (Instant) r[3], (String) r[4])).toList(), total);
    }
}
