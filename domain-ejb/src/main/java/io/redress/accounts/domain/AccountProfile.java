package io.redress.accounts.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What the exchange tells Redress about a customer account. {@code null} fields are missing; the
 * {@link AccountProfileRules} say which are required and what values are valid.
 */
public record AccountProfile(String handle, KycLevel kycLevel, String jurisdiction, LocalDate customerSince,
                             Integer vipTier, List<String> socialHandles, Integer openDerivativesPositions) {

    public AccountProfile {
        socialHandles = socialHandles == null ? List.of() : List.copyOf(socialHandles);
    }
}
