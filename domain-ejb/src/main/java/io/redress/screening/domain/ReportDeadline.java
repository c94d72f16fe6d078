package io.redress.screening.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * How near an investigation's report deadline is, as the console shows it and the timer alerts on it: the clock runs
 * only while the outcome awaits a decision (once approved, the report is filed or the hold released).
 */
public final class ReportDeadline {

    public enum Proximity { OVERDUE, NEAR, ON_TIME, MET }

    /** The investigations awaiting an outcome, those of them whose deadline is near, and those past it. */
    public record Counts(long awaiting, long near, long overdue) {
    }

    private ReportDeadline() {
    }

    /** {@code nearAt}: from when the deadline is near (see {@link DeadlineRules.Deadline#nearAt}). */
    public static Proximity of(Investigation.State state, Instant dueAt, Instant nearAt, Instant now) {
        if (!state.awaitsDecision()) {
            return Proximity.MET;
        }
        if (!dueAt.isAfter(now)) {
            return Proximity.OVERDUE;
        }
        return nearAt.isAfter(now) ? Proximity.ON_TIME : Proximity.NEAR;
    }

    /** Whole days left before the deadline, 0 on its last day; negative: whole days past it. */
    public static long daysLeft(Instant dueAt, Instant now) {
        return Duration.between(now, dueAt).toDays();
    }
}
