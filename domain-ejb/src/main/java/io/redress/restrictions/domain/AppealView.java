package io.redress.restrictions.domain;

import java.time.Instant;

public record AppealView(long id, long restrictionId, String accountId, String filedBy, boolean onBehalfOfCustomer,
                         String statement, Instant filedAt, Instant deadline, AppealState state, String reviewer,
                         String reviewerRole, String decisionReasons, Instant decidedAt, boolean deadlineBreached,
                         long version) {
}
