package io.redress.claims.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** A final decision on another claim from the same incident, as the consistency panel lists it. */
public record Precedent(long claimId, Liability liability, ClaimOutcome outcome, String asset, BigDecimal claimed,
                        BigDecimal decided, Instant decidedAt) {
}
