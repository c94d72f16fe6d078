package io.redress.screening.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** How near a report deadline is: on time, near from its near point, overdue from the deadline on; met once decided. */
class ReportDeadlineTest {

    private static final Instant DUE = Instant.parse("2026-12-30T10:00:00Z");
    private static final Instant NEAR = DUE.minus(Duration.ofDays(5));

    @Test
    void theClockRunsWhileTheOutcomeAwaitsADecision() {
        assertEquals(ReportDeadline.Proximity.ON_TIME, ReportDeadline.of(Investigation.State.OPEN, DUE, NEAR, DUE.minus(Duration.ofDays(6))));
        assertEquals(ReportDeadline.Proximity.NEAR, ReportDeadline.of(Investigation.State.OPEN, DUE, NEAR, DUE.minus(Duration.ofDays(5))));
        assertEquals(ReportDeadline.Proximity.NEAR, ReportDeadline.of(Investigation.State.RELEASE_PROPOSED, DUE, NEAR, DUE.minusSeconds(1)));
        assertEquals(ReportDeadline.Proximity.OVERDUE, ReportDeadline.of(Investigation.State.REPORT_PROPOSED, DUE, NEAR, DUE));
        assertEquals(ReportDeadline.Proximity.OVERDUE, ReportDeadline.of(Investigation.State.OPEN, DUE, NEAR, DUE.plus(Duration.ofDays(40))));
        // an EU internal target of 7 days is near half-way, 3.5 days before
        Instant near = DUE.minus(Duration.ofHours(84));
        assertEquals(ReportDeadline.Proximity.ON_TIME, ReportDeadline.of(Investigation.State.OPEN, DUE, near, DUE.minus(Duration.ofDays(4))));
        assertEquals(ReportDeadline.Proximity.NEAR, ReportDeadline.of(Investigation.State.OPEN, DUE, near, DUE.minus(Duration.ofDays(3))));
    }

    @Test
    void aDecidedOutcomeMetItsDeadlineWhenever() {
        for (Investigation.State s : new Investigation.State[] {Investigation.State.REPORTED, Investigation.State.RELEASED,
            Investigation.State.CLOSED}) {
            assertEquals(ReportDeadline.Proximity.MET, ReportDeadline.of(s, DUE, NEAR, DUE.plus(Duration.ofDays(3))), s.name());
        }
    }

    @Test
    void daysLeftCountWholeDaysTowardsTheDeadline() {
        assertEquals(29, ReportDeadline.daysLeft(DUE, DUE.minus(Duration.ofDays(29)).minus(Duration.ofHours(23))));
        assertEquals(0, ReportDeadline.daysLeft(DUE, DUE.minus(Duration.ofHours(5))));
        assertEquals(0, ReportDeadline.daysLeft(DUE, DUE.plus(Duration.ofHours(5))));
        assertEquals(-2, ReportDeadline.daysLeft(DUE, DUE.plus(Duration.ofDays(2)).plus(Duration.ofHours(1))));
    }
}
