package io.redress.cases.application;

import io.redress.accounts.api.Accounts;
import io.redress.cases.api.PostCounts;
import io.redress.cases.domain.CaseOutcome;
import io.redress.cases.domain.CaseState;
import io.redress.cases.domain.Category;
import io.redress.cases.domain.Priority;
import io.redress.restrictions.api.Restrictions;
import io.redress.shared.application.Access;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.InvalidInput;
import io.redress.shared.domain.Permission;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The operations picture: the daily long-tail funnel, SLA compliance by priority, queue sizes and ages, and
 * complaint statistics by category and outcome with the average time per step (MiCA Art. 8 style). Days are
 * UTC days.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class OperationsPicture {

    public static final int MAX_DAYS = 90;
    private static final List<CaseState> OPEN = List.of(CaseState.NEW, CaseState.OPEN, CaseState.WAITING_ON_CUSTOMER,
            CaseState.ESCALATED);

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    Access access;
    @Inject
    Accounts accounts;
    @Inject
    PostCounts posts;
    @Inject
    Restrictions restrictions;
    @Inject
    Clock clock;

    public record FunnelDay(LocalDate day, long opened, long solvedAtFirstContact, long escalated, long postsMatched,
                            long postsUnmatched) {
    }

    public record Customers(long active, long withOpenCase) {
        /** Share of active customers with no open problem, in percent. */
        public double shareWithoutOpenProblem() {
            return active == 0 ? 100.0 : 100.0 * (active - Math.min(active, withOpenCase)) / active;
        }
    }

    public record SlaLine(Priority priority, long cases, long firstResponseBreached, long resolutionBreached) {
        public double compliance() {
            return cases == 0 ? 100.0 : 100.0 * (cases - Math.max(firstResponseBreached, resolutionBreached)) / cases;
        }
    }

    public record QueueLine(String queue, long open, double oldestHours, double averageHours) {
    }

    public record ComplaintLine(Category category, String outcome, long cases, double averageHoursToFirstResponse,
                                double averageHoursToResolution) {
    }

    public record Picture(Instant at, int days, Customers customers, List<FunnelDay> funnel, List<SlaLine> sla,
                          List<QueueLine> queues, List<ComplaintLine> complaints) {
    }

    public Picture picture(Actor actor, int days) {
        access.require(actor, Permission.DASHBOARD_READ);
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidInput(FieldError.of("days", FieldError.Code.BETWEEN, "a whole number of days from 1 to " + MAX_DAYS, 1, MAX_DAYS));
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Instant from = today.minusDays(days - 1L).atStartOfDay().toInstant(ZoneOffset.UTC);
        return new Picture(now, days, customers(), funnel(today, days), sla(from), queues(now), complaints(from));
    }

    private Customers customers() {
        long active = accounts.count() - restrictions.closedAccounts();
        long withCase = em.createQuery("SELECT COUNT(DISTINCT c.accountId) FROM SupportCase c WHERE c.state IN :open"
                + " AND c.accountId IS NOT NULL", Long.class).setParameter("open", OPEN).getSingleResult();
        return new Customers(active, withCase);
    }

    // the funnel in one statement, grouped by UTC day (whole days since the epoch, the same on H2 and PostgreSQL);
    // the bounds are cast from UTC text so that the indexes on the time columns serve both halves
    private static final String DAY_OF = "FLOOR(EXTRACT(EPOCH FROM %s) / 86400)";
    private static final String FUNNEL = "SELECT 'O', " + DAY_OF.formatted("opened_at") + ", COUNT(*),"
            + " SUM(CASE WHEN resolved_at IS NOT NULL AND outbound_count <= 1 AND reopened = 0 AND merged_into_id IS NULL"
            + " THEN 1 ELSE 0 END)"
            + " FROM support_case WHERE opened_at >= CAST(?1 AS TIMESTAMP WITH TIME ZONE)"
            + " AND opened_at < CAST(?2 AS TIMESTAMP WITH TIME ZONE) GROUP BY " + DAY_OF.formatted("opened_at")
            + " UNION ALL SELECT 'E', " + DAY_OF.formatted("escalated_at") + ", COUNT(*), 0"
            + " FROM support_case WHERE escalated_at >= CAST(?3 AS TIMESTAMP WITH TIME ZONE)"
            + " AND escalated_at < CAST(?4 AS TIMESTAMP WITH TIME ZONE) GROUP BY " + DAY_OF.formatted("escalated_at");
    private static final DateTimeFormatter UTC_TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss'+00:00'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private List<FunnelDay> funnel(LocalDate today, int days) {
        LocalDate first = today.minusDays(days - 1L);
        String from = UTC_TEXT.format(first.atStartOfDay().toInstant(ZoneOffset.UTC));
        String to = UTC_TEXT.format(today.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
        Map<LocalDate, long[]> cases = new HashMap<>(); // opened, solved at first contact, escalated
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(FUNNEL).setParameter(1, from).setParameter(2, to).setParameter(3, from)
                .setParameter(4, to).getResultList();
        for (Object[] row : rows) {
            long[] day = cases.computeIfAbsent(LocalDate.ofEpochDay(((Number) row[1]).longValue()), d -> new long[3]);
            if ("O".equals(String.valueOf(row[0]).strip())) {
                day[0] = ((Number) row[2]).longValue();
                day[1] = ((Number) row[3]).longValue();
            } else {
                day[2] = ((Number) row[2]).longValue();
            }
        }
        Map<LocalDate, PostCounts.Received> received = posts.receivedPerDay(first, today);
        List<FunnelDay> out = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            long[] c = cases.getOrDefault(day, new long[3]);
            PostCounts.Received p = received.getOrDefault(day, new PostCounts.Received(0, 0));
            out.add(new FunnelDay(day, c[0], c[1], c[2], p.matched(), p.unmatched()));
        }
        return out;
    }

    private List<SlaLine> sla(Instant from) {
        Map<Priority, long[]> by = new EnumMap<>(Priority.class);
        for (Priority p : Priority.values()) {
            by.put(p, new long[3]);
        }
        // three grouped counts: a CASE over a boolean inside SUM is rendered differently by each database
        String[] conditions = {"", " AND c.firstResponseBreached = TRUE", " AND c.resolutionBreached = TRUE"};
        for (int i = 0; i < conditions.length; i++) {
            for (Object[] row : em.createQuery("SELECT c.priority, COUNT(c) FROM SupportCase c WHERE c.openedAt >= :s"
                    + " AND c.mergedIntoId IS NULL" + conditions[i] + " GROUP BY c.priority", Object[].class)
                    .setParameter("s", from).getResultList()) {
                by.get((Priority) row[0])[i] = ((Number) row[1]).longValue();
            }
        }
        return by.entrySet().stream().map(e -> new SlaLine(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
    }

    private List<QueueLine> queues(Instant now) {
        List<QueueLine> out = new ArrayList<>();
        for (Object[] row : em.createQuery("SELECT c.queue, COUNT(c), MIN(c.openedAt) FROM SupportCase c"
                + " WHERE c.state IN :open GROUP BY c.queue ORDER BY c.queue", Object[].class).setParameter("open", OPEN).getResultList()) {
            String queue = (String) row[0];
            long open = ((Number) row[1]).longValue();
            Instant oldest = instant(row[2]);
            // the average age from the sum of the open cases' opening times, without reading them one by one
            double avg = em.createQuery("SELECT c.openedAt FROM SupportCase c WHERE c.state IN :open AND c.queue = :q",
                            Instant.class).setParameter("open", OPEN).setParameter("q", queue).setMaxResults(20000)
                    .getResultList().stream().mapToLong(t -> Duration.between(t, now).toSeconds()).average().orElse(0);
            out.add(new QueueLine(queue, open, hours(Duration.between(oldest, now).toSeconds()), avg / 3600.0));
        }
        return out;
    }

    private List<ComplaintLine> complaints(Instant from) {
        Map<String, double[]> acc = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("SELECT c.category, c.outcome, c.state, c.openedAt, c.firstResponseAt, c.resolvedAt"
                + " FROM SupportCase c WHERE c.complaint = TRUE AND c.openedAt >= :s AND c.mergedIntoId IS NULL"
                + " ORDER BY c.category", Object[].class).setParameter("s", from).setMaxResults(200000).getResultList()) {
            Category category = (Category) row[0];
            CaseOutcome outcome = (CaseOutcome) row[1];
            String label = outcome != null ? outcome.name() : ((CaseState) row[2]).isOpen() ? "OPEN" : "CLOSED";
            double[] v = acc.computeIfAbsent(category.name() + "|" + label, k -> new double[5]);
            Instant opened = (Instant) row[3];
            v[0]++;
            if (row[4] != null) {
                v[1] += Duration.between(opened, (Instant) row[4]).toSeconds();
                v[2]++;
            }
            if (row[5] != null) {
                v[3] += Duration.between(opened, (Instant) row[5]).toSeconds();
                v[4]++;
            }
        }
        List<ComplaintLine> out = new ArrayList<>();
        acc.forEach((k, v) -> {
            String[] parts = k.split("\\|");
            out.add(new ComplaintLine(Category.valueOf(parts[0]), parts[1], (long) v[0],
                    v[2] == 0 ? 0 : hours(v[1] / v[2]), v[4] == 0 ? 0 : hours(v[3] / v[4])));
        });
        return out;
    }

    /** An aggregate over a time column comes back as whatever the driver gives, not through the attribute's mapping. */
    static Instant instant(Object value) {
        if (value == null) {
            throw new IllegalStateException("not a time: null");
        }
        return io.redress.shared.infrastructure.SqlInstants.read(value);
    }

    private static double hours(double seconds) {
        return Math.round(seconds / 36.0) / 100.0;
    }
}
