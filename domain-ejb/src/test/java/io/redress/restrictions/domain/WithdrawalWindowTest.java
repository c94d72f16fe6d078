package io.redress.restrictions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WithdrawalWindowTest {

    private static final Instant NOW = Instant.parse("2025-06-15T12:00:00Z");

    @Test
    void theWindowEndsWholeDaysAfterApproval() {
        Instant approved = Instant.parse("2025-03-01T10:15:30Z");

        assertEquals(Instant.parse("2025-03-15T10:15:30Z"), WithdrawalWindow.end(approved, 14));
        assertEquals(approved, WithdrawalWindow.end(approved, 0));
    }

    @Test
    void daysAreCountedInUtcAcrossMonthsLeapDaysAndDaylightSaving() {
        assertEquals(Instant.parse("2024-03-05T09:00:00Z"), WithdrawalWindow.end(Instant.parse("2024-02-20T09:00:00Z"), 14));
        assertEquals(Instant.parse("2025-04-09T23:30:00Z"), WithdrawalWindow.end(Instant.parse("2025-03-26T23:30:00Z"), 14));
        assertEquals(Instant.parse("2026-06-15T12:00:00Z"), WithdrawalWindow.end(NOW, 365));
    }

    @Test
    void theRemainingTimeIsTheTimeUntilTheEnd() {
        assertEquals(Duration.ofDays(3).plusHours(4), WithdrawalWindow.remaining(NOW.plus(Duration.ofDays(3).plusHours(4)), NOW));
        assertEquals(Duration.ofSeconds(1), WithdrawalWindow.remaining(NOW.plusSeconds(1), NOW));
    }

    @Test
    void theRemainingTimeIsNeverNegative() {
        assertEquals(Duration.ZERO, WithdrawalWindow.remaining(NOW, NOW));
        assertEquals(Duration.ZERO, WithdrawalWindow.remaining(NOW.minusSeconds(1), NOW));
        assertEquals(Duration.ZERO, WithdrawalWindow.remaining(NOW.minus(Duration.ofDays(400)), NOW));
    }

    @Test
    void noWindowMeansNoTimeRemaining() {
        assertEquals(Duration.ZERO, WithdrawalWindow.remaining(null, NOW));
    }

    @Test
    void anEndedWindowIsDescribedAsEnded() {
        assertEquals("ended", WithdrawalWindow.describe(NOW, NOW));
        assertEquals("ended", WithdrawalWindow.describe(NOW.minus(Duration.ofDays(2)), NOW));
        assertEquals("ended", WithdrawalWindow.describe(null, NOW));
    }

    @Test
    void aWindowOfDaysIsDescribedInDaysAndHours() {
        assertEquals("3 d 4 h", WithdrawalWindow.describe(NOW.plus(Duration.ofDays(3).plusHours(4).plusMinutes(59)), NOW));
        assertEquals("1 d 0 h", WithdrawalWindow.describe(NOW.plus(Duration.ofDays(1)), NOW));
        assertEquals("30 d 23 h", WithdrawalWindow.describe(NOW.plus(Duration.ofDays(30).plusHours(23)), NOW));
    }

    @Test
    void lessThanADayIsDescribedInHoursAndMinutes() {
        assertEquals("5 h 12 min", WithdrawalWindow.describe(NOW.plus(Duration.ofHours(5).plusMinutes(12).plusSeconds(40)), NOW));
        assertEquals("1 h 0 min", WithdrawalWindow.describe(NOW.plus(Duration.ofHours(1)), NOW));
        assertEquals("23 h 59 min", WithdrawalWindow.describe(NOW.plus(Duration.ofDays(1).minusSeconds(1)), NOW));
    }

    @Test
    void lessThanAnHourIsDescribedInMinutes() {
        assertEquals("42 min", WithdrawalWindow.describe(NOW.plus(Duration.ofMinutes(42)), NOW));
        assertEquals("59 min", WithdrawalWindow.describe(NOW.plus(Duration.ofHours(1).minusSeconds(1)), NOW));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 30, 59})
    void theLastSecondsOfAWindowStillShowOneMinuteNotZero(long seconds) {
        assertEquals("1 min", WithdrawalWindow.describe(NOW.plusSeconds(seconds), NOW));
    }
}
