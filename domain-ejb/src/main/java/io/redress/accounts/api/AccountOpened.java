package io.redress.accounts.api;

import java.time.Instant;

/**
 * The exchange mirrored an account Redress did not know. Observed in the same transaction: the restrictions context
 * gives it its standing (active), so that an account never exists without one.
 */
public record AccountOpened(String accountId, Instant openedAt) {
}
