package io.redress.screening.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The default policy: direct sanctions freeze, indirect hack above the share within two hops holds, the travel rule holds. */
class ScreeningPolicyTest {

    private final ScreeningPolicy policy = ScreeningPolicy.parse(ScreeningPolicy.DEFAULT);
    private final ScreeningPolicy.Deposit exchangeDeposit = new ScreeningPolicy.Deposit(false, null, false);

    private static Exposure exposure(Category c, double... byHop) {
        double[] shares = new double[5];
        System.arraycopy(byHop, 0, shares, 1, byHop.length);
        return new Exposure("XBT", "S", 4, List.of(new Exposure.CategoryExposure(c, shares, 1, List.of())), 0, false);
    }

    @Test
    void directSanctionsFreezeTheWholeDeposit() {
        ScreeningPolicy.Verdict v = policy.decide(exposure(Category.SANCTIONS, 1), exchangeDeposit);
        assertEquals(ScreeningPolicy.Measure.FREEZE, v.measure());
        assertEquals(List.of("DIRECT_SANCTIONS"), v.reasons());
        assertEquals(new BigDecimal("2.5"), v.covered(new BigDecimal("2.5"), 8));
    }

    @Test
    void indirectHackAboveTheShareWithinTwoHopsHoldsTheTracedShare() {
        ScreeningPolicy.Verdict v = policy.decide(exposure(Category.HACK, 0, 0.25), exchangeDeposit);
        assertEquals(ScreeningPolicy.Measure.HOLD, v.measure());
        assertEquals(List.of("INDIRECT_HACK"), v.reasons());
        assertEquals(new BigDecimal("0.50000000"), v.covered(new BigDecimal("2"), 8));
        assertEquals(ScreeningPolicy.Measure.PASS, policy.decide(exposure(Category.HACK, 0, 0.05), exchangeDeposit).measure(),
                "below the share");
        assertEquals(ScreeningPolicy.Measure.PASS, policy.decide(exposure(Category.HACK, 0, 0, 0.9), exchangeDeposit).measure(),
                "three hops: reported, not held");
        assertEquals(ScreeningPolicy.Measure.PASS, policy.decide(exposure(Category.MIXER, 0, 0.9), exchangeDeposit).measure(),
                "an indirect mixer is not among the held categories");
    }

    @Test
    void aSelfHostedDepositAboveTheTravelRuleThresholdWithoutProofHolds() {
        Exposure clean = new Exposure("XBT", "S", 4, List.of(), 1, false);
        ScreeningPolicy.Verdict v = policy.decide(clean, new ScreeningPolicy.Deposit(true, new BigDecimal("1000.01"), false));
        assertEquals(ScreeningPolicy.Measure.HOLD, v.measure());
        assertEquals(List.of("TRAVEL_RULE_PROOF_MISSING"), v.reasons());
        assertEquals(ScreeningPolicy.Measure.PASS, policy.decide(clean, new ScreeningPolicy.Deposit(true, new BigDecimal("1000"), false)).measure());
        assertEquals(ScreeningPolicy.Measure.PASS, policy.decide(clean, new ScreeningPolicy.Deposit(true, new BigDecimal("5000"), true)).measure());
    }

    @Test
    void theMostSevereMeasureWins() {
        Exposure both = new Exposure("XBT", "S", 4, List.of(
                new Exposure.CategoryExposure(Category.SCAM, new double[] {0, 1, 0, 0, 0}, 1, List.of()),
                new Exposure.CategoryExposure(Category.SANCTIONS, new double[] {0, 0, 0.5, 0, 0}, 2, List.of())), 0, false);
        ScreeningPolicy.Verdict v = policy.decide(both, exchangeDeposit);
        assertEquals(ScreeningPolicy.Measure.HOLD, v.measure());
        assertEquals(List.of("DIRECT_SCAM", "INDIRECT_SANCTIONS"), v.reasons());
        assertEquals(1, v.coveredShare());
    }

    @Test
    void aMalformedPolicyIsRefusedAtStart() {
        assertThrows(IllegalArgumentException.class, () -> ScreeningPolicy.parse("freeze-direct=SANCTIONS,indirect-share=2"));
        assertThrows(IllegalArgumentException.class, () -> ScreeningPolicy.parse("freeze-direct=NOPE"));
        assertThrows(IllegalArgumentException.class, () -> TraceRules.parse("hops=7"));
        assertEquals(6, TraceRules.parse("hops=6,dust=XBT:0.001").maxHops());
        assertEquals(0.001, TraceRules.parse("hops=6,dust=XBT:0.001").dustOf("XBT"));
        assertEquals(Map.of(), TraceRules.parse("hops=2").dust());
    }
}
