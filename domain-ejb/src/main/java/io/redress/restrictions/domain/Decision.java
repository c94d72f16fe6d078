package io.redress.restrictions.domain;

import java.util.List;

/** Allow or deny, with the reasons a machine can act on. */
public record Decision(boolean allowed, List<DecisionReason> reasons) {

    public Decision {
        reasons = List.copyOf(reasons);
    }

    static Decision allow(DecisionReason... reasons) {
        return new Decision(true, List.of(reasons));
    }

    static Decision deny(DecisionReason... reasons) {
        return new Decision(false, List.of(reasons));
    }
}
