package io.redress.screening.domain;

/** A screened deposit was held or frozen: an investigation opens in the same transaction. */
public record DepositHeld(long screeningId, String accountId, ScreeningPolicy.Measure measure, String summary) {
}
