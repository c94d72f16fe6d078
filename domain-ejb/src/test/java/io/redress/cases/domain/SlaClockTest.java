package io.redress.cases.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.redress.cases.domain.SlaClock.State;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlaClockTest {

    private static final Instant START = Instant.parse("2025-06-02T09:00:00Z");
    private static final Duration FOUR_HOURS = Duration.ofHours(4);

    private static SlaClock running(Duration target) {
        return new SlaClock(START, target, Duration.ZERO, null, null);
    }

    private static Instant at(Duration sinceStart) {
        return START.plus(sinceStart);
    }

    // elapsed

    @Test
    void aRunningClockHasUsedTheTimeSinceItStarted() {
        SlaClock clock = running(FOUR_HOURS);

        assertEquals(Duration.ZERO, clock.elapsed(START));
        assertEquals(Duration.ofMinutes(90), clock.elapsed(at(Duration.ofMinutes(90))));
        assertEquals(Duration.ofHours(30), clock.elapsed(at(Duration.ofHours(30))));
    }

    @Test
    void earlierPausesDoNotCountAsUsedTime() {
        SlaClock clock = new SlaClock(START, FOUR_HOURS, Duration.ofMinutes(45), null, null);

        assertEquals(Duration.ofMinutes(75), clock.elapsed(at(Duration.ofHours(2))));
    }

    @Test
    void anOngoingPauseDoesNotCountAsUsedTime() {
        // ran 1 h, paused 30 min earlier, paused again since 2 h after start
        SlaClock clock = new SlaClock(START, FOUR_HOURS, Duration.ofMinutes(30), at(Duration.ofHours(2)), null);

        assertEquals(Duration.ofMinutes(90), clock.elapsed(at(Duration.ofHours(2))));
        assertEquals(Duration.ofMinutes(90), clock.elapsed(at(Duration.ofHours(3))));
        assertEquals(Duration.ofMinutes(90), clock.elapsed(at(Duration.ofDays(10))));
    }

    @Test
    void elapsedIsNeverNegative() {
        SlaClock clock = running(FOUR_HOURS);

        assertEquals(Duration.ZERO, clock.elapsed(START.minusSeconds(60)));
    }

    @Test
    void aStoppedClockHasUsedTheTimeUntilItStopped() {
        SlaClock clock = new SlaClock(START, FOUR_HOURS, Duration.ofMinutes(20), null, at(Duration.ofHours(2)));

        assertEquals(Duration.ofMinutes(100), clock.elapsed(at(Duration.ofHours(2))));
        assertEquals(Duration.ofMinutes(100), clock.elapsed(at(Duration.ofDays(30))));
    }

    // dueAt and warnAt

    @Test
    void aRunningClockIsDueOneTargetAfterItStarted() {
        SlaClock clock = running(FOUR_HOURS);

        assertEquals(at(FOUR_HOURS), clock.dueAt(START));
        assertEquals(at(FOUR_HOURS), clock.dueAt(at(Duration.ofHours(1))));
        assertEquals(at(FOUR_HOURS), clock.dueAt(at(Duration.ofHours(6))));
    }

    @Test
    void earlierPausesPushTheDueTimeBack() {
        SlaClock clock = new SlaClock(START, FOUR_HOURS, Duration.ofMinutes(45), null, null);

        assertEquals(at(FOUR_HOURS.plusMinutes(45)), clock.dueAt(at(Duration.ofHours(1))));
    }

    @Test
    void whilePausedTheDueTimeMovesForwardWithTime() {
        SlaClock clock = new SlaClock(START, FOUR_HOURS, Duration.ZERO, at(Duration.ofHours(1)), null);

        // 3 h of target left whenever it is asked
        assertEquals(at(Duration.ofHours(4)), clock.dueAt(at(Duration.ofHours(1))));
        assertEquals(at(Duration.ofHours(5)), clock.dueAt(at(Duration.ofHours(2))));
        assertEquals(at(Duration.ofDays(1).plusHours(3)), clock.dueAt(at(Duration.ofDays(1))));
    }

    @Test
    void theWarningIsDueAtEightyPercentOfTheTarget() {
        SlaClock clock = running(FOUR_HOURS);

        assertEquals(at(Duration.ofMinutes(192)), clock.warnAt(START));
        assertEquals(at(Duration.ofMinutes(192)), clock.warnAt(at(Duration.ofHours(1))));
        assertEquals(START.plus(Duration.ofMinutes(12)), running(Duration.ofMinutes(15)).warnAt(START));
    }

    @Test
    void pausesPushTheWarningBackToo() {
        SlaClock clock = new SlaClock(START, FOUR_HOURS, Duration.ofMinutes(30), at(Duration.ofHours(2)), null);

        assertEquals(at(Duration.ofMinutes(222)), clock.warnAt(at(Duration.ofHours(2))));
        assertEquals(at(Duration.ofMinutes(282)), clock.warnAt(at(Duration.ofHours(3))));
    }

    @Test
    void theClockWarnsExactlyWhenWarnAtSaysAndBreachesExactlyWhenDueAtSays() {
        // 7 h of pauses so far, asked 10 h after the start: 3 h used of 3 d
        SlaClock clock = new SlaClock(START, Duration.ofDays(3), Duration.ofHours(7), null, null);
        Instant now = at(Duration.ofHours(10));
        Instant warn = clock.warnAt(now);
        Instant due = clock.dueAt(now);

        assertEquals(at(Duration.ofMinutes(3456 + 420)), warn);
        assertEquals(at(Duration.ofHours(72 + 7)), due);

        assertEquals(State.RUNNING, clock.state(warn.minusMillis(1)));
        assertEquals(State.WARNING, clock.state(warn));
        assertEquals(State.WARNING, clock.state(due.minusMillis(1)));
        assertEquals(State.BREACHED, clock.state(due));
    }

    // states

    @Test
    void belowEightyPercentTheClockIsRunning() {
        SlaClock clock = running(FOUR_HOURS);

        assertEquals(State.RUNNING, clock.state(START));
        assertEquals(State.RUNNING, clock.state(at(Duration.ofHours(2))));
        assertEquals(State.RUNNING, clock.state(at(Duration.ofMinutes(192)).minusMillis(1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT15M", "PT1H", "PT4H", "PT24H", "P3D", "P5D"})
    void atExactlyEightyPercentTheClockWarns(String target) {
        Duration t = Duration.parse(target);
        SlaClock clock = running(t);

        assertEquals(State.WARNING, clock.state(START.plusMillis(t.toMillis() * 4 / 5)));
        assertEquals(State.RUNNING, clock.state(START.plusMillis(t.toMillis() * 4 / 5 - 1)));
    }

    @Test
    void atExactlyTheTargetTheClockIsBreached() {
        SlaClock clock = running(FOUR_HOURS);

        assertEquals(State.WARNING, clock.state(at(FOUR_HOURS).minusMillis(1)));
        assertEquals(State.BREACHED, clock.state(at(FOUR_HOURS)));
        assertEquals(State.BREACHED, clock.state(at(Duration.ofDays(2))));
    }

    @Test
    void aPausedClockIsPausedEvenPastWhereItWouldHaveWarnedOrBreached() {
        SlaClock clock = new SlaClock(START, FOUR_HOURS, Duration.ZERO, at(Duration.ofHours(1)), null);

        assertEquals(State.PAUSED, clock.state(at(Duration.ofHours(1))));
        assertEquals(State.PAUSED, clock.state(at(Duration.ofHours(4))));
        assertEquals(State.PAUSED, clock.state(at(Duration.ofDays(20))));
    }

    @Test
    void aClockPausedInTheWarningZoneShowsPaused() {
        SlaClock clock = new SlaClock(START, FOUR_HOURS, Duration.ZERO, at(Duration.ofMinutes(200)), null);

        assertEquals(State.PAUSED, clock.state(at(Duration.ofHours(5))));
    }

    @Test
    void aClockPausedAfterItsTargetStaysBreached() {
        SlaClock clock = new SlaClock(START, FOUR_HOURS, Duration.ZERO, at(Duration.ofHours(5)), null);

        assertEquals(State.BREACHED, clock.state(at(Duration.ofHours(5))));
        assertEquals(State.BREACHED, clock.state(at(Duration.ofDays(3))));
    }

    @Test
    void aClockPausedExactlyAtItsTargetIsBreached() {
        SlaClock clock = new SlaClock(START, FOUR_HOURS, Duration.ZERO, at(FOUR_HOURS), null);

        assertEquals(State.BREACHED, clock.state(at(Duration.ofHours(6))));
    }

    @Test
    void afterAPauseEndsTheClockCarriesOnWhereItLeftOff() {
        // paused 2 h in total, running again
        SlaClock clock = new SlaClock(START, FOUR_HOURS, Duration.ofHours(2), null, null);

        assertEquals(State.RUNNING, clock.state(at(Duration.ofHours(5))));
        assertEquals(State.WARNING, clock.state(at(Duration.ofMinutes(312))));
        assertEquals(State.BREACHED, clock.state(at(Duration.ofHours(6))));
    }

    @Test
    void aClockStoppedBeforeItsTargetIsMet() {
        SlaClock clock = new SlaClock(START, FOUR_HOURS, Duration.ZERO, null, at(Duration.ofHours(3)));

        assertEquals(State.MET, clock.state(at(Duration.ofHours(3))));
    }

    @Test
    void aClockStoppedInTheWarningZoneIsMet() {
        SlaClock clock = new SlaClock(START, FOUR_HOURS, Duration.ZERO, null, at(Duration.ofMinutes(230)));

        assertEquals(State.MET, clock.state(at(Duration.ofMinutes(230))));
    }

    @Test
    void aClockStoppedExactlyAtItsTargetIsMet() {
        SlaClock clock = new SlaClock(START, FOUR_HOURS, Duration.ZERO, null, at(FOUR_HOURS));

        assertEquals(State.MET, clock.state(at(FOUR_HOURS)));
    }

    @Test
    void aClockStoppedAfterItsTargetIsBreached() {
        SlaClock clock = new SlaClock(START, FOUR_HOURS, Duration.ZERO, null, at(FOUR_HOURS.plusMinutes(1)));

        assertEquals(State.BREACHED, clock.state(at(FOUR_HOURS.plusMinutes(1))));
        assertEquals(State.BREACHED, clock.state(at(Duration.ofDays(365))));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1, 24, 24 * 7, 24 * 365, 24 * 365 * 10})
    void aClockStoppedBeforeItsTargetStaysMetHoweverMuchLaterItIsAsked(long hoursLater) {
        Instant stopped = at(Duration.ofHours(3));
        SlaClock clock = new SlaClock(START, FOUR_HOURS, Duration.ofMinutes(30), null, stopped);

        assertEquals(State.MET, clock.state(stopped.plus(Duration.ofHours(hoursLater))));
        assertEquals(Duration.ofMinutes(150), clock.elapsed(stopped.plus(Duration.ofHours(hoursLater))));
    }

    @Test
    void pausesCountTowardsMeetingTheTarget() {
        // 5 h wall-clock, 2 h of it waiting on the customer: 3 h used of 4 h
        SlaClock clock = new SlaClock(START, FOUR_HOURS, Duration.ofHours(2), null, at(Duration.ofHours(5)));

        assertEquals(State.MET, clock.state(at(Duration.ofHours(5))));
    }

    @Test
    void theShareIsTheUsedFractionOfTheTarget() {
        SlaClock clock = running(FOUR_HOURS);

        assertEquals(0.0, clock.share(START));
        assertEquals(0.5, clock.share(at(Duration.ofHours(2))));
        assertEquals(1.5, clock.share(at(Duration.ofHours(6))));
    }

    @Test
    void aZeroTargetIsBreachedAtOnce() {
        SlaClock clock = running(Duration.ZERO);

        assertEquals(1.0, clock.share(START));
        assertEquals(State.BREACHED, clock.state(START));
    }

    @org.junit.jupiter.api.Test
    void aClockStoppedWhilePausedCountsThePauseUpToTheStopAsPaused() {
        java.time.Instant t0 = java.time.Instant.parse("2026-01-01T00:00:00Z");
        SlaClock clock = new SlaClock(t0, java.time.Duration.ofHours(4), java.time.Duration.ZERO, t0.plus(java.time.Duration.ofHours(1)),
                t0.plus(java.time.Duration.ofHours(5)));
        org.junit.jupiter.api.Assertions.assertEquals(java.time.Duration.ofHours(1), clock.elapsed(t0.plus(java.time.Duration.ofDays(9))));
        org.junit.jupiter.api.Assertions.assertEquals(SlaClock.State.MET, clock.state(t0.plus(java.time.Duration.ofDays(9))));
    }
}
