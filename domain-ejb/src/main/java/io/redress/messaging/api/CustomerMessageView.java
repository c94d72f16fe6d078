package io.redress.messaging.api;

import java.time.Instant;

/**
 * A message in the one customer outbox, as the exchange delivers it. {@code position} is the delivery cursor: it
 * increases in commit order, so {@code ?after=<position>} never passes over a message committed later.
 * Messages queued before the one outbox existed have no position (null): read them with {@code ?pending=true}.
 * {@code legacyId} is the id the message has under the endpoints this outbox replaced ({@code /outbox},
 * {@code /notices}).
 */
public record CustomerMessageView(long id, Long position, String source, String kind, String accountId,
                                  String reference, String channel, String contact, String language, String subject,
                                  String body, String templateCode, Long restrictionId, Boolean reasonDisclosed,
                                  Instant windowEndsAt, String howToAppeal, String createdBy, Instant createdAt,
                                  Instant deliveredAt, long legacyId) {
}
