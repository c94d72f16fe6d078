package io.redress.claims.domain;

import java.time.Instant;

/**
 * A claim as the customer may see it (what the exchange shows): the claim, its progress in the customer's terms,
 * and once the decision is final its outcome, amount and stated reasons. Never staff names, the assessment or its
 * reasoning, the reference-currency valuation, or a decision still awaiting approval.
 */
public record CustomerClaim(long id, String accountId, String ticket, String asset, String amountClaimed,
                            String description, Instant filedAt, Instant answerDueAt, String status, ClaimOutcome outcome,
                            String amountAwarded, String reasons, Instant decidedAt, String payoutReference, Instant paidAt,
                            Instant appealableUntil, Instant appealFiledAt, AppealVerdict appealOutcome, String appealReasons,
                            long version) {

    /** UNDER_REVIEW, PAYOUT_PENDING, PAID, DENIED or APPEAL_UNDER_REVIEW. */
    public static String status(ClaimState state) {
        return switch (state) {
            case FILED, ASSESSED, PENDING_APPROVAL, PENDING_SECOND_APPROVAL -> "UNDER_REVIEW";
            case AWAITING_PAYOUT -> "PAYOUT_PENDING";
            case PAID -> "PAID";
            case DENIED -> "DENIED";
            case APPEALED -> "APPEAL_UNDER_REVIEW";
        };
    }

    public static CustomerClaim of(ClaimView v) {
        boolean decided = v.state().isFinal();
        return new CustomerClaim(v.id(), v.accountId(), v.ticket(), v.asset(), v.amountClaimed(), v.description(),
                v.filedAt(), v.answerDueAt(), status(v.state()), decided ? v.outcome() : null,
                decided ? v.amountDecided() : null, decided ? v.decisionReasons() : null, decided ? v.finalAt() : null,
                v.payoutReference(), v.paidAt(), v.appealableUntil(), v.appealFiledAt(), v.appealOutcome(),
                v.appealOutcome() == null ? null : v.appealReasons(), v.version());
    }
}
