package io.redress.restrictions.domain;

import java.util.List;

/** What a staff member asks for. {@code windowDays} for window measures; {@code durationDays} makes a measure temporary. */
public record RestrictionRequest(Measure measure, String reasonCode, String justification, List<String> evidence,
                                 Integer windowDays, Integer durationDays, Long liftsRestrictionId) {

    public RestrictionRequest {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
