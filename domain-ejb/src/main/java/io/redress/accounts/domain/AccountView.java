package io.redress.accounts.domain;

import io.redress.accounts.api.AccountStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An account as the API and the screens show it. */
public record AccountView(String accountId, String handle, KycLevel kycLevel, String jurisdiction,
                          LocalDate customerSince, int vipTier, List<String> socialHandles,
                          int openDerivativesPositions, AccountStatus status, boolean withdrawalsFrozen,
                          Instant windowEndsAt, Long restrictionId, Instant createdAt, Instant updatedAt,
                          long version) {
}
