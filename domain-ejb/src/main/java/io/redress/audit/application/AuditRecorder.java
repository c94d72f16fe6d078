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
import java.time.Clock;

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

    /** As {@link AuditTrail#record}, in the running transaction. */
    public long record(Actor actor, String actingRole, String action, String entityType, String entityId,
                       String before, String after, String reason) {
        return recordFor(ACCOUNT_ENTITY.equals(entityType) ? entityId : null, actor, actingRole, action, entityType,
                entityId, before, after, reason);
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
