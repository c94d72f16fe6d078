package io.redress.restrictions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RetaliationGuardTest {

    private static final Instant NOW = Instant.parse("2025-06-15T12:00:00Z");
    private static final ComplaintSignal APPEAL = new ComplaintSignal("APPEAL", "appeal-17", Instant.parse("2025-06-01T09:30:00Z"));
    private static final ComplaintSignal POST = new ComplaintSignal("PUBLIC_POST", "https://x.example/p/1", Instant.parse("2025-06-10T18:00:00Z"));

    @Test
    void liftingAMeasureIsNeverRetaliation() {
        RetaliationGuard.Assessment a = RetaliationGuard.assess(Measure.LIFT, List.of(APPEAL, POST));

        assertFalse(a.applies());
        assertNull(a.summary());
    }

    @ParameterizedTest
    @EnumSource(value = Measure.class, names = "LIFT", mode = EnumSource.Mode.EXCLUDE)
    void aPunitiveMeasureWithoutRecentComplaintsIsNotGuarded(Measure measure) {
        RetaliationGuard.Assessment a = RetaliationGuard.assess(measure, List.of());

        assertFalse(a.applies());
        assertNull(a.summary());
    }

    @ParameterizedTest
    @EnumSource(value = Measure.class, names = "LIFT", mode = EnumSource.Mode.EXCLUDE)
    void aPunitiveMeasureAfterARecentComplaintIsGuarded(Measure measure) {
        assertTrue(RetaliationGuard.assess(measure, List.of(POST)).applies());
    }

    @Test
    void theSummaryNamesEachSignalWithItsReferenceAndTime() {
        String summary = RetaliationGuard.assess(Measure.SUSPEND, List.of(APPEAL, POST)).summary();

        for (ComplaintSignal s : List.of(APPEAL, POST)) {
            assertTrue(summary.contains(s.kind()), summary);
            assertTrue(summary.contains(s.reference()), summary);
            assertTrue(summary.contains(s.at().toString()), summary);
        }
        assertTrue(summary.indexOf("appeal-17") < summary.indexOf("x.example"), "signals are listed in the order given");
    }

    @Test
    void aVeryLongSummaryIsCappedAt2000Characters() {
        List<ComplaintSignal> many = IntStream.range(0, 200)
                .mapToObj(i -> new ComplaintSignal("COMPLAINT_CASE", "case-" + i, NOW.minusSeconds(i))).toList();

        RetaliationGuard.Assessment a = RetaliationGuard.assess(Measure.WITHDRAW_ONLY, many);

        assertTrue(a.applies());
        assertEquals(2000, a.summary().length());
    }

    @Test
    void theLookbackStartsThirtyDaysBeforeNow() {
        assertEquals(Instant.parse("2025-05-16T12:00:00Z"), RetaliationGuard.lookbackStart(NOW));
    }
}
