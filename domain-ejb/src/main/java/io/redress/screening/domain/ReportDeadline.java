package io.redress.screening.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * How near an investigation's report deadline is, as the console shows it and the timer alerts on it: the clock runs
 * only while the outcome awaits a decision (once approved, the report is filed or the hold released).
 */
public final class ReportDeadline {

    /** The deadline is near this long before it (the timer's first alert). */
    public static final Duration WARNING = Duration.ofDays(5);

    public enum Proximity { OVERDUE, NEAR, ON_TIME, MET }

    /** The investigations awaiting an outcome, those of them whose deadline is near, and those past it. */
    public record Counts(long awaiting, long near, long overdue) {
    }

    private ReportDeadline() {
    }

    public static Proximity of(Investigation.State state, Instant dueAt, Instant now) {
        if (!state.awaitsDecision()) {
            return Proximity.MET;
        }
        if (!dueAt.isAfter(now)) {
            return Proximity.OVERDUE;
        }
        return dueAt.isAfter(now.plus(WARNING)) ? Proximity.ON_TIME : Proximity.NEAR;
    }

    /** Whole days left before the deadline, 0 on its last day; negative: whole days past it. */
    public static long daysLeft(Instant dueAt, Instant now) {
        return Duration.between(now, dueAt).toDays();
    }
}
