package io.redress.screening.domain;

/**
 * A screened deposit was held or frozen: an investigation opens in the same transaction.
 *
 * @param jurisdiction the account's, as the screening read it (null when none): the report deadline follows it
 */
public record DepositHeld(long screeningId, String accountId, String jurisdiction, ScreeningPolicy.Measure measure,
                          String summary) {
}
