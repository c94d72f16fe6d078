package io.redress.cases.domain;

import java.time.Instant;

public record OutboxView(long id, String ticket, String accountId, String channel, String contact, String language,
                         String templateCode, String subject, String body, String createdBy, Instant createdAt,
                         Instant deliveredAt) {
}
