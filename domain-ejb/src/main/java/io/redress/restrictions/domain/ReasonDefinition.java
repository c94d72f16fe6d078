package io.redress.restrictions.domain;

import io.redress.shared.domain.Role;
import java.util.Set;

/** What an administrator writes to propose a reason for the catalogue, or a change to one. */
public record ReasonDefinition(String code, Ground ground, String title, String termsClause, Set<Measure> measures,
                               String requiredEvidence, Role approverRole, Integer minWindowDays,
                               String noticeText, Boolean disclosable) {

    public ReasonDefinition withCode(String newCode) {
        return new ReasonDefinition(newCode, ground, title, termsClause, measures, requiredEvidence, approverRole,
                minWindowDays, noticeText, disclosable);
    }
}
