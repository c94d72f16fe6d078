package io.redress.claims.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * So that like cases are treated alike: the final decisions already taken on claims from the same incident — how
 * many, their outcomes, and the share of the claimed amounts paid (each claim's paid/claimed, averaged, so claims in
 * different assets weigh the same) — with the most recent ones.
 */
public record IncidentPrecedents(String incidentRef, int decided, Map<String, Long> outcomes, BigDecimal sharePaidPercent,
                                 List<Precedent> recent) {

    public static final int RECENT = 20;

    public static IncidentPrecedents none(String incidentRef) {
        return new IncidentPrecedents(incidentRef, 0, Map.of(), null, List.of());
    }

    /** From the final decisions on the incident's other claims, newest first. */
    public static IncidentPrecedents of(String incidentRef, List<Precedent> decisions) {
        if (decisions.isEmpty()) {
            return none(incidentRef);
        }
        Map<ClaimOutcome, Long> counts = new EnumMap<>(ClaimOutcome.class);
        BigDecimal shares = BigDecimal.ZERO;
        for (Precedent p : decisions) {
            counts.merge(p.outcome(), 1L, Long::sum);
            shares = shares.add(p.decided().divide(p.claimed(), 6, RoundingMode.HALF_EVEN));
        }
        Map<String, Long> outcomes = new LinkedHashMap<>();
        counts.forEach((k, v) -> outcomes.put(k.name(), v));
        BigDecimal percent = shares.multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(decisions.size()), 1, RoundingMode.HALF_EVEN);
        return new IncidentPrecedents(incidentRef, decisions.size(), Collections.unmodifiableMap(outcomes), percent,
                List.copyOf(decisions.subList(0, Math.min(RECENT, decisions.size()))));
    }
}
