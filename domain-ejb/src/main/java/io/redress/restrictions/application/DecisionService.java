package io.redress.restrictions.application;

import io.redress.restrictions.domain.AccountDecision;
import io.redress.restrictions.domain.AccountStanding;
import io.redress.restrictions.domain.AccountStandings;
import io.redress.restrictions.domain.Action;
import io.redress.restrictions.domain.Decision;
import io.redress.restrictions.domain.Standing;
import io.redress.restrictions.domain.StatusMatrix;
import io.redress.shared.application.Access;
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
 * read, the answer is {@link Unavailable} (503), never an allow.
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

    public record Query(String accountId, Action action, String keyId) {
    }

    public AccountDecision decide(Actor actor, String accountId, Action action, String keyId) {
        access.require(actor, Permission.DECISION);
        AccountStanding standing = read(() -> standings.find(accountId)).orElseThrow(() -> new NotFound("Account", accountId));
        return answer(standing, action, keyId, clock.instant());
    }

    /** Up to {@link #MAX_BATCH} questions in one call; an unknown account is answered as not allowed, not thrown. */
    public List<AccountDecision> decideAll(Actor actor, List<Query> queries) {
        access.require(actor, Permission.DECISION);
        List<String> ids = queries.stream().map(Query::accountId).distinct().toList();
        Map<String, AccountStanding> byId = new HashMap<>();
        for (AccountStanding standing : read(() -> standings.findAll(ids))) {
            byId.put(standing.accountId(), standing);
        }
        Instant now = clock.instant();
        List<AccountDecision> out = new ArrayList<>(queries.size());
        for (Query q : queries) {
            AccountStanding standing = byId.get(q.accountId());
            out.add(standing == null
                    ? new AccountDecision(q.accountId(), q.action(), q.keyId(), false,
                            List.of(io.redress.restrictions.domain.DecisionReason.UNKNOWN_ACCOUNT), null, false, null, null, null, null)
                    : answer(standing, q.action(), q.keyId(), now));
        }
        return out;
    }

    /** The decision cache as an operator sees it (readiness data); no authorization: it names no account. */
    public AccountStandings.CacheState cacheState() {
        return standings.cacheState();
    }

    private static <T> T read(Supplier<T> reading) {
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
