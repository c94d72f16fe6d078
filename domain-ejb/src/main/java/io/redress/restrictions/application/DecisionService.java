package io.redress.restrictions.application;

import io.redress.accounts.domain.AccountStatus;
import io.redress.restrictions.domain.AccountDecision;
import io.redress.restrictions.domain.Action;
import io.redress.restrictions.domain.Decision;
import io.redress.restrictions.domain.Measure;
import io.redress.restrictions.domain.Standing;
import io.redress.restrictions.domain.StatusMatrix;
import io.redress.shared.application.Access;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.NotFound;
import io.redress.shared.domain.RedressException;
import io.redress.shared.domain.Role;
import io.redress.shared.domain.Unavailable;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * "May account A do action X now?" The hot path: one indexed read of the account's standing, kept current
 * in the same transaction as every restriction change, then the pure {@link StatusMatrix}. No cache sits in
 * between, so the first decision after a change reflects it on every instance. If the standing cannot be
 * read, the answer is {@link Unavailable} (503), never an allow.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DecisionService {

    public static final int MAX_BATCH = 1000;
    private static final int CHUNK = 500;
    private static final Logger LOG = Logger.getLogger(DecisionService.class.getName());
    private static final String STANDING_QUERY = "SELECT a.externalId, a.status, a.withdrawalsFrozen, a.windowEndsAt,"
            + " a.openDerivativesPositions, a.restrictionId, r.measure, r.reasonCode"
            + " FROM Account a LEFT JOIN Restriction r ON r.id = a.restrictionId";

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    Access access;
    @Inject
    Clock clock;

    public record Query(String accountId, Action action, String keyId) {
    }

    public AccountDecision decide(Actor actor, String accountId, Action action, String keyId) {
        access.require(actor, "decision", Role.INTEGRATION, Role.AGENT, Role.SUPERVISOR, Role.SECURITY, Role.COMPLIANCE,
                Role.AUDITOR, Role.ADMIN);
        List<Object[]> rows = read(STANDING_QUERY + " WHERE a.externalId = :id", Map.of("id", accountId));
        if (rows.isEmpty()) {
            throw new NotFound("Account", accountId);
        }
        return answer(rows.get(0), action, keyId, clock.instant());
    }

    /** Up to {@link #MAX_BATCH} questions in one call; an unknown account is answered as not allowed, not thrown. */
    public List<AccountDecision> decideAll(Actor actor, List<Query> queries) {
        access.require(actor, "decision", Role.INTEGRATION, Role.AGENT, Role.SUPERVISOR, Role.SECURITY, Role.COMPLIANCE,
                Role.AUDITOR, Role.ADMIN);
        Map<String, Object[]> byId = new HashMap<>();
        List<String> ids = queries.stream().map(Query::accountId).distinct().toList();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            for (Object[] row : read(STANDING_QUERY + " WHERE a.externalId IN :ids",
                    Map.of("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK))))) {
                byId.put((String) row[0], row);
            }
        }
        Instant now = clock.instant();
        List<AccountDecision> out = new ArrayList<>(queries.size());
        for (Query q : queries) {
            Object[] row = byId.get(q.accountId());
            out.add(row == null
                    ? new AccountDecision(q.accountId(), q.action(), q.keyId(), false,
                            List.of(io.redress.restrictions.domain.DecisionReason.UNKNOWN_ACCOUNT), null, false, null, null, null, null)
                    : answer(row, q.action(), q.keyId(), now));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> read(String jpql, Map<String, Object> params) {
        try {
            var query = em.createQuery(jpql);
            params.forEach(query::setParameter);
            return query.getResultList();
        } catch (RedressException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Decision standing unreadable: failing closed", e);
            throw new Unavailable("Redress cannot read the account's standing right now; treat the action as not allowed");
        }
    }

    private static AccountDecision answer(Object[] row, Action action, String keyId, Instant now) {
        Standing standing = new Standing((AccountStatus) row[1], (Boolean) row[2], (Instant) row[3],
                ((Number) row[4]).intValue(), (Long) row[5]);
        Decision d = StatusMatrix.decide(standing, action, now);
        return new AccountDecision((String) row[0], action, keyId, d.allowed(), d.reasons(), standing.status(),
                standing.withdrawalsFrozen(), standing.restrictionId(), (Measure) row[6], (String) row[7],
                standing.windowEndsAt());
    }
}
