package io.redress.restrictions.application;

import io.redress.restrictions.domain.AccountDecision;
import io.redress.restrictions.domain.AccountStanding;
import io.redress.restrictions.domain.AccountStandings;
import io.redress.restrictions.domain.Action;
import io.redress.restrictions.domain.Decision;
import io.redress.restrictions.domain.DecisionReason;
import io.redress.restrictions.api.HeldFunds;
import io.redress.restrictions.api.KeyCheck;
import io.redress.restrictions.domain.Standing;
import io.redress.restrictions.domain.StatusMatrix;
import io.redress.shared.application.Access;
import io.redress.shared.application.DatabaseGate;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.NotFound;
import io.redress.shared.domain.Permission;
import io.redress.shared.domain.RedressException;
import io.redress.shared.domain.Unavailable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * "May account A do action X now?" The hot path: the account's standing (through {@link AccountStandings}: on
 * PostgreSQL from this instance's cache while its lease holds, else one indexed read in plain SQL), kept current in
 * the same transaction as every restriction change, then the pure {@link StatusMatrix}. The cache is kept by the
 * database's own announcements of every change, and a change answers its caller only once every instance's cache
 * has applied it, so the first decision after a change reflects it on every instance. If the standing cannot be
 * read, the answer is {@link Unavailable} (503), never an allow; while the {@link DatabaseGate} knows the database to be
 * away it is that at once, without waiting for a connection, and without asking the cache either: the cache could
 * answer rightly for at most its lease (200 ms by default) after the database's last word, and one answer ("not now") for the
 * whole outage is simpler to rely on.
 * <p>
 * Unlike the other application services, a CDI bean rather than a stateless EJB: it writes nothing, needs no
 * transaction of its own (a read inside a caller's transaction still joins it, through the datasource), and the EJB
 * container's interception per call cost about as much CPU as the whole read.
 */
@ApplicationScoped
public class DecisionService {

    public static final int MAX_BATCH = 1000;
    private static final Logger LOG = Logger.getLogger(DecisionService.class.getName());

    @Inject
    AccountStandings standings;
    @Inject
    Access access;
    @Inject
    Clock clock;
    /** The decision cache's (restrictions' infrastructure), which asks the registry's for what it does not hold. */
    @Inject
    KeyCheck keys;
    @Inject
    DatabaseGate gate;
    /** As {@link #keys}: the cache's, which asks the screening's. */
    @Inject
    HeldFunds heldFunds;

    /** One question; {@code keyId} and {@code sourceIp} may be null. */
    public record Query(String accountId, Action action, String keyId, String sourceIp) {

        public Query(String accountId, Action action, String keyId) {
            this(accountId, action, keyId, null);
        }
    }

    public AccountDecision decide(Actor actor, String accountId, Action action, String keyId) {
        return decide(actor, accountId, action, keyId, null);
    }

    /**
     * With a key, the key must be usable too: known, active, of this account, holding the permission the action
     * needs (API_TRADE: a trading permission; WITHDRAW: WITHDRAW) and, with a source address, used from inside its
     * allowlist. The key's state is read from the database at each decision, so a revocation that has answered its
     * caller is seen by the next decision on every instance.
     */
    public AccountDecision decide(Actor actor, String accountId, Action action, String keyId, String sourceIp) {
        access.require(actor, Permission.DECISION);
        AccountStanding standing = read(() -> standings.find(accountId)).orElseThrow(() -> new NotFound("Account", accountId));
        AccountDecision byAccount = answer(standing, action, keyId, clock.instant());
        if (keyId != null) {
            List<KeyCheck.Refusal> refusals = read(() -> keys.check(new KeyCheck.Question(keyId, accountId, use(action), sourceIp)));
            byAccount = withKey(byAccount, refusals);
        }
        if (withdrawal(action)) {
            Map<String, List<HeldFunds.Held>> held = read(() -> held(List.of(accountId)));
            byAccount = byAccount.withFundsHeld(held.get(accountId));
        }
        return byAccount;
    }

    /** The funds screening holds on these accounts. */
    private Map<String, List<HeldFunds.Held>> held(List<String> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return heldFunds.heldOn(accountIds);
    }

    /** Up to {@link #MAX_BATCH} questions in one call; an unknown account is answered as not allowed, not thrown. */
    public List<AccountDecision> decideAll(Actor actor, List<Query> queries) {
        access.require(actor, Permission.DECISION);
        List<String> ids = queries.stream().map(Query::accountId).distinct().toList();
        Map<String, AccountStanding> byId = new HashMap<>();
        for (AccountStanding standing : read(() -> standings.findAll(ids))) {
            byId.put(standing.accountId(), standing);
        }
        List<KeyCheck.Question> keyQuestions = new ArrayList<>();
        for (Query q : queries) {
            if (q.keyId() != null) {
                keyQuestions.add(new KeyCheck.Question(q.keyId(), q.accountId(), use(q.action()), q.sourceIp()));
            }
        }
        List<List<KeyCheck.Refusal>> keyAnswers = keyQuestions.isEmpty() ? List.of()
                : read(() -> keys.checkAll(keyQuestions));
        List<String> withdrawing = queries.stream().filter(q -> withdrawal(q.action())).map(Query::accountId)
                .distinct().toList();
        Map<String, List<HeldFunds.Held>> held = withdrawing.isEmpty() ? Map.of() : read(() -> held(withdrawing));
        Instant now = clock.instant();
        List<AccountDecision> out = new ArrayList<>(queries.size());
        int k = 0;
        for (Query q : queries) {
            AccountStanding standing = byId.get(q.accountId());
            AccountDecision d = standing == null
                    ? new AccountDecision(q.accountId(), q.action(), q.keyId(), false,
                            List.of(DecisionReason.UNKNOWN_ACCOUNT), null, false, null, null, null, null)
                    : answer(standing, q.action(), q.keyId(), now);
            d = q.keyId() == null ? d : withKey(d, keyAnswers.get(k++));
            out.add(withdrawal(q.action()) && standing != null ? d.withFundsHeld(held.get(q.accountId())) : d);
        }
        return out;
    }

    private static KeyCheck.Use use(Action action) {
        return switch (action) {
            case API_TRADE, TRADE, REDUCE_ONLY_TRADE -> KeyCheck.Use.TRADE;
            case WITHDRAW, WITHDRAW_TO_NEW_ADDRESS -> KeyCheck.Use.WITHDRAW;
            default -> KeyCheck.Use.OTHER;
        };
    }

    private static boolean withdrawal(Action action) {
        return action == Action.WITHDRAW || action == Action.WITHDRAW_TO_NEW_ADDRESS;
    }

    /** The account's answer, denied as well when the key may not be used, with the key's reasons added. */
    private static AccountDecision withKey(AccountDecision d, List<KeyCheck.Refusal> refusals) {
        if (refusals.isEmpty()) {
            return d;
        }
        List<DecisionReason> reasons = new ArrayList<>(d.reasons());
        for (KeyCheck.Refusal r : refusals) {
            reasons.add(DecisionReason.valueOf(r.name()));
        }
        return new AccountDecision(d.accountId(), d.action(), d.keyId(), false, List.copyOf(reasons), d.status(),
                d.withdrawalsFrozen(), d.restrictionId(), d.measure(), d.reasonCode(), d.windowEndsAt());
    }

    /** The decision cache as an operator sees it (readiness data); no authorization: it names no account. */
    public AccountStandings.CacheState cacheState() {
        return standings.cacheState();
    }

    private <T> T read(Supplier<T> reading) {
        gate.requireOpen();
        try {
            return reading.get();
        } catch (RedressException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Decision standing unreadable: failing closed", e);
            throw new Unavailable("Redress cannot read the account's standing right now; treat the action as not allowed");
        }
    }

    private static AccountDecision answer(AccountStanding row, Action action, String keyId, Instant now) {
        Standing standing = row.standing();
        Decision d = StatusMatrix.decide(standing, action, now);
        return new AccountDecision(row.accountId(), action, keyId, d.allowed(), d.reasons(), standing.status(),
                standing.withdrawalsFrozen(), standing.restrictionId(), row.measure(), row.reasonCode(),
                standing.windowEndsAt());
    }
}
