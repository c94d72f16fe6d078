package io.redress.restrictions.application;

import io.redress.accounts.api.Accounts;
import io.redress.audit.application.AuditTrail;
import io.redress.messaging.api.CustomerMessageRequested;
import io.redress.restrictions.api.ProtectiveLocks;
import io.redress.restrictions.domain.KeptStanding;
import io.redress.restrictions.domain.ProtectiveLockLetter;
import io.redress.restrictions.domain.ProtectiveLockRules;
import io.redress.shared.application.Access;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.InvalidInput;
import io.redress.shared.domain.NotFound;
import io.redress.shared.domain.Permission;
import io.redress.shared.domain.RuleViolation;
import io.redress.shared.domain.StaleVersion;
import io.redress.shared.infrastructure.CommitWait;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Protective locks: placed by a third-party incident's bulk action ({@link ProtectiveLocks}) or by hand (SECURITY,
 * SUPERVISOR), lifted once the customer has verified themselves (the exchange, or SECURITY for them). Kept on the
 * account's standing row, so every decision reads it and, where decision caches run, the change answers only once
 * every instance's cache has dropped the account; each step is audited on the account's timeline. A lock placed by
 * hand, and every lift, is announced to the customer through the one outbox in their language (a bulk action's lock
 * is announced in the incident's letter).
 */
@Stateless
@Local(ProtectiveLocks.class)
@LocalBean
public class ProtectiveLockService implements ProtectiveLocks {

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    Access access;
    @Inject
    Accounts accounts;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    CommitWait commitWait;
    @Inject
    Event<CustomerMessageRequested> messages;

    @Override
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean lock(Actor actor, String actingRole, String accountId, String reason) {
        access.require(actor, Permission.PROTECTIVE_LOCK_PLACE);
        KeptStanding kept = standing(accountId);
        String before = kept.snapshot().toJson();
        if (!kept.lockProtectively(reason, clock.instant())) {
            return false;
        }
        changed(kept);
        audit.record(actor, actingRole, "PROTECTIVE_LOCK_PLACED", StandingKeeper.ACCOUNT, accountId, before,
                kept.snapshot().toJson(), reason);
        return true;
    }

    /** GET: whether a lock is on, why and since when. */
    public LockView get(Actor actor, String accountId) {
        access.require(actor, Permission.PROTECTIVE_LOCK_READ);
        return view(standing(accountId));
    }

    /** A lock placed by hand (an anomaly on one account, the customer's own report): SECURITY, SUPERVISOR. */
    public LockView place(Actor actor, String accountId, String reason, String language, Long expectedVersion) {
        String role = access.require(actor, Permission.PROTECTIVE_LOCK_PLACE);
        List<FieldError> errors = new ArrayList<>(ProtectiveLockRules.checkPlacement(reason));
        errors.addAll(ProtectiveLockRules.checkLanguage(language));
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        KeptStanding kept = expected(standing(accountId), expectedVersion);
        String before = kept.snapshot().toJson();
        if (!kept.lockProtectively("staff:" + actor.name(), clock.instant())) {
            throw RuleViolation.of("protective-lock-on", "A protective lock is already on account " + accountId
                    + " (" + kept.protectiveLock() + ")", accountId);
        }
        changed(kept);
        audit.record(actor, role, "PROTECTIVE_LOCK_PLACED", StandingKeeper.ACCOUNT, accountId, before,
                kept.snapshot().toJson(), reason.strip());
        tell(actor, role, accountId, "PROTECTIVE_LOCK_PLACED", ProtectiveLockLetter.placed(language));
        return view(kept);
    }

    /** The customer has verified themselves: API trading and withdrawals to new addresses are open again. */
    public LockView lift(Actor actor, String accountId, String verification, String language, Long expectedVersion) {
        String role = access.require(actor, Permission.PROTECTIVE_LOCK_LIFT);
        List<FieldError> errors = new ArrayList<>(ProtectiveLockRules.checkLift(verification));
        errors.addAll(ProtectiveLockRules.checkLanguage(language));
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        KeptStanding kept = expected(standing(accountId), expectedVersion);
        String before = kept.snapshot().toJson();
        String was = kept.protectiveLock();
        if (!kept.liftProtectiveLock(clock.instant())) {
            throw RuleViolation.of("protective-lock-off", "No protective lock is on account " + accountId, accountId);
        }
        changed(kept);
        audit.record(actor, role, "PROTECTIVE_LOCK_LIFTED", StandingKeeper.ACCOUNT, accountId, before,
                kept.snapshot().toJson(), "customer verified (" + verification.strip() + "); the lock was for " + was);
        tell(actor, role, accountId, "PROTECTIVE_LOCK_LIFTED", ProtectiveLockLetter.lifted(language));
        return view(kept);
    }

    /** In this transaction, through the one outbox and its check point: the letter exists exactly when the step does. */
    private void tell(Actor actor, String role, String accountId, String kind, ProtectiveLockLetter.Letter letter) {
        messages.fire(new CustomerMessageRequested(CustomerMessageRequested.newKey(), NoticeService.SOURCE, kind, accountId,
                "protective-lock:" + accountId, "ACCOUNT_INBOX", null, letter.language(), letter.subject(),
                letter.body(), null, null, actor, role, true));
    }

    private KeptStanding standing(String accountId) {
        if (accounts.find(accountId).isEmpty()) {
            throw new NotFound("Account", accountId);
        }
        KeptStanding kept = em.find(KeptStanding.class, accountId);
        if (kept == null) {
            // an account mirrored before standings had rows of their own: it gets one now, as the keeper does
            kept = new KeptStanding(accountId, clock.instant());
            em.persist(kept);
            em.flush();
        }
        return kept;
    }

    private static KeptStanding expected(KeptStanding kept, Long expectedVersion) {
        if (expectedVersion != null && kept.version() != expectedVersion) {
            throw new StaleVersion("ProtectiveLock", kept.accountId(), expectedVersion, kept.version());
        }
        return kept;
    }

    private void changed(KeptStanding kept) {
        commitWait.standingChanged();
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersion("The standing of account " + kept.accountId() + " changed meanwhile; read it again");
        }
    }

    private static LockView view(KeptStanding kept) {
        Instant since = kept.protectiveLockSince();
        return new LockView(kept.accountId(), kept.protectiveLock() != null, kept.protectiveLock(), since, kept.version());
    }
}
