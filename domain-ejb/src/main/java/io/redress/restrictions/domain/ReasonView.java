package io.redress.restrictions.domain;

import io.redress.shared.domain.Role;
import java.util.Set;

/** A catalogue reason as screens and the API show it. */
public record ReasonView(String code, String title, String termsClause, Set<Measure> measures,
                         String requiredEvidence, Role approverRole, int minWindowDays, String noticeText,
                         boolean disclosable, boolean active, long version) {

    public boolean evidenceRequired() {
        return requiredEvidence != null && !requiredEvidence.isBlank();
    }
}
