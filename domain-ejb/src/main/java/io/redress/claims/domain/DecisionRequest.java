package io.redress.claims.domain;

/**
 * A proposed decision: the outcome, the amount (text, exact; FULL may omit it, DENY pays nothing), the reasons the
 * customer will read, and optionally the rate of one unit of the asset in the reference currency (else the
 * configured table's).
 */
public record DecisionRequest(ClaimOutcome outcome, String amount, String reasons, String referenceRate) {
}
