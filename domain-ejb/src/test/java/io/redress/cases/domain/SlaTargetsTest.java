package io.redress.cases.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SlaTargetsTest {

    @Test
    void theDefaultFirstResponseTargets() {
        SlaTargets d = SlaTargets.defaults();

        assertEquals(Duration.ofMinutes(15), d.firstResponse().get(Priority.P1));
        assertEquals(Duration.ofHours(1), d.firstResponse().get(Priority.P2));
        assertEquals(Duration.ofHours(4), d.firstResponse().get(Priority.P3));
        assertEquals(Duration.ofHours(24), d.firstResponse().get(Priority.P4));
    }

    @Test
    void theDefaultResolutionTargets() {
        SlaTargets d = SlaTargets.defaults();

        assertEquals(Duration.ofHours(4), d.resolution().get(Priority.P1));
        assertEquals(Duration.ofHours(24), d.resolution().get(Priority.P2));
        assertEquals(Duration.ofDays(3), d.resolution().get(Priority.P3));
        assertEquals(Duration.ofDays(5), d.resolution().get(Priority.P4));
    }

    @Test
    void everyPriorityHasBothTargetsAndMoreUrgentMeansFaster() {
        SlaTargets d = SlaTargets.defaults();
        Priority[] all = Priority.values();
        for (Priority p : all) {
            assertTrue(d.firstResponse().get(p).compareTo(d.resolution().get(p)) < 0, p.name());
        }
        for (int i = 1; i < all.length; i++) {
            assertTrue(d.firstResponse().get(all[i - 1]).compareTo(d.firstResponse().get(all[i])) < 0);
            assertTrue(d.resolution().get(all[i - 1]).compareTo(d.resolution().get(all[i])) < 0);
        }
    }

    @Test
    void theWarningComesAtEightyPercent() {
        assertEquals(0.8, SlaTargets.WARNING_SHARE);
    }

    @Test
    void parsingOverridesOnlyTheNamedPriorities() {
        SlaTargets t = SlaTargets.parse("P1=10m/2h,P4=2d/7d");
        SlaTargets d = SlaTargets.defaults();

        assertEquals(Duration.ofMinutes(10), t.firstResponse().get(Priority.P1));
        assertEquals(Duration.ofHours(2), t.resolution().get(Priority.P1));
        assertEquals(Duration.ofDays(2), t.firstResponse().get(Priority.P4));
        assertEquals(Duration.ofDays(7), t.resolution().get(Priority.P4));
        assertEquals(d.firstResponse().get(Priority.P2), t.firstResponse().get(Priority.P2));
        assertEquals(d.resolution().get(Priority.P2), t.resolution().get(Priority.P2));
        assertEquals(d.firstResponse().get(Priority.P3), t.firstResponse().get(Priority.P3));
        assertEquals(d.resolution().get(Priority.P3), t.resolution().get(Priority.P3));
    }

    @Test
    void parsingTheDocumentedDefaultSpecGivesTheDefaults() {
        assertEquals(SlaTargets.defaults(), SlaTargets.parse("P1=15m/4h,P2=1h/24h,P3=4h/3d,P4=24h/5d"));
    }

    @Test
    void parsingToleratesSpacesAroundEntries() {
        SlaTargets t = SlaTargets.parse(" P2 = 30m / 12h , P3=8h/4d ");

        assertEquals(Duration.ofMinutes(30), t.firstResponse().get(Priority.P2));
        assertEquals(Duration.ofHours(12), t.resolution().get(Priority.P2));
        assertEquals(Duration.ofHours(8), t.firstResponse().get(Priority.P3));
        assertEquals(Duration.ofDays(4), t.resolution().get(Priority.P3));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void anEmptySpecMeansTheDefaults(String spec) {
        assertEquals(SlaTargets.defaults(), SlaTargets.parse(spec));
    }

    @ParameterizedTest
    @ValueSource(strings = {"P1=10s/2h", "P1=10m/2w", "P1=10M/2h", "P1=10/2h", "P1=10m/2", "P1=10min/2h", "P2=1h/1y"})
    void unknownUnitsAreRejected(String spec) {
        assertThrows(IllegalArgumentException.class, () -> SlaTargets.parse(spec));
    }

    @ParameterizedTest
    @ValueSource(strings = {"P5=10m/2h", "p1=10m/2h", "P1=xm/2h"})
    void unknownPrioritiesAndNumbersAreRejected(String spec) {
        assertThrows(IllegalArgumentException.class, () -> SlaTargets.parse(spec));
    }

    @Test
    void targetsCannotBeChangedAfterwards() {
        Map<Priority, Duration> first = new EnumMap<>(SlaTargets.defaults().firstResponse());
        SlaTargets t = new SlaTargets(first, SlaTargets.defaults().resolution());
        first.put(Priority.P1, Duration.ofDays(99));

        assertEquals(Duration.ofMinutes(15), t.firstResponse().get(Priority.P1));
        assertThrows(UnsupportedOperationException.class, () -> t.firstResponse().put(Priority.P1, Duration.ZERO));
        assertThrows(UnsupportedOperationException.class, () -> t.resolution().put(Priority.P1, Duration.ZERO));
    }
}
