package io.redress.audit.application;

import io.redress.shared.domain.Actor;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * The tamper-evident audit trail. {@link #record} appends inside the caller's transaction, so an entry
 * exists exactly when the change it describes was committed; {@link #recordIndependently} commits on its
 * own, for refusals (failed logins, denied authorizations) whose own transaction rolls back.
 * <p>
 * An append takes no lock: the entry is inserted unlinked (one request's entries reach the database together, in one
 * JDBC batch at the commit's flush; the first append of a transaction flushes the caller's writes before it, as it
 * always did), and the database queues it for the chain. The chainer ({@link AuditChainer})
 * puts committed entries on the chain a few milliseconds later, under the chain head's lock held only for its own
 * short transaction; so requests no longer wait for one another's commits.
 */
@Stateless
public class AuditTrail {

    @Inject
    AuditRecorder recorder;

    /**
     * Appends an entry about no particular customer account (or about the {@code Account} record itself).
     *
     * @return the entry's id: the order of insertion, not its place on the chain, which the chainer assigns after the
     *         commit; a cursor that needs commit order reads that place (see {@link io.redress.audit.api.ChainedEntries})
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public long record(Actor actor, String actingRole, String action, String entityType, String entityId,
                       String before, String after, String reason) {
        return recordFor(AuditRecorder.ACCOUNT_ENTITY.equals(entityType) ? entityId : null, actor, actingRole, action, entityType,
                entityId, before, after, reason);
    }

    /**
     * Appends an entry that concerns a customer account, which puts it on that account's timeline. The account is part
     * of the entry's hashed facts, so nobody can later move an entry onto or off an account's timeline unseen.
     *
     * @return the entry's id (see {@link #record})
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public long recordFor(String accountId, Actor actor, String actingRole, String action, String entityType,
                          String entityId, String before, String after, String reason) {
        // REQUIRED: the caller's transaction, else one of its own, in which the recorder appends
        return recorder.recordFor(accountId, actor, actingRole, action, entityType, entityId, before, after, reason);
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
