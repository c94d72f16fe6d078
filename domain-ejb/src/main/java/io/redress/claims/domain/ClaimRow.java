package io.redress.claims.domain;

import java.time.Instant;

/** A line of the claims list. */
public record ClaimRow(long id, String accountId, String ticket, String asset, String amountClaimed, ClaimState state,
                       Liability liability, ClaimOutcome outcome, String amountDecided, String incidentRef,
                       Instant filedAt, Instant answerDueAt) {
}
