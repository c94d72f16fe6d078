package io.redress.restrictions.domain;

import java.time.Instant;

public record NoticeView(long id, String accountId, Long restrictionId, String kind, String text, boolean reasonDisclosed,
                         Instant windowEndsAt, String howToAppeal, Instant createdAt, Instant deliveredAt) {
}
