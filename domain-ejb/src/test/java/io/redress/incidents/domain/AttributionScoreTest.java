package io.redress.incidents.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The leak-attribution score, factor by factor, its bands, and the peer comparison against the base rate. */
class AttributionScoreTest {

    private static final AttributionWeights W = AttributionWeights.defaults();
    private static final List<String> PUMP = List.of("LEAK_SIGNATURE", "PUMP_PATTERN");

    /** Nothing observed that points either way: every contribution is zero. */
    private static AttributionFacts neutral() {
        return new AttributionFacts(null, false, null, 0, 0, 0, true, 0, 0);
    }

    private static Map<String, AttributionScore.Factor> factors(AttributionScore.Assessment a) {
        return a.factors().stream().collect(Collectors.toMap(AttributionScore.Factor::code, Function.identity()));
    }

    private static double contribution(AttributionFacts f, String code) {
        return factors(AttributionScore.assess(f, W)).get(code).contribution();
    }

    @Test
    void everyFactorIsShownWithItsWeightAndTheScoreIsTheirSum() {
        AttributionScore.Assessment a = AttributionScore.assess(
                new AttributionFacts("INC-AAAA-BBBB", true, PatternComparison.of(PUMP, 10, 8, 1000, 2), 4, 4, 0, false, 0, 2), W);
        assertEquals(List.of("INCIDENT_LINK", "KEY_PREDATES_EXPOSURE", "PEER_PATTERN", "UNFAMILIAR_SOURCES",
                "FAMILIAR_SOURCES", "NO_ALLOWLIST", "INSIDE_ALLOWLIST", "COMMON_COUNTERPARTY"),
                a.factors().stream().map(AttributionScore.Factor::code).toList());
        double sum = a.factors().stream().mapToDouble(AttributionScore.Factor::contribution).sum();
        assertEquals(sum, a.score(), 0.05);
        // 30 + 10 + 30 (lift far above 10) + 20 + 0 + 10 + 0 + 15
        assertEquals(115, a.score(), 0.001);
        assertEquals(Conclusion.THIRD_PARTY_LEAK_LIKELY, a.conclusion());
        for (AttributionScore.Factor f : a.factors()) {
            assertEquals(Math.round(f.weight() * f.extent() * 10) / 10.0, f.contribution(), 0.001, f.code());
            assertTrue(!f.label().isBlank() && !f.observed().isBlank(), f.code());
        }
        assertEquals(W.leakLikelyFrom(), a.leakLikelyFrom());
        assertEquals(W.ownActivityLikelyAt(), a.ownActivityLikelyAt());
    }

    @Test
    void anIncidentCountsOnlyWhenTheKeyWasUnderOne() {
        assertEquals(0, contribution(neutral(), "INCIDENT_LINK"));
        assertEquals(30, contribution(new AttributionFacts("INC-AAAA-BBBB", false, null, 0, 0, 0, true, 0, 0), "INCIDENT_LINK"));
        // a key created after the exposure began could not have been in the leak
        assertEquals(0, contribution(new AttributionFacts("INC-AAAA-BBBB", false, null, 0, 0, 0, true, 0, 0), "KEY_PREDATES_EXPOSURE"));
        assertEquals(10, contribution(new AttributionFacts("INC-AAAA-BBBB", true, null, 0, 0, 0, true, 0, 0), "KEY_PREDATES_EXPOSURE"));
        // without an incident, the key's age says nothing
        assertEquals(0, contribution(new AttributionFacts(null, true, null, 0, 0, 0, true, 0, 0), "KEY_PREDATES_EXPOSURE"));
    }

    @Test
    void addressesTheCustomerNeverUsedPointAwayAndFamiliarOnesPointToTheCustomer() {
        // 3 of 4 disputed trades from new addresses, 1 from the customer's own
        AttributionFacts f = new AttributionFacts(null, false, null, 4, 3, 1, true, 0, 0);
        assertEquals(15, contribution(f, "UNFAMILIAR_SOURCES"));
        assertEquals(-7.5, contribution(f, "FAMILIAR_SOURCES"));
        // trades without a reported address count on neither side
        AttributionFacts unknown = new AttributionFacts(null, false, null, 4, 0, 0, true, 0, 0);
        assertEquals(0, contribution(unknown, "UNFAMILIAR_SOURCES"));
        assertEquals(0, contribution(unknown, "FAMILIAR_SOURCES"));
        assertTrue(factors(AttributionScore.assess(unknown, W)).get("FAMILIAR_SOURCES").observed().contains("4 without a reported address"));
    }

    @Test
    void aKeyWithoutAllowlistPointsAwayAndTradesInsideItsAllowlistPointToTheCustomer() {
        assertEquals(10, contribution(new AttributionFacts(null, false, null, 2, 0, 0, false, 0, 0), "NO_ALLOWLIST"));
        assertEquals(0, contribution(new AttributionFacts(null, false, null, 2, 0, 0, true, 0, 0), "NO_ALLOWLIST"));
        assertEquals(-20, contribution(new AttributionFacts(null, false, null, 2, 0, 0, true, 2, 0), "INSIDE_ALLOWLIST"));
        assertEquals(-10, contribution(new AttributionFacts(null, false, null, 2, 0, 0, true, 1, 0), "INSIDE_ALLOWLIST"));
        assertEquals(0, contribution(new AttributionFacts(null, false, null, 2, 0, 0, false, 0, 0), "INSIDE_ALLOWLIST"));
    }

    @Test
    void aCounterpartySharedWithOtherVictimsPointsAway() {
        assertEquals(15, contribution(new AttributionFacts(null, false, null, 1, 0, 0, true, 0, 1), "COMMON_COUNTERPARTY"));
        assertEquals(0, contribution(neutral(), "COMMON_COUNTERPARTY"));
    }

