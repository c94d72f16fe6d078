package io.redress.apikeys.api;

import io.redress.shared.domain.Actor;
import java.time.Instant;
import java.util.List;

/**
 * The registry as other contexts use it (third-party incidents, leak attribution): the keys linked to an integration,
 * page by page, and the revocation of one key. Records only; the registry's entities and tables stay its own.
 */
public interface KeyDirectory {

    /** A key as an incident sees it. {@code id} orders the pages. */
    record LinkedKey(long id, String keyId, String accountId, KeyStatus status, boolean hasAllowlist,
                     boolean withdraw, Instant createdAt) {
    }

    /**
     * Keys linked to the integration, in id order after {@code afterId} (0: from the start), at most {@code limit}.
     *
     * @param createdBefore         only keys created before this moment, or null for all
     * @param withoutAllowlistOnly  only keys without an IP allowlist
     */
    List<LinkedKey> linkedTo(Actor actor, String integrationCode, Instant createdBefore, boolean withoutAllowlistOnly,
                             long afterId, int limit);

    /** Revokes one key (audited, in the exchange's feed); a key already revoked or expired is left as it is. */
    ApiKeyView revokeIfActive(Actor actor, String keyId, String reason);
}
