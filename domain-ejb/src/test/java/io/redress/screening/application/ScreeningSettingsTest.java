package io.redress.screening.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The re-screening's look-back: whole days, 1 to 3650; anything else stops the application at start. */
class ScreeningSettingsTest {

    @Test
    void theLookBackIsWholeDaysWithinBounds() {
        assertEquals(90, ScreeningSettings.days("" + ScreeningSettings.DEFAULT_RESCREEN_DAYS));
        assertEquals(1, ScreeningSettings.days(" 1 "));
        assertEquals(3650, ScreeningSettings.days("3650"));
    }

    @Test
    void aMalformedLookBackIsRefusedWithItsKey() {
        for (String bad : new String[] {"0", "-5", "3651", "90d", "", "1.5"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ScreeningSettings.days(bad), bad);
            assertEquals("redress.screening.rescreen-days: whole days from 1 to 3650, not '" + bad + "'", e.getMessage());
        }
    }
}
