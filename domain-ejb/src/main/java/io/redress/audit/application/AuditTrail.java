package io.redress.audit.application;

import io.redress.audit.domain.AuditChain;
import io.redress.audit.domain.AuditEntry;
import io.redress.audit.domain.AuditFacts;
import io.redress.shared.domain.Actor;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;

/**
 * The tamper-evident audit trail. {@link #record} appends inside the caller's transaction, so an entry
 * exists exactly when the change it describes was committed; {@link #recordIndependently} commits on its
 * own, for refusals (failed logins, denied authorizations) whose own transaction rolls back.
 * <p>
 * The first append of a transaction locks the chain's head until commit; the later ones (a post that opens a
 * case appends twice) reuse that lock and wait for the commit's flush, so one request's entries reach the
 * database together, in one JDBC batch.
 */
@Stateless
public class AuditTrail {

    @PersistenceContext(unitName = "redress")
    EntityManager em;

    @Inject
    Clock clock;
    @Resource
    TransactionSynchronizationRegistry transactions;

    private static final String CHAIN_LOCKED = AuditTrail.class.getName() + ".chainLocked";
    /** An entry about the account record itself concerns that account. */
    private static final String ACCOUNT_ENTITY = "Account";

    /** Appends an entry about no particular customer account (or about the {@code Account} record itself). */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public long record(Actor actor, String actingRole, String action, String entityType, String entityId,
                       String before, String after, String reason) {
        return recordFor(ACCOUNT_ENTITY.equals(entityType) ? entityId : null, actor, actingRole, action, entityType,
                entityId, before, after, reason);
    }

    /**
     * Appends an entry that concerns a customer account, which puts it on that account's timeline. The account is part
     * of the entry's hashed facts, so nobody can later move an entry onto or off an account's timeline unseen.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public long recordFor(String accountId, Actor actor, String actingRole, String action, String entityType,
                          String entityId, String before, String after, String reason) {
        AuditChain chain;
        if (transactions.getResource(CHAIN_LOCKED) == null) {
            // the caller's pending writes first: the chain lock below is held until commit, and every append waits for it
            em.flush();
            chain = em.find(AuditChain.class, AuditChain.ID, LockModeType.PESSIMISTIC_WRITE);
            transactions.putResource(CHAIN_LOCKED, Boolean.TRUE);
        } else {
            // this transaction holds the lock already: no flush and no second SELECT ... FOR UPDATE
            chain = em.find(AuditChain.class, AuditChain.ID);
        }
        AuditEntry entry = chain.append(new AuditFacts(clock.instant(), actor.name(), actingRole, action,
                entityType, entityId, before, after, reason, actor.origin(), accountId));
        em.persist(entry);
        return entry.seq();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long recordIndependently(Actor actor, String action, String entityType, String entityId, String reason) {
        return record(actor, actor.primaryRole(), action, entityType, entityId, null, null, reason);
    }

    /** A refusal about a customer account (a due-process rule, a blocked message): on its timeline too. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long recordIndependentlyFor(String accountId, Actor actor, String action, String entityType, String entityId,
                                       String reason) {
        return recordFor(accountId, actor, actor.primaryRole(), action, entityType, entityId, null, null, reason);
    }
}
