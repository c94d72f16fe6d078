package io.redress.cases.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * How a person reads an open case's SLA at a glance: breached, due soon (past the warning share of its target) or on
 * time (running, paused while waiting on the customer, or met). The home page counts by these, and the queue filters by
 * them ({@code sla=ON_TIME}), so a count and the list behind its link are the same cases.
 */
public enum SlaBucket {
    BREACHED(EnumSet.of(SlaClock.State.BREACHED)),
    DUE_SOON(EnumSet.of(SlaClock.State.WARNING)),
    ON_TIME(EnumSet.of(SlaClock.State.RUNNING, SlaClock.State.PAUSED, SlaClock.State.MET));

    private final Set<SlaClock.State> states;

    SlaBucket(Set<SlaClock.State> states) {
        this.states = states;
    }

    public Set<SlaClock.State> states() {
        return EnumSet.copyOf(states);
    }

    public static SlaBucket of(SlaClock.State state) {
        return Arrays.stream(values()).filter(b -> b.states.contains(state)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no bucket for " + state));
    }

    /** A queue filter's {@code sla} value: a bucket's name ({@code ON_TIME}, {@code DUE_SOON}) or one clock state. */
    public static Optional<Set<SlaClock.State>> statesFor(String sla) {
        if (sla == null || sla.isBlank()) {
            return Optional.empty();
        }
        for (SlaBucket b : values()) {
            if (b.name().equals(sla)) {
                return Optional.of(b.states());
            }
        }
        try {
            return Optional.of(EnumSet.of(SlaClock.State.valueOf(sla)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
