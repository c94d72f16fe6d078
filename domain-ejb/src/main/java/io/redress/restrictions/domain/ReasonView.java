package io.redress.restrictions.domain;

import io.redress.shared.domain.Role;
import java.util.Set;

/**
 * A catalogue reason in force, as screens and the API show it. {@code revision} is the approved version of the
 * reason that restrictions are decided under; {@code version} the optimistic-lock token a change must send.
 */
public record ReasonView(String code, Ground ground, String title, String termsClause, Set<Measure> measures,
                         String requiredEvidence, Role approverRole, int minWindowDays, String noticeText,
                         boolean disclosable, boolean active, int revision, long version) {

    public boolean evidenceRequired() {
        return requiredEvidence != null && !requiredEvidence.isBlank();
    }
}
