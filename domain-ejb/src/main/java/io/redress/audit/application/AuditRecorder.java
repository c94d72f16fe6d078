package io.redress.audit.application;

import io.redress.audit.domain.AuditEntry;
import io.redress.audit.domain.AuditFacts;
import io.redress.shared.domain.Actor;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import io.redress.shared.infrastructure.RowSetStatements;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Appends an audit entry in the caller's transaction, which must be running: what {@link AuditTrail#record} does, as a
 * plain CDI bean for callers already inside an EJB's transaction (the deposit screening and the observers of its hold),
 * where the EJB call around it cost more than the append. Callers that may have no transaction use {@link AuditTrail}.
 */
@ApplicationScoped
public class AuditRecorder {

    /** An entry about the account record itself concerns that account. */
    static final String ACCOUNT_ENTITY = "Account";
    private static final String FLUSHED = AuditRecorder.class.getName() + ".flushed";

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    Clock clock;
    @Resource
    TransactionSynchronizationRegistry transactions;
    @Inject
    RowSetStatements statements;

    /** As {@link AuditTrail#record}, in the running transaction. */
    public long record(Actor actor, String actingRole, String action, String entityType, String entityId,
                       String before, String after, String reason) {
        return recordFor(ACCOUNT_ENTITY.equals(entityType) ? entityId : null, actor, actingRole, action, entityType,
                entityId, before, after, reason);
    }

    /** One entry of {@link #recordAll}: what {@link #recordFor} takes, the actor's origin from {@code actor}. */
    public record Append(String accountId, Actor actor, String actingRole, String action, String entityType,
                         String entityId, String before, String after, String reason) {
    }

    /**
     * Many entries at once in the running transaction, as {@link #recordFor} appends each (the caller's pending writes
     * flushed first, the entries queued for the chain by the database as they are inserted), in one statement on
     * PostgreSQL (their columns as arrays; ids from the entity's own sequence blocks, in the order given) and one JDBC
     * batch on H2, instead of an entity each: a bulk job appends hundreds per chunk.
     */
    public void recordAll(List<Append> appends) {
        if (appends.isEmpty()) {
            return;
        }
        if (transactions.getTransactionKey() == null) {
            throw new IllegalStateException("An audit entry is appended in its caller's transaction; none is running");
        }
        // the caller's pending writes first, always: these rows go by their own statement, not the context's flush
        em.flush();
        transactions.putResource(FLUSHED, Boolean.TRUE);
        Instant now = clock.instant();
        List<AuditFacts> facts = new ArrayList<>(appends.size());
        for (Append a : appends) {
            facts.add(new AuditFacts(now, a.actor().name(), a.actingRole(), a.action(), a.entityType(), a.entityId(),
                    a.before(), a.after(), a.reason(), a.actor().origin(), a.accountId()));
        }
        // ids from the same pre-allocated blocks as the entity's (in the order given: the order of insertion)
        Long[] ids = java.util.Arrays.stream(statements.nextIds(AuditEntry.class, facts.size())).boxed().toArray(Long[]::new);
        Timestamp at = Timestamp.from(facts.get(0).occurredAt());
        statements.write("audit entries", INSERT_ALL_POSTGRESQL, (ps, c) -> {
            ps.setTimestamp(1, at);
            ps.setArray(2, c.createArrayOf("bigint", ids));
            int p = 3;
            for (java.util.function.Function<AuditFacts, String> column : COLUMNS) {
                ps.setArray(p++, c.createArrayOf("varchar", facts.stream().map(column).toArray(String[]::new)));
            }
        }, INSERT_ONE_H2, facts.size(), (ps, i) -> {
            ps.setTimestamp(1, at);
            ps.setLong(2, ids[i]);
            int p = 3;
            for (java.util.function.Function<AuditFacts, String> column : COLUMNS) {
                ps.setString(p++, column.apply(facts.get(i)));
            }
        });
    }

    /** The text columns of an entry, in the order of the statements below. */
    private static final List<java.util.function.Function<AuditFacts, String>> COLUMNS = List.of(AuditFacts::actor,
            AuditFacts::actorRole, AuditFacts::action, AuditFacts::entityType, AuditFacts::entityId, AuditFacts::before,
            AuditFacts::after, AuditFacts::reason, AuditFacts::origin, AuditFacts::accountId);
    private static final String INSERT_ALL_POSTGRESQL = "INSERT INTO audit_entry (occurred_at, id, actor, actor_role, action,"
            + " entity_type, entity_id, before_state, after_state, reason, origin, account_id) SELECT ?, u.* FROM unnest("
            + "CAST(? AS BIGINT[]), CAST(? AS VARCHAR[]), CAST(? AS VARCHAR[]), CAST(? AS VARCHAR[]), CAST(? AS VARCHAR[]),"
            + " CAST(? AS VARCHAR[]), CAST(? AS VARCHAR[]), CAST(? AS VARCHAR[]), CAST(? AS VARCHAR[]), CAST(? AS VARCHAR[]),"
            + " CAST(? AS VARCHAR[])) AS u ORDER BY 2";
    private static final String INSERT_ONE_H2 = "INSERT INTO audit_entry (occurred_at, id, actor, actor_role, action, entity_type,"
            + " entity_id, before_state, after_state, reason, origin, account_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** One entry made as {@link #recordAll}'s are ({@link #recordFor} with its fields), for a caller that builds both. */
    public long append(Append entry) {
        return recordFor(entry.accountId(), entry.actor(), entry.actingRole(), entry.action(), entry.entityType(),
                entry.entityId(), entry.before(), entry.after(), entry.reason());
    }

    /** As {@link AuditTrail#recordFor}, in the running transaction. */
    public long recordFor(String accountId, Actor actor, String actingRole, String action, String entityType,
                          String entityId, String before, String after, String reason) {
        if (transactions.getTransactionKey() == null) {
            // an entry exists exactly when its change commits: never outside a transaction
            throw new IllegalStateException("An audit entry is appended in its caller's transaction; none is running");
        }
        if (transactions.getResource(FLUSHED) == null) {
            // the caller's pending writes first, as before the chainer: a conflict still surfaces where callers expect it
            em.flush();
            transactions.putResource(FLUSHED, Boolean.TRUE);
        }
        AuditEntry entry = new AuditEntry(new AuditFacts(clock.instant(), actor.name(), actingRole, action,
                entityType, entityId, before, after, reason, actor.origin(), accountId));
        em.persist(entry);
        return entry.id();
    }
}
