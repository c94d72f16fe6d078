package io.redress.restrictions.domain;

import java.time.Instant;

public record AlertView(long id, String kind, String accountId, String reference, String message, Instant createdAt) {
}
