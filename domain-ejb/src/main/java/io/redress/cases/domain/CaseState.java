package io.redress.cases.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where a case is in its life. Open states keep the SLA clocks running (or paused while waiting on the customer). */
public enum CaseState {
    NEW, OPEN, WAITING_ON_CUSTOMER, ESCALATED, RESOLVED, CLOSED;

    public boolean isOpen() {
        return this != RESOLVED && this != CLOSED;
    }

    /** Where staff may move a case from here; a customer's answer reopens a resolved case on its own. */
    public Set<CaseState> next() {
        return switch (this) {
            case NEW -> EnumSet.of(OPEN, WAITING_ON_CUSTOMER, ESCALATED, RESOLVED);
            case OPEN -> EnumSet.of(WAITING_ON_CUSTOMER, ESCALATED, RESOLVED);
            case WAITING_ON_CUSTOMER -> EnumSet.of(OPEN, ESCALATED, RESOLVED);
            case ESCALATED -> EnumSet.of(OPEN, WAITING_ON_CUSTOMER, RESOLVED);
            case RESOLVED -> EnumSet.of(OPEN, CLOSED);
            case CLOSED -> EnumSet.noneOf(CaseState.class);
        };
    }
}
