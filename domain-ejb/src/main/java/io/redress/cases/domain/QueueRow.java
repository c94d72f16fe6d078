package io.redress.cases.domain;

import java.time.Instant;

/** One line of the queue, with what its SLA badge needs. */
public record QueueRow(long id, String ticket, String subject, String accountId, Channel channel, Category category,
                       Priority priority, String queue, String assignee, CaseState state, Instant openedAt,
                       SlaClock.State slaState, Instant slaDueAt) {
}
