package io.redress.restrictions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MeasureTest {

    static Stream<Arguments> everyMeasure() {
        // measure, punitive, severe, hasWindow
        return Stream.of(
                Arguments.of(Measure.WITHDRAW_ONLY, true, false, true),
                Arguments.of(Measure.SUSPEND, true, true, false),
                Arguments.of(Measure.CLOSE, true, true, true),
                Arguments.of(Measure.FREEZE_WITHDRAWALS, true, true, false),
                Arguments.of(Measure.LIFT, false, false, false));
    }

    @Test
    void theTableCoversEveryMeasure() {
        assertEquals(Measure.values().length, everyMeasure().count());
        assertTrue(everyMeasure().map(a -> a.get()[0]).toList().containsAll(Arrays.asList(Measure.values())));
    }

    @ParameterizedTest(name = "{0}: punitive {1}, severe {2}, window {3}")
    @MethodSource("everyMeasure")
    void eachMeasureIsPunitiveSevereOrWindowedAsDocumented(Measure m, boolean punitive, boolean severe, boolean hasWindow) {
        assertEquals(punitive, m.punitive(), "punitive");
        assertEquals(severe, m.severe(), "severe");
        assertEquals(hasWindow, m.hasWindow(), "hasWindow");
    }

    @Test
    void statusChangingMeasuresAreOrderedMildestFirst() {
        assertTrue(Measure.WITHDRAW_ONLY.severity() > 0);
        assertTrue(Measure.WITHDRAW_ONLY.severity() < Measure.SUSPEND.severity());
        assertTrue(Measure.SUSPEND.severity() < Measure.CLOSE.severity());
    }

    @Test
    void measuresThatChangeNoStatusHaveSeverityZero() {
        assertEquals(0, Measure.FREEZE_WITHDRAWALS.severity());
        assertEquals(0, Measure.LIFT.severity());
    }
}
