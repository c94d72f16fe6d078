package io.redress.restrictions.domain;

import io.redress.accounts.domain.AccountStatus;
import java.time.Instant;
import java.util.List;

/** The answer to "may account A do action X now?", with the measure in force behind it. */
public record AccountDecision(String accountId, Action action, String keyId, boolean allowed, List<DecisionReason> reasons,
                              AccountStatus status, boolean withdrawalsFrozen, Long restrictionId, Measure measure,
                              String reasonCode, Instant windowEndsAt) {
}
