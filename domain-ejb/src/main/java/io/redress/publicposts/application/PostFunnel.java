package io.redress.publicposts.application;

import io.redress.cases.api.PostCounts;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The posts' part of the dashboard's funnel ({@link PostCounts}): one statement grouped by UTC day. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PostFunnel implements PostCounts {

    // whole days since the epoch, the same on H2 and PostgreSQL; the bounds are cast from UTC text (the index serves)
    private static final String DAY = "FLOOR(EXTRACT(EPOCH FROM received_at) / 86400)";
    private static final String PER_DAY = "SELECT " + DAY + ", SUM(CASE WHEN account_id IS NOT NULL THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN account_id IS NULL THEN 1 ELSE 0 END) FROM public_post"
            + " WHERE received_at >= CAST(?1 AS TIMESTAMP WITH TIME ZONE) AND received_at < CAST(?2 AS TIMESTAMP WITH TIME ZONE)"
            + " GROUP BY " + DAY;
    private static final DateTimeFormatter UTC_TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'+00:00'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    @PersistenceContext(unitName = "redress")
    EntityManager em;

    @Override
    public Map<LocalDate, Received> receivedPerDay(LocalDate first, LocalDate last) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(PER_DAY)
                .setParameter(1, UTC_TEXT.format(first.atStartOfDay().toInstant(ZoneOffset.UTC)))
                .setParameter(2, UTC_TEXT.format(last.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)))
                .getResultList();
        Map<LocalDate, Received> out = new HashMap<>();
        for (Object[] row : rows) {
            out.put(LocalDate.ofEpochDay(((Number) row[0]).longValue()),
                    new Received(((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
        }
        return out;
    }
}
