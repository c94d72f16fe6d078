package io.redress.apikeys.api;

import io.redress.shared.domain.Actor;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

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

    /** An integration of the managed list by its code, retired or not. */
    Optional<IntegrationView> integration(String code);

    /**
     * An integration's blast radius, from a few aggregate queries on its indexes: its keys (and how many are still
     * active), the accounts they belong to, the active keys without an IP allowlist and those holding WITHDRAW, the
     * anomalies of its keys' trades since {@code anomaliesSince}, and the accounts with the most value traded by
     * anomalous trades (each trade counted once, whatever the number of rules it broke).
     */
    Exposure exposure(Actor actor, String integrationCode, Instant anomaliesSince, int top);

    record Exposure(String integrationCode, String integrationName, long keys, long activeKeys, long accounts,
                    long activeWithoutAllowlist, long activeWithWithdraw, long anomalies, long anomalousAccounts,
                    List<AccountExposure> topAccounts) {
    }

    /** An account's anomalous trades through the integration: their value in the quote currency and count. */
    record AccountExposure(String accountId, BigDecimal valueTraded, long trades) {
    }

    /** How many keys, and of how many accounts, a bulk action's scope takes in. */
    Scope scope(Actor actor, String integrationCode, Instant createdBefore, boolean withoutAllowlistOnly);

    record Scope(long keys, long accounts) {
    }

    /** The accounts with keys in the scope, in account order after {@code afterAccount} (null: from the start). */
    List<String> accountsLinkedTo(Actor actor, String integrationCode, Instant createdBefore, boolean withoutAllowlistOnly,
                                  String afterAccount, int limit);

    /** Revokes one key (audited, in the exchange's feed); a key already revoked or expired is left as it is. */
    ApiKeyView revokeIfActive(Actor actor, String keyId, String reason);
}
