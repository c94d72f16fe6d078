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

    @Override
    public ApiKeyView revokeIfActive(Actor actor, String keyId, String reason) {
        ApiKeyView current = registry.get(actor, keyId);
        return current.status() == KeyStatus.ACTIVE ? registry.revoke(actor, keyId, null, reason) : current;
    }
}
