package io.redress.staff.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.staff.domain.ThrottlePolicy.Failures;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ThrottlePolicyTest {

    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final ThrottlePolicy USER = ThrottlePolicy.parse(null, ThrottlePolicy.USER_DEFAULT);

    private static Failures failTimes(ThrottlePolicy p, int n, Instant at) {
        Failures f = Failures.NONE;
        for (int i = 0; i < n; i++) {
            f = p.afterFailure(f, at);
        }
        return f;
    }

    @Test
    void theFirstFailuresCostNothing() {
        Failures f = failTimes(USER, 2, T0);
        assertEquals(Optional.empty(), USER.wait(f, T0));
    }

    @Test
    void thenEachFailureDoublesTheWaitUpToTheMaximum() {
        assertEquals(Duration.ZERO, USER.delayAfter(2));
        assertEquals(Duration.ofSeconds(1), USER.delayAfter(3));
        assertEquals(Duration.ofSeconds(2), USER.delayAfter(4));
        assertEquals(Duration.ofSeconds(16), USER.delayAfter(7));
        assertEquals(Duration.ofSeconds(30), USER.delayAfter(8));
        assertEquals(Duration.ofSeconds(30), USER.delayAfter(1000), "no overflow");
    }

    @Test
    void anAttemptDuringTheDelayMustWaitTheRest() {
        Failures f = failTimes(USER, 4, T0);
        assertEquals(Optional.of(Duration.ofMillis(1500)), USER.wait(f, T0.plusMillis(500)));
        assertEquals(Optional.empty(), USER.wait(f, T0.plusSeconds(2)));
    }

    @Test
    void theThresholdLocksTheKeyForTheLockTime() {
        Failures nine = failTimes(USER, 9, T0);
        Failures ten = USER.afterFailure(nine, T0);
        assertTrue(USER.locks(nine, ten, T0), "the tenth failure locks");
        assertEquals(Optional.of(Duration.ofMinutes(15)), USER.wait(ten, T0));
        assertEquals(Optional.of(Duration.ofMinutes(5)), USER.wait(ten, T0.plus(Duration.ofMinutes(10))));
        assertFalse(USER.locks(ten, USER.afterFailure(ten, T0.plusSeconds(1)), T0.plusSeconds(1)), "locked once, audited once");
    }

    @Test
    void afterTheLockTheCountStartsAfresh() {
        Instant later = T0.plus(Duration.ofMinutes(16));
        Failures ten = failTimes(USER, 10, T0);
        assertEquals(Optional.empty(), USER.wait(ten, later));
        assertEquals(1, USER.afterFailure(ten, later).count());
    }

    @Test
    void oldFailuresAreForgotten() {
        Failures three = failTimes(USER, 3, T0);
        assertEquals(Optional.empty(), USER.wait(three, T0.plus(Duration.ofMinutes(15))));
        assertEquals(1, USER.afterFailure(three, T0.plus(Duration.ofMinutes(15))).count());
    }

    @Test
    void aSpecOverridesTheDefaultsKeyByKey() {
        ThrottlePolicy p = ThrottlePolicy.parse("lock-after=4, lock=2m", ThrottlePolicy.USER_DEFAULT);
        assertEquals(4, p.lockAfter());
        assertEquals(Duration.ofMinutes(2), p.lockFor());
        assertEquals(3, p.free());
    }

    @Test
    void aWrongSpecSaysWhatIsWrong() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ThrottlePolicy.parse("lock-after=4,speed=9", ThrottlePolicy.USER_DEFAULT));
        assertTrue(e.getMessage().contains("speed"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ThrottlePolicy.parse("delay=1 week", ThrottlePolicy.USER_DEFAULT));
        assertThrows(IllegalArgumentException.class, () -> ThrottlePolicy.parse("delay=1m,max=1s", ThrottlePolicy.USER_DEFAULT));
    }
}
