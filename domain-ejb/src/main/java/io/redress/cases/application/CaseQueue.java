package io.redress.cases.application;

import io.redress.accounts.api.Accounts;
import io.redress.cases.api.TicketNumber;
import io.redress.cases.domain.CaseState;
import io.redress.cases.domain.Category;
import io.redress.cases.domain.Priority;
import io.redress.cases.domain.QueueFilter;
import io.redress.cases.domain.QueueRoles;
import io.redress.cases.domain.QueueRow;
import io.redress.cases.domain.SlaBucket;
import io.redress.shared.application.Access;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.InvalidInput;
import io.redress.shared.domain.KeysetCursor;
import io.redress.shared.domain.Permission;
import io.redress.shared.domain.TablePage;
import io.redress.shared.domain.TableQuery;
import io.redress.staff.api.StaffRoster;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The case queue, oldest first. Keyset paging over (opened at, id): a page 10,000 rows deep costs what the
 * first page costs, because the database seeks to the cursor instead of counting past the rows before it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CaseQueue {

    public static final int MAX_SIZE = 200;
    /** A social handle is searched among the cases of at most this many accounts that list it. */
    static final int HANDLE_HOLDERS = 1000;

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    Access access;
    @Inject
    Accounts accounts;

    private static final String ROW = "SELECT NEW io.redress.cases.domain.QueueRow(c.id, c.ticket, c.subject,"
            + " c.accountId, c.channel, c.category, c.priority, c.queue, c.assignee, c.state, c.openedAt, c.slaState,"
            + " c.slaDueAt)";
    /** The table's sortable columns and what each sorts by; "sla" is the urgency, the nearest due time first. */
    public static final Map<String, String> SORTABLE = Map.of("ticket", "c.ticket", "subject", "c.subject",
            "priority", "c.priority", "state", "c.state", "queue", "c.queue", "category", "c.category",
            "assignee", "c.assignee", "openedAt", "c.openedAt", "sla", "c.slaDueAt");
    public static final Set<String> FILTERABLE = Set.of("subject", "assignee");

    public record QueuePage(List<QueueRow> rows, String next) {
    }

    public QueuePage page(Actor actor, QueueFilter filter, String after, int size) {
        access.require(actor, Permission.CASE_QUEUE);
        List<FieldError> errors = new ArrayList<>(filter.check());
        Optional<KeysetCursor> cursor = KeysetCursor.decode(after, errors);
        if (size < 1 || size > MAX_SIZE) {
            errors.add(FieldError.of("size", FieldError.Code.BETWEEN, "1 to " + MAX_SIZE, 1, MAX_SIZE));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        StringBuilder jpql = new StringBuilder(ROW + " FROM SupportCase c WHERE c.mergedIntoId IS NULL");
        Map<String, Object> params = new HashMap<>();
        restrict(filter, jpql, params);
        if (cursor.isPresent()) {
            // the same rows as (opened_at, id) > (:at, :id); the leading opened_at >= :at lets the database start the
            // index range at the cursor instead of filtering every row before it
            jpql.append(" AND c.openedAt >= :at AND (c.openedAt > :at OR c.id > :id)");
            params.put("at", cursor.get().at());
            params.put("id", cursor.get().id());
        }
        jpql.append(" ORDER BY c.openedAt, c.id");
        TypedQuery<QueueRow> q = em.createQuery(jpql.toString(), QueueRow.class);
        params.forEach(q::setParameter);
        List<QueueRow> rows = q.setMaxResults(size + 1).getResultList();
        if (rows.size() > size) {
            QueueRow last = rows.get(size - 1);
            return new QueuePage(List.copyOf(rows.subList(0, size)), new KeysetCursor(last.openedAt(), last.id()).encode());
        }
        return new QueuePage(rows, null);
    }

    /**
     * One page of the console's queue table: the filters of {@link #page}, the cases of the queues the actor's roles work
     * ({@link QueueRoles}) when asked, column filters on subject and assignee (contained, in any case), sorted by one
     * column; by default the nearest SLA breach first (cases already late first, clocks without a due time last).
     */
    public TablePage<QueueRow> table(Actor actor, QueueFilter filter, boolean needsMyRole, TableQuery query) {
        access.require(actor, Permission.CASE_QUEUE);
        List<FieldError> errors = filter.check();
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        query.check(SORTABLE.keySet(), FILTERABLE);
        StringBuilder where = new StringBuilder(" FROM SupportCase c WHERE c.mergedIntoId IS NULL");
        Map<String, Object> params = new HashMap<>();
        restrict(filter, where, params);
        if (needsMyRole) {
            List<String> mine = QueueRoles.workedBy(actor.roles());
            where.append(" AND c.queue IN :myQueues");
            params.put("myQueues", mine.isEmpty() ? List.of("") : mine);
        }
        for (String column : FILTERABLE) {
            if (query.filter(column) != null) {
                where.append(" AND LOWER(c.").append(column).append(") LIKE :f_").append(column).append(" ESCAPE '!'");
                params.put("f_" + column, TableQuery.containsPattern(query.lowerFilter(column)));
            }
        }
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(c)" + where, Long.class);
        params.forEach(count::setParameter);
        long total = count.getSingleResult();
        if (total == 0 || query.first() >= total) {
            return new TablePage<>(List.of(), total);
        }
        String dir = query.descending() ? " DESC" : " ASC";
        String order = query.sortField() == null || "sla".equals(query.sortField())
                ? " ORDER BY c.slaDueAt" + dir + " NULLS LAST, c.openedAt" + dir + ", c.id" + dir
                : " ORDER BY " + SORTABLE.get(query.sortField()) + dir + ", c.id" + dir;
        TypedQuery<QueueRow> rows = em.createQuery(ROW + where + order, QueueRow.class);
        params.forEach(rows::setParameter);
        return new TablePage<>(rows.setFirstResult(query.first()).setMaxResults(query.size()).getResultList(), total);
    }

    /** The filters shared by {@link #page} and {@link #table}, appended to the WHERE clause. */
    private void restrict(QueueFilter filter, StringBuilder jpql, Map<String, Object> params) {
        if (filter.queue() != null) {
            jpql.append(" AND c.queue = :queue");
            params.put("queue", filter.queue());
        }
        if (QueueFilter.ACTIVE.equals(filter.state())) {
            jpql.append(" AND c.state IN :states");
            params.put("states", List.of(CaseState.NEW, CaseState.OPEN, CaseState.WAITING_ON_CUSTOMER, CaseState.ESCALATED));
        } else if (filter.state() != null) {
            jpql.append(" AND c.state = :state");
            params.put("state", CaseState.valueOf(filter.state()));
        }
        if (filter.priority() != null) {
            jpql.append(" AND c.priority = :priority");
            params.put("priority", Priority.valueOf(filter.priority()));
        }
        if (filter.category() != null) {
            jpql.append(" AND c.category = :category");
            params.put("category", Category.valueOf(filter.category()));
        }
        if (filter.sla() != null) {
            jpql.append(" AND c.slaState IN :sla");
            params.put("sla", List.copyOf(SlaBucket.statesFor(filter.sla()).orElseThrow()));
        }
        if (filter.assignee() != null) {
            jpql.append(" AND c.assignee = :assignee");
            params.put("assignee", StaffRoster.canonicalName(filter.assignee()));
        }
        String text = filter.text() == null ? "" : filter.text().strip();
        if (!text.isEmpty()) {
            Optional<TicketNumber> ticket = TicketNumber.parse(text);
            if (ticket.isPresent()) {
                jpql.append(" AND c.ticket = :ticket");
                params.put("ticket", ticket.get().value());
            } else if (text.startsWith("@")) {
                // a social handle: the case's contact, or any account that has the handle
                List<String> holders = accounts.withSocialHandle(text.substring(1).toLowerCase(Locale.ROOT), HANDLE_HOLDERS);
                jpql.append(" AND (LOWER(c.customerContact) = :handle OR c.accountId IN :holders)");
                params.put("handle", text.toLowerCase(Locale.ROOT));
                params.put("holders", holders.isEmpty() ? List.of("") : holders);
            } else {
                String phrase = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                // a phrase in the text, or the beginning of a ticket (the ticket is not in the text: V40); on PostgreSQL
                // the trigram index (V3_1) answers the LIKE, the ticket's unique index the ranges
                jpql.append(" AND (c.searchText LIKE :phrase ESCAPE '!'");
                params.put("phrase", "%" + escapeLike(phrase) + "%");
                List<TicketNumber.Span> tickets = TicketNumber.startingWith(text);
                for (int i = 0; i < tickets.size(); i++) {
                    jpql.append(" OR (c.ticket >= :ticketFrom").append(i).append(" AND c.ticket <= :ticketTo").append(i).append(')');
                    params.put("ticketFrom" + i, tickets.get(i).first());
                    params.put("ticketTo" + i, tickets.get(i).last());
                }
                jpql.append(')');
            }
        }
    }

    private static String escapeLike(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