    @Test
    void thePeerFactorComparesThePeersRateWithTheBaseRate() {
        // 6 of 10 peers against 1 of 1000 elsewhere: lift (7/12) / (2/1002) = 292.25, in full
        PatternComparison high = PatternComparison.of(PUMP, 10, 6, 1000, 1);
        assertEquals(0.6, high.peerRate(), 1e-9);
        assertEquals(0.001, high.baseRate(), 1e-9);
        assertEquals(292.25, high.lift(), 0.01);
        assertEquals(30, contribution(new AttributionFacts(null, false, high, 0, 0, 0, true, 0, 0), "PEER_PATTERN"));
        // the same share among peers as elsewhere: no lift, nothing
        PatternComparison same = PatternComparison.of(PUMP, 98, 48, 998, 488);
        assertEquals(1.0, same.lift(), 0.01);
        assertEquals(0, contribution(new AttributionFacts(null, false, same, 0, 0, 0, true, 0, 0), "PEER_PATTERN"));
        // between 1 and lift-full (10): in proportion; 3 of 8 peers against 1 of 8 elsewhere: (4/10)/(2/10) = 2, a ninth of 30
        PatternComparison some = PatternComparison.of(PUMP, 8, 3, 8, 1);
        assertEquals(2.0, some.lift(), 0.001);
        assertEquals(3.3, contribution(new AttributionFacts(null, false, some, 0, 0, 0, true, 0, 0), "PEER_PATTERN"));
        // fewer anomalous peers than min-peers (3): nothing, however high the lift
        PatternComparison few = PatternComparison.of(PUMP, 2, 2, 100000, 0);
        assertTrue(few.lift() > 10);
        assertEquals(0, contribution(new AttributionFacts(null, false, few, 0, 0, 0, true, 0, 0), "PEER_PATTERN"));
        assertTrue(factors(AttributionScore.assess(new AttributionFacts(null, false, few, 0, 0, 0, true, 0, 0), W))
                .get("PEER_PATTERN").observed().contains("fewer than 3 other accounts with the pattern: not counted"));
        // no base account at all: the rate is 0 and the lift finite
        PatternComparison noBase = PatternComparison.of(PUMP, 5, 5, 0, 0);
        assertEquals(0, noBase.baseRate());
        assertEquals((6.0 / 7) / 0.5, noBase.lift(), 0.01);
        assertThrows(IllegalArgumentException.class, () -> PatternComparison.of(PUMP, 2, 3, 10, 0));
    }

    @Test
    void theBandsFollowTheirThresholds() {
        assertEquals(Conclusion.UNDETERMINED, AttributionScore.assess(neutral(), W).conclusion());
        // incident (30) + key before it (10) + no allowlist (10) = 50: at the threshold, leak likely
        AttributionScore.Assessment at = AttributionScore.assess(new AttributionFacts("INC-X1X1", true, null, 0, 0, 0, false, 0, 0), W);
        assertEquals(50, at.score());
        assertEquals(Conclusion.THIRD_PARTY_LEAK_LIKELY, at.conclusion());
        // incident (30) + no allowlist (10) = 40: undetermined
        assertEquals(Conclusion.UNDETERMINED, AttributionScore.assess(new AttributionFacts("INC-X1X1", false, null, 0, 0, 0, false, 0, 0), W).conclusion());
        // every disputed trade from the customer's own address, inside the allowlist: -30 - 20 = -50
        AttributionScore.Assessment own = AttributionScore.assess(new AttributionFacts(null, false, null, 5, 0, 5, true, 5, 0), W);
        assertEquals(-50, own.score());
        assertEquals(Conclusion.OWN_ACTIVITY_LIKELY, own.conclusion());
        // -15 exactly is own activity; -14.9 is not
        AttributionWeights w = AttributionWeights.parse("familiar-sources=-15,inside-allowlist=0");
        assertEquals(Conclusion.OWN_ACTIVITY_LIKELY, AttributionScore.assess(new AttributionFacts(null, false, null, 1, 0, 1, true, 0, 0), w).conclusion());
        AttributionWeights w2 = AttributionWeights.parse("familiar-sources=-14.9,inside-allowlist=0");
        assertEquals(Conclusion.UNDETERMINED, AttributionScore.assess(new AttributionFacts(null, false, null, 1, 0, 1, true, 0, 0), w2).conclusion());
    }

    @Test
    void theWeightsAreConfigurableAndABadSettingIsNamed() {
        AttributionWeights w = AttributionWeights.parse("incident-link=45, leak-likely=60");
        assertEquals(45, w.incidentLink());
        assertEquals(60, w.leakLikelyFrom());
        assertEquals(W.peerPattern(), w.peerPattern());
        assertEquals(45, factors(AttributionScore.assess(new AttributionFacts("INC-X1X1", false, null, 0, 0, 0, true, 0, 0), w))
                .get("INCIDENT_LINK").contribution());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AttributionWeights.parse("incident=3")).getMessage().contains("incident"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AttributionWeights.parse("peer-pattern=lots")).getMessage().contains("peer-pattern"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AttributionWeights.parse("lift-full=1")).getMessage().contains("lift-full"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AttributionWeights.parse("min-peers=0")).getMessage().contains("min-peers"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AttributionWeights.parse("leak-likely=-20")).getMessage().contains("own-activity-likely"));
        assertThrows(IllegalArgumentException.class, () -> new AttributionFacts(null, false, null, 1, 1, 1, true, 0, 0));
    }
}
