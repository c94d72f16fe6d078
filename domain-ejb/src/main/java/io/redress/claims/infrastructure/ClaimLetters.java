package io.redress.claims.infrastructure;

import io.redress.cases.api.Cases;
import io.redress.shared.domain.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Sends a claim's decision to the customer through the one customer outbox (today the cases context's, reached
 * through its service): the CLAIM_DECISION template in the case's language wraps the text. The only class of the
 * claims context that knows where customer messages go, so moving to a unified outbox changes this class alone.
 */
@ApplicationScoped
public class ClaimLetters {

    static final String TEMPLATE = "CLAIM_DECISION";

    @Inject
    Cases cases;

    /** In the caller's transaction; the check point may refuse it (forbidden-term), which rolls the step back. */
    public void send(Actor actor, String ticket, String text) {
        cases.notifyCustomer(actor, actor.primaryRole(), ticket, TEMPLATE, text);
    }
}
