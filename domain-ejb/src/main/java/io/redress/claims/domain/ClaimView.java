package io.redress.claims.domain;

import java.time.Instant;

/**
 * A claim as staff see it: everything, the people who took each step included. Amounts are exact decimal text in
 * the asset's scale ("0.50000000"), so no client rounds them through a binary floating point.
 */
public record ClaimView(long id, String accountId, String ticket, String language, String asset, int assetScale,
                        String amountClaimed, String description, String incidentRef, String evidenceRef, String filedBy,
                        boolean forCustomer, Instant filedAt, Instant answerDueAt, ClaimState state, Liability liability,
                        String assessmentReasoning, String assessedBy, Instant assessedAt, ClaimOutcome outcome,
                        String amountDecided, String decisionReasons, String decidedBy, Instant decidedAt,
                        String referenceRate, String rateSource, String referenceAmount, String referenceCurrency,
                        String firstApprover, String firstApproverRole, Instant firstApprovedAt, String secondApprover,
                        String secondApproverRole, Instant secondApprovedAt, Instant finalAt, String returnedNote,
                        String payoutReference, String payoutConfirmedBy, Instant paidAt, Instant appealableUntil,
                        String appealStatement, String appealFiledBy, Instant appealFiledAt, AppealVerdict appealOutcome,
                        String appealReviewer, String appealReasons, Instant appealDecidedAt, long version) {
}
