package io.redress.incidents.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * What an incident exposes, computed when asked: the integration's keys (and how many are still active), their
 * accounts, the active keys without an IP allowlist and those holding WITHDRAW, the anomalies since the suspected
 * start, and the accounts with the most value traded by anomalous trades.
 */
public record BlastRadius(String integration, long keys, long activeKeys, long accounts, long activeWithoutAllowlist,
                          long activeWithWithdraw, Instant anomaliesSince, long anomalies, long anomalousAccounts,
                          List<TopAccount> topAccounts, long computedInMillis) {

    public record TopAccount(String accountId, BigDecimal valueTraded, long trades) {
    }
}
