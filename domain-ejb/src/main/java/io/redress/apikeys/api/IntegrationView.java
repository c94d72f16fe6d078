package io.redress.apikeys.api;

import java.time.Instant;

/** A third-party integration (a trading bot, a portfolio tracker) that customers give API keys to. */
public record IntegrationView(long id, String code, String name, Instant createdAt, String createdBy, Instant retiredAt,
                              String retiredBy, long version) {
}
