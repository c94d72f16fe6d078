package io.redress.apikeys.application;

import io.redress.apikeys.api.ApiKeyView;
import io.redress.apikeys.api.KeyDirectory;
import io.redress.apikeys.api.KeyPermission;
import io.redress.apikeys.api.KeyStatus;
import io.redress.apikeys.domain.ApiKey;
import io.redress.apikeys.domain.Integration;
import io.redress.shared.application.Access;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.InvalidInput;
import io.redress.shared.domain.NotFound;
import io.redress.shared.domain.Permission;
import io.redress.shared.infrastructure.SqlInstants;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link KeyDirectory} for other contexts: pages through an integration's keys on its (integration, id) index. */
@Stateless
public class KeyDirectoryService implements KeyDirectory {

    public static final int MAX_PAGE = 5000;

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    Access access;
    @Inject
    IntegrationCatalogue integrations;
    @Inject
    ApiKeyRegistry registry;

    @Override
    public List<LinkedKey> linkedTo(Actor actor, String integrationCode, Instant createdBefore, boolean withoutAllowlistOnly,
                                    long afterId, int limit) {
        access.require(actor, Permission.APIKEY_READ);
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidInput(FieldError.of("limit", FieldError.Code.BETWEEN, "1 to " + MAX_PAGE, 1, MAX_PAGE));
        }
        Integration i = integrations.find(integrationCode).orElseThrow(() -> new NotFound(IntegrationCatalogue.ENTITY, integrationCode));
        // the page's columns only, not the entities: a bulk job reads a chunk of keys per page, and builds nothing it
        // would not show
        StringBuilder jpql = new StringBuilder("SELECT k.id, k.keyId, k.accountId, k.status, k.hasAllowlist, k.permissions,"
                + " k.createdAt FROM ApiKey k WHERE k.integrationId = :integration AND k.id > :after");
        if (createdBefore != null) {
            jpql.append(" AND k.createdAt < :before");
        }
        if (withoutAllowlistOnly) {
            jpql.append(" AND k.hasAllowlist = FALSE");
        }
        TypedQuery<Object[]> q = em.createQuery(jpql.append(" ORDER BY k.id").toString(), Object[].class)
                .setParameter("integration", i.id()).setParameter("after", afterId);
        if (createdBefore != null) {
            q.setParameter("before", createdBefore);
        }
        return q.setMaxResults(limit).getResultList().stream().map(r -> new LinkedKey((Long) r[0], (String) r[1],
                (String) r[2], r[3] instanceof KeyStatus st ? st : KeyStatus.valueOf(r[3].toString()), (Boolean) r[4],
                ApiKey.parse((String) r[5]).contains(KeyPermission.WITHDRAW), SqlInstants.read(r[6]))).toList();
    }

    private static final java.time.format.DateTimeFormatter UTC_TEXT = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm:ss.SSS'+00:00'", java.util.Locale.ROOT).withZone(java.time.ZoneOffset.UTC);
    public static final int MAX_TOP = 100;

    @Override
    public java.util.Optional<io.redress.apikeys.api.IntegrationView> integration(String code) {
        return code == null ? java.util.Optional.empty() : integrations.find(code).map(Integration::view);
    }

    @Override
    public Exposure exposure(Actor actor, String integrationCode, Instant anomaliesSince, int top) {
        access.require(actor, Permission.APIKEY_READ);
        if (top < 1 || top > MAX_TOP) {
            throw new InvalidInput(FieldError.of("top", FieldError.Code.BETWEEN, "1 to " + MAX_TOP, 1, MAX_TOP));
        }
        Integration i = integrations.find(integrationCode).orElseThrow(() -> new NotFound(IntegrationCatalogue.ENTITY, integrationCode));
        Object[] keys = (Object[]) em.createNativeQuery("SELECT COUNT(*),"
                        + " SUM(CASE WHEN status = 'ACTIVE' THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN status = 'ACTIVE' AND has_allowlist = FALSE THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN status = 'ACTIVE' AND permissions LIKE '%WITHDRAW%' THEN 1 ELSE 0 END),"
                        + " COUNT(DISTINCT account_id) FROM api_key WHERE integration_id = ?1")
                .setParameter(1, i.id()).getSingleResult();
        String since = UTC_TEXT.format(anomaliesSince);
        Object[] anomalies = (Object[]) em.createNativeQuery("SELECT COUNT(*), COUNT(DISTINCT account_id) FROM key_anomaly"
                        + " WHERE integration_id = ?1 AND traded_at >= CAST(?2 AS TIMESTAMP WITH TIME ZONE)")
                .setParameter(1, i.id()).setParameter(2, since).getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT t.account_id, SUM(t.traded_value), COUNT(*) FROM"
                        + " (SELECT DISTINCT trade_event_id, account_id, traded_value FROM key_anomaly"
                        + " WHERE integration_id = ?1 AND traded_at >= CAST(?2 AS TIMESTAMP WITH TIME ZONE)) t"
                        + " GROUP BY t.account_id ORDER BY 2 DESC, t.account_id")
                .setParameter(1, i.id()).setParameter(2, since).setMaxResults(top).getResultList();
        List<AccountExposure> topAccounts = rows.stream().map(r -> new AccountExposure((String) r[0],
                new java.math.BigDecimal(r[1].toString()).stripTrailingZeros(), count(r[2]))).toList();
        return new Exposure(i.code(), i.view().name(), count(keys[0]), count(keys[1]), count(keys[4]), count(keys[2]),
                count(keys[3]), count(anomalies[0]), count(anomalies[1]), topAccounts);
    }

    @Override
    public Scope scope(Actor actor, String integrationCode, Instant createdBefore, boolean withoutAllowlistOnly) {
        access.require(actor, Permission.APIKEY_READ);
        Integration i = integrations.find(integrationCode).orElseThrow(() -> new NotFound(IntegrationCatalogue.ENTITY, integrationCode));
        var q = em.createNativeQuery("SELECT COUNT(*), COUNT(DISTINCT account_id),"
                + " SUM(CASE WHEN status = 'ACTIVE' THEN 1 ELSE 0 END),"
                + " COUNT(DISTINCT CASE WHEN status = 'ACTIVE' THEN account_id END) FROM api_key WHERE integration_id = ?1"
                + filters(withoutAllowlistOnly)).setParameter(1, i.id()).setParameter(2, before(createdBefore));
        Object[] r = (Object[]) q.getSingleResult();
        return new Scope(count(r[0]), count(r[1]), count(r[2]), count(r[3]));
    }

    @Override
    public List<String> accountsLinkedTo(Actor actor, String integrationCode, Instant createdBefore,
                                         boolean withoutAllowlistOnly, String afterAccount, int limit) {
        access.require(actor, Permission.APIKEY_READ);
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidInput(FieldError.of("limit", FieldError.Code.BETWEEN, "1 to " + MAX_PAGE, 1, MAX_PAGE));
        }
        Integration i = integrations.find(integrationCode).orElseThrow(() -> new NotFound(IntegrationCatalogue.ENTITY, integrationCode));
        var q = em.createNativeQuery("SELECT DISTINCT account_id FROM api_key WHERE integration_id = ?1"
                + filters(withoutAllowlistOnly) + " AND account_id > ?3 ORDER BY account_id")
                .setParameter(1, i.id()).setParameter(2, before(createdBefore))
                .setParameter(3, afterAccount == null ? "" : afterAccount);
        @SuppressWarnings("unchecked")
        List<Object> rows = q.setMaxResults(limit).getResultList();
        return rows.stream().map(Object::toString).toList();
    }

    /** The scope's conditions: ?2 is the cut-off (far in the future when there is none). */
    private static String filters(boolean withoutAllowlistOnly) {
        return " AND created_at < CAST(?2 AS TIMESTAMP WITH TIME ZONE)" + (withoutAllowlistOnly ? " AND has_allowlist = FALSE" : "");
    }

    private static String before(Instant createdBefore) {
        return createdBefore == null ? "9999-12-31 00:00:00.000+00:00" : UTC_TEXT.format(createdBefore);
    }

    private static long count(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    @Override
    public ApiKeyView revokeIfActive(Actor actor, String keyId, String reason) {
        ApiKeyView current = registry.get(actor, keyId);
        return current.status() == KeyStatus.ACTIVE ? registry.revoke(actor, keyId, null, reason) : current;
    }

    @Override
    public List<ApiKeyView> revokeAllIfActive(Actor actor, List<String> keyIds, String reason) {
        return registry.revokeAllIfActive(actor, keyIds, reason);
    }

    // ---- leak-attribution evidence ------------------------------------------------------------------------------

    @Override
    public List<ApiKeyView> keysOf(Actor actor, String accountId) {
        return registry.forAccount(actor, accountId);
    }

    @Override
    public List<WindowTrade> tradesIn(Actor actor, String accountId, String keyId, Instant from, Instant to, int limit) {
        access.require(actor, Permission.APIKEY_READ);
        Map<String, ApiKey> keys = new HashMap<>();
        em.createQuery("SELECT k FROM ApiKey k WHERE k.accountId = :account", ApiKey.class).setParameter("account", accountId)
                .getResultStream().filter(k -> keyId == null || k.keyId().equals(keyId)).forEach(k -> keys.put(k.keyId(), k));
        if (keys.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createQuery("SELECT e.id, e.tradedAt, e.keyId, e.symbol, e.side, e.quantity, e.price,"
                        + " e.referencePrice, e.volume24h, e.sourceIp, e.counterpartyAccountId FROM TradeEvent e"
                        + " WHERE e.keyId IN :keys AND e.tradedAt >= :from AND e.tradedAt < :to ORDER BY e.tradedAt, e.id", Object[].class)
                .setParameter("keys", keys.keySet()).setParameter("from", from).setParameter("to", to)
                .setMaxResults(limit).getResultList();
        Map<Long, List<String>> rules = new HashMap<>();
        em.createQuery("SELECT a.tradeEventId, a.rule FROM KeyAnomaly a WHERE a.accountId = :account"
                        + " AND a.tradedAt >= :from AND a.tradedAt < :to ORDER BY a.rule", Object[].class)
                .setParameter("account", accountId).setParameter("from", from).setParameter("to", to).getResultStream()
                .forEach(r -> rules.computeIfAbsent((Long) r[0], x -> new ArrayList<>()).add((String) r[1]));
        List<WindowTrade> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            ApiKey k = keys.get((String) r[2]);
            String ip = (String) r[9];
            Boolean inside = ip == null || k.allowlist().isEmpty() ? null : k.allowlist().allows(ip);
            out.add(new WindowTrade((Long) r[0], (Instant) r[1], (String) r[2], (String) r[3], r[4].toString(),
                    plain(r[5]), plain(r[6]), plain(r[7]), plain(r[8]), ip, (String) r[10], inside,
                    List.copyOf(rules.getOrDefault((Long) r[0], List.of()))));
        }
        return out;
    }

    /** Without the column's trailing zeros, and never in exponent form (25000, not 2.5E+4). */
    private static java.math.BigDecimal plain(Object o) {
        java.math.BigDecimal d = ((java.math.BigDecimal) o).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    @Override
    public Map<String, Instant> earlierUse(Actor actor, String accountId, Collection<String> ips, Instant before) {
        access.require(actor, Permission.APIKEY_READ);
        Map<String, Instant> out = new HashMap<>();
        if (ips.isEmpty()) {
            return out;
        }
        List<String> keys = em.createQuery("SELECT k.keyId FROM ApiKey k WHERE k.accountId = :account", String.class)
                .setParameter("account", accountId).getResultList();
        if (keys.isEmpty()) {
            return out;
        }
        for (List<String> chunk : chunks(new ArrayList<>(ips), 500)) {
            for (List<String> keyChunk : chunks(keys, 500)) {
                em.createQuery("SELECT e.sourceIp, MIN(e.tradedAt) FROM TradeEvent e WHERE e.keyId IN :keys"
                                + " AND e.tradedAt < :before AND e.sourceIp IN :ips GROUP BY e.sourceIp", Object[].class)
                        .setParameter("keys", keyChunk).setParameter("before", before).setParameter("ips", chunk)
                        .getResultStream().forEach(r -> out.merge((String) r[0], (Instant) r[1],
                                (a, b) -> a.isBefore(b) ? a : b));
            }
        }
        return out;
    }

    @Override
    public PatternCounts patternCounts(Actor actor, String integrationCode, String excludedAccount, Collection<String> rules,
                                       Instant from, Instant to) {
        access.require(actor, Permission.APIKEY_READ);
        Integration i = integrations.find(integrationCode).orElseThrow(() -> new NotFound(IntegrationCatalogue.ENTITY, integrationCode));
        long peers = em.createQuery("SELECT COUNT(DISTINCT k.accountId) FROM ApiKey k WHERE k.integrationId = :i"
                        + " AND k.createdAt < :to AND k.accountId <> :account", Long.class)
                .setParameter("i", i.id()).setParameter("to", to).setParameter("account", excludedAccount).getSingleResult();
        long base = em.createQuery("SELECT COUNT(DISTINCT k.accountId) FROM ApiKey k WHERE k.createdAt < :to"
                        + " AND NOT EXISTS (SELECT l.id FROM ApiKey l WHERE l.accountId = k.accountId AND l.integrationId = :i)", Long.class)
                .setParameter("i", i.id()).setParameter("to", to).getSingleResult();
        if (rules.isEmpty()) {
            return new PatternCounts(peers, 0, base, 0);
        }
        long peerAnomalous = em.createQuery("SELECT COUNT(DISTINCT a.accountId) FROM KeyAnomaly a WHERE a.integrationId = :i"
                        + " AND a.tradedAt >= :from AND a.tradedAt < :to AND a.rule IN :rules AND a.accountId <> :account", Long.class)
                .setParameter("i", i.id()).setParameter("from", from).setParameter("to", to).setParameter("rules", rules)
                .setParameter("account", excludedAccount).getSingleResult();
        long baseAnomalous = em.createQuery("SELECT COUNT(DISTINCT a.accountId) FROM KeyAnomaly a WHERE a.tradedAt >= :from"
                        + " AND a.tradedAt < :to AND a.rule IN :rules"
                        + " AND NOT EXISTS (SELECT l.id FROM ApiKey l WHERE l.accountId = a.accountId AND l.integrationId = :i)", Long.class)
                .setParameter("i", i.id()).setParameter("from", from).setParameter("to", to).setParameter("rules", rules)
                .getSingleResult();
        // a key the exchange says was created after its own trade would count an anomalous account twice over: never more
        return new PatternCounts(peers, Math.min(peers, peerAnomalous), base, Math.min(base, baseAnomalous));
    }

    @Override
    public long accountsAgainst(Actor actor, Collection<String> counterparties, String excludedAccount, Instant from, Instant to) {
        access.require(actor, Permission.APIKEY_READ);
        if (counterparties.isEmpty()) {
            return 0;
        }
        return em.createQuery("SELECT COUNT(DISTINCT a.accountId) FROM KeyAnomaly a, TradeEvent e WHERE e.id = a.tradeEventId"
                        + " AND e.counterpartyAccountId IN :parties AND a.accountId <> :account AND a.tradedAt >= :from"
                        + " AND a.tradedAt < :to", Long.class)
                .setParameter("parties", counterparties).setParameter("account", excludedAccount)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    private static <T> List<List<T>> chunks(List<T> all, int size) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += size) {
            out.add(all.subList(i, Math.min(all.size(), i + size)));
        }
        return out;
    }
}
