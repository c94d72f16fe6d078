package io.redress.apikeys.api;

import java.time.Instant;

/** An anomaly found in an API trade: the rule, its evidence, and the account-security case it went to. */
public record AnomalyView(String rule, String keyId, String accountId, String symbol, String evidence, Instant tradedAt,
                          String caseTicket) {
}
