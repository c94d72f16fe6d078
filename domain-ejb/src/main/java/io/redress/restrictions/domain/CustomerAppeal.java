package io.redress.restrictions.domain;

import java.time.Instant;

/** An appeal as the customer may see it through the exchange: its course and reasons, not the staff who handled it. */
public record CustomerAppeal(long id, long restrictionId, String statement, Instant filedAt, Instant deadline,
                             AppealState state, String decisionReasons, Instant decidedAt) {

    public static CustomerAppeal of(AppealView a) {
        return new CustomerAppeal(a.id(), a.restrictionId(), a.statement(), a.filedAt(), a.deadline(), a.state(),
                a.decisionReasons(), a.decidedAt());
    }
}
