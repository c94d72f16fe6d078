package io.redress.restrictions.domain;

import io.redress.shared.domain.Role;
import java.util.Set;

/** What an administrator writes to add or change a reason in the catalogue. */
public record ReasonDefinition(String code, String title, String termsClause, Set<Measure> measures,
                               String requiredEvidence, Role approverRole, Integer minWindowDays,
                               String noticeText, Boolean disclosable) {
}
