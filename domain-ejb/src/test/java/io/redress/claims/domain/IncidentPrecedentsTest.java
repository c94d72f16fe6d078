package io.redress.claims.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IncidentPrecedentsTest {

    private static Precedent p(long id, ClaimOutcome outcome, String asset, String claimed, String decided) {
        return new Precedent(id, Liability.THIRD_PARTY, outcome, asset, new BigDecimal(claimed), new BigDecimal(decided),
                Instant.parse("2026-11-01T10:00:00Z"));
    }

    @Test
    void countsOutcomesAndAveragesTheSharePaidAcrossAssets() {
        IncidentPrecedents panel = IncidentPrecedents.of("INC-1", List.of(
                p(3, ClaimOutcome.FULL, "BTC", "0.5", "0.5"),
                p(2, ClaimOutcome.PARTIAL, "USDT", "1000", "500"),
                p(1, ClaimOutcome.DENY, "ETH", "2", "0")));
        assertEquals(3, panel.decided());
        assertEquals(Map.of("FULL", 1L, "PARTIAL", 1L, "DENY", 1L), panel.outcomes());
        assertEquals(new BigDecimal("50.0"), panel.sharePaidPercent(), "(100 % + 50 % + 0 %) / 3");
        assertEquals(3, panel.recent().get(0).claimId());
    }

    @Test
    void noPrecedentsIsSaidAsSuch() {
        IncidentPrecedents panel = IncidentPrecedents.of("INC-2", List.of());
        assertEquals(0, panel.decided());
        assertNull(panel.sharePaidPercent());
    }
}
