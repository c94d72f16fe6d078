package io.redress.cases.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * One SLA clock: it runs from {@code start}, stands still while the case waits on the customer, and is due
 * after {@code target} of running time. Pure arithmetic over the stored pause totals: no timer state.
 */
public record SlaClock(Instant start, Duration target, Duration pausedBefore, Instant pausedSince, Instant stoppedAt) {

    public enum State { RUNNING, PAUSED, WARNING, BREACHED, MET }

    /** Running time used so far. */
    public Duration elapsed(Instant now) {
        Instant end = stoppedAt != null ? stoppedAt : now;
        // a pause still open counts until the clock stops (or until now while it runs)
        Duration paused = pausedBefore.plus(pausedSince != null ? Duration.between(pausedSince, end) : Duration.ZERO);
        Duration e = Duration.between(start, end).minus(paused);
        return e.isNegative() ? Duration.ZERO : e;
    }

    /** When it will be due if nothing pauses it from now on; while paused it moves forward with time. */
    public Instant dueAt(Instant now) {
        return now.plus(target.minus(elapsed(now)));
    }

    /** The moment the warning share of the target is reached, given the pauses so far. */
    public Instant warnAt(Instant now) {
        long warnMillis = (long) (target.toMillis() * SlaTargets.WARNING_SHARE);
        return now.plus(Duration.ofMillis(warnMillis).minus(elapsed(now)));
    }

    public double share(Instant now) {
        return target.isZero() ? 1.0 : (double) elapsed(now).toMillis() / target.toMillis();
    }

    public State state(Instant now) {
        double share = share(now);
        if (stoppedAt != null) {
            return share <= 1.0 ? State.MET : State.BREACHED;
        }
        if (share >= 1.0) {
            return State.BREACHED;
        }
        if (pausedSince != null) {
            return State.PAUSED;
        }
        return share >= SlaTargets.WARNING_SHARE ? State.WARNING : State.RUNNING;
    }
}
