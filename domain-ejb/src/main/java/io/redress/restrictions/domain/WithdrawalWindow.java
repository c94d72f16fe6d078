package io.redress.restrictions.domain;

import java.time.Duration;
import java.time.Instant;

/** The time a customer has to withdraw and close positions: whole days from approval, counted in UTC. */
public final class WithdrawalWindow {

    private WithdrawalWindow() {
    }

    public static Instant end(Instant approvedAt, int days) {
        return approvedAt.plus(Duration.ofDays(days));
    }

    /** Time left, never negative. */
    public static Duration remaining(Instant windowEndsAt, Instant now) {
        if (windowEndsAt == null || !now.isBefore(windowEndsAt)) {
            return Duration.ZERO;
        }
        return Duration.between(now, windowEndsAt);
    }

    /** "3 d 4 h", "5 h 12 min", "ended": for people. */
    public static String describe(Instant windowEndsAt, Instant now) {
        Duration left = remaining(windowEndsAt, now);
        if (left.isZero()) {
            return "ended";
        }
        if (left.toDays() > 0) {
            return left.toDays() + " d " + left.toHoursPart() + " h";
        }
        if (left.toHours() > 0) {
            return left.toHours() + " h " + left.toMinutesPart() + " min";
        }
        return Math.max(1, left.toMinutes()) + " min";
    }
}
