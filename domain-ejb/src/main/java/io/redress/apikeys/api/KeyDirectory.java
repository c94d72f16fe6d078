package io.redress.apikeys.api;

import io.redress.shared.domain.Actor;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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

    /**
     * How many keys, and of how many accounts, a bulk action's scope takes in; and of those, how many are still active
     * (what revoking them now would revoke) and of how many accounts.
     */
    Scope scope(Actor actor, String integrationCode, Instant createdBefore, boolean withoutAllowlistOnly);

    record Scope(long keys, long accounts, long activeKeys, long activeAccounts) {
    }

    /** The accounts with keys in the scope, in account order after {@code afterAccount} (null: from the start). */
    List<String> accountsLinkedTo(Actor actor, String integrationCode, Instant createdBefore, boolean withoutAllowlistOnly,
                                  String afterAccount, int limit);

    /** Revokes one key (audited, in the exchange's feed); a key already revoked or expired is left as it is. */
    ApiKeyView revokeIfActive(Actor actor, String keyId, String reason);

    /**
     * Revokes the keys still active among {@code keyIds} at once, in the caller's transaction (audited, in the
     * exchange's feed at consecutive positions); keys already revoked or expired are left as they are, an unknown key
     * refuses the call. Returns the keys as they stand after it, in the order given. Without the commit wait of
     * {@link #revokeIfActive}: the caller waits once when it is done (CommitWait.settle: until every cache has acknowledged, at most the lease).
     */
    List<ApiKeyView> revokeAllIfActive(Actor actor, List<String> keyIds, String reason);

    // ---- leak-attribution evidence ------------------------------------------------------------------------------

    /** The account's keys, as staff read them. */
    List<ApiKeyView> keysOf(Actor actor, String accountId);

    /**
     * A trade of the account's key(s) in a window, with the anomaly rules it broke.
     *
     * @param insideAllowlist whether its address is inside its key's allowlist; null when the key has none or no address
     */
    record WindowTrade(long id, Instant tradedAt, String keyId, String symbol, String side, BigDecimal quantity,
                       BigDecimal price, BigDecimal referencePrice, BigDecimal volume24h, String sourceIp,
                       String counterpartyAccountId, Boolean insideAllowlist, List<String> rules) {
    }

    /**
     * The trades of the account's keys (or of one of them) in [from, to), oldest first, at most {@code limit}.
     *
     * @param keyId one key of the account, or null for all of them
     */
    List<WindowTrade> tradesIn(Actor actor, String accountId, String keyId, Instant from, Instant to, int limit);

    /** Of these addresses, those the account's trades (any of its keys) came from before {@code before}, with their first use. */
    Map<String, Instant> earlierUse(Actor actor, String accountId, Collection<String> ips, Instant before);

    /**
     * The same anomaly pattern at an integration and elsewhere, in [from, to): the other accounts with keys linked to
     * the integration (created before {@code to}) and how many of them had an anomaly of one of {@code rules}; the
     * accounts with keys none of which was linked to it, and how many of them had one.
     */
    PatternCounts patternCounts(Actor actor, String integrationCode, String excludedAccount, Collection<String> rules,
                                Instant from, Instant to);

    record PatternCounts(long peerAccounts, long peerAnomalous, long baseAccounts, long baseAnomalous) {
    }

    /** Other accounts whose anomalous trades in [from, to) had one of these accounts on their other side. */
    long accountsAgainst(Actor actor, Collection<String> counterparties, String excludedAccount, Instant from, Instant to);
}
