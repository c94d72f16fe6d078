package io.redress.apikeys.application;

import io.redress.apikeys.api.ApiKeyView;
import io.redress.apikeys.api.KeyDirectory;
import io.redress.apikeys.api.KeyPermission;
import io.redress.apikeys.api.KeyStatus;
import io.redress.apikeys.domain.ApiKey;
import io.redress.apikeys.domain.Integration;
import io.redress.shared.application.Access;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.InvalidInput;
import io.redress.shared.domain.NotFound;
import io.redress.shared.domain.Permission;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;

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
            throw new InvalidInput("limit", "1 to " + MAX_PAGE);
        }
        Integration i = integrations.find(integrationCode).orElseThrow(() -> new NotFound(IntegrationCatalogue.ENTITY, integrationCode));
        StringBuilder jpql = new StringBuilder("SELECT k FROM ApiKey k WHERE k.integrationId = :integration AND k.id > :after");
        if (createdBefore != null) {
            jpql.append(" AND k.createdAt < :before");
        }
        if (withoutAllowlistOnly) {
            jpql.append(" AND k.hasAllowlist = FALSE");
        }
        TypedQuery<ApiKey> q = em.createQuery(jpql.append(" ORDER BY k.id").toString(), ApiKey.class)
                .setParameter("integration", i.id()).setParameter("after", afterId);
        if (createdBefore != null) {
            q.setParameter("before", createdBefore);
        }
        return q.setMaxResults(limit).getResultList().stream().map(k -> new LinkedKey(k.id(), k.keyId(), k.accountId(),
                k.status(), !k.allowlist().isEmpty(), k.permissions().contains(KeyPermission.WITHDRAW), k.createdAt())).toList();
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
            throw new InvalidInput("top", "1 to " + MAX_TOP);
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
        var q = em.createNativeQuery("SELECT COUNT(*), COUNT(DISTINCT account_id) FROM api_key WHERE integration_id = ?1"
                + filters(withoutAllowlistOnly)).setParameter(1, i.id()).setParameter(2, before(createdBefore));
        Object[] r = (Object[]) q.getSingleResult();
        return new Scope(count(r[0]), count(r[1]));
    }

    @Override
    public List<String> accountsLinkedTo(Actor actor, String integrationCode, Instant createdBefore,
                                         boolean withoutAllowlistOnly, String afterAccount, int limit) {
        access.require(actor, Permission.APIKEY_READ);
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidInput("limit", "1 to " + MAX_PAGE);
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
}
