package io.redress.screening.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a re-screening counts as new exposure against what the deposit was last found to have. */
class RescreeningTest {

    private static ScreeningView.ExposureView exposure(Category c, String degree, String share, int hops) {
        BigDecimal s = new BigDecimal(share);
        return new ScreeningView.ExposureView(c, degree, s, "DIRECT".equals(degree) ? s : BigDecimal.ZERO,
                "DIRECT".equals(degree) ? BigDecimal.ZERO : s, List.of(), s, hops, List.of(),
                List.of(new ScreeningView.PathStep("0xlisted", "0xsender", "0xtx", 0, BigDecimal.ONE)));
    }

    @Test
    void aCategoryFoundForTheFirstTimeIsNew() {
        List<Rescreening.NewExposure> found = Rescreening.newExposure(List.of(),
                List.of(exposure(Category.HACK, "INDIRECT", "0.5", 2)));
        assertEquals(1, found.size());
        assertEquals(Category.HACK, found.get(0).category());
        assertNull(found.get(0).degreeBefore(), "the deposit had no HACK exposure before");
        assertEquals(0, BigDecimal.ZERO.compareTo(found.get(0).shareBefore()));
        assertEquals(new BigDecimal("0.5"), found.get(0).now().share());
        assertEquals("HACK INDIRECT 0.5 (was none), 2 hops", Rescreening.describe(found));
    }

    @Test
    void theSameExposureFoundAgainIsNothingNew() {
        List<ScreeningView.ExposureView> before = List.of(exposure(Category.HACK, "INDIRECT", "0.5", 2),
                exposure(Category.MIXER, "INDIRECT", "0.1", 3));
        assertEquals(List.of(), Rescreening.newExposure(before, List.of(exposure(Category.HACK, "INDIRECT", "0.5", 2),
                exposure(Category.MIXER, "INDIRECT", "0.1", 3))), "a re-run of the same import finds what is known");
        assertEquals(List.of(), Rescreening.newExposure(List.of(), List.of()), "a clean deposit stays clean");
    }

    @Test
    void lessExposureOrAnExposureGoneIsNothingNew() {
        List<ScreeningView.ExposureView> before = List.of(exposure(Category.HACK, "INDIRECT", "0.5", 2),
                exposure(Category.SCAM, "INDIRECT", "0.3", 2));
        assertEquals(List.of(), Rescreening.newExposure(before, List.of(exposure(Category.HACK, "INDIRECT", "0.4", 2))),
                "a listing removed lowers or ends exposure: nothing to raise");
    }

    @Test
    void aGrownShareIsNewWithWhatWasKnownBefore() {
        List<Rescreening.NewExposure> found = Rescreening.newExposure(List.of(exposure(Category.HACK, "INDIRECT", "0.2", 3)),
                List.of(exposure(Category.HACK, "INDIRECT", "0.200001", 3)));
        assertEquals(1, found.size(), "one millionth more is more (shares are compared at their six decimals)");
        assertEquals("INDIRECT", found.get(0).degreeBefore());
        assertEquals(new BigDecimal("0.2"), found.get(0).shareBefore());
        assertEquals(3, found.get(0).nearestHopsBefore());
    }

    @Test
    void becomingDirectOrNearerIsNewEvenAtTheSameShare() {
        assertEquals(1, Rescreening.newExposure(List.of(exposure(Category.SANCTIONS, "INDIRECT", "1", 2)),
                List.of(exposure(Category.SANCTIONS, "DIRECT", "1", 1))).size(), "the sender itself is now listed");
        List<Rescreening.NewExposure> nearer = Rescreening.newExposure(List.of(exposure(Category.HACK, "INDIRECT", "1", 4)),
                List.of(exposure(Category.HACK, "INDIRECT", "1", 2)));
        assertEquals(1, nearer.size(), "the same value, now met two hops nearer (within the policy's indirect hops)");
        assertEquals(4, nearer.get(0).nearestHopsBefore());
    }

    @Test
    void onlyTheNewCategoriesAreReported() {
        List<Rescreening.NewExposure> found = Rescreening.newExposure(List.of(exposure(Category.MIXER, "INDIRECT", "0.3", 2)),
                List.of(exposure(Category.MIXER, "INDIRECT", "0.3", 2), exposure(Category.SANCTIONS, "INDIRECT", "0.3", 3)));
        assertEquals(List.of(Category.SANCTIONS), found.stream().map(Rescreening.NewExposure::category).toList());
    }

    @Test
    void aCategoryNewlyMetAtAShareThatRoundsToZeroIsNotRaised() {
        assertEquals(List.of(), Rescreening.newExposure(List.of(), List.of(exposure(Category.HACK, "INDIRECT", "0", 4))));
    }
}
