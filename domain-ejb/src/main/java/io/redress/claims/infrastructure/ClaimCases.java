package io.redress.claims.infrastructure;

import io.redress.cases.api.CaseTerms;
import io.redress.cases.api.Cases;
import io.redress.cases.api.NewCase;
import io.redress.shared.domain.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * The one place the claims context meets the cases context: a claim runs on a support case's clocks (its final
 * answer is due when the case's decision is), so it opens a loss-claim case or joins the customer's, and links
 * itself there. Only records cross: the ticket, the account, the language and the due date.
 */
@ApplicationScoped
public class ClaimCases {

    @Inject
    Cases cases;

    /** What a claim needs of its case. */
    public record CaseFacts(String ticket, String accountId, String language, Instant decisionDueAt) {
    }

    public Optional<CaseFacts> find(String ticket) {
        return cases.terms(ticket).map(ClaimCases::facts);
    }

    /** Opens a LOSS_CLAIM case for the customer (acknowledged to them with the date the decision is due). */
    public CaseFacts open(Actor actor, String accountId, String customerName, String language, String subject,
                          String description) {
        NewCase request = new NewCase(actor.speaksForCustomer() ? "WEB_FORM" : "INTERNAL", accountId, customerName, null,
                language == null ? "en" : language, subject, description, "LOSS_CLAIM", null, null, null, Boolean.TRUE);
        return facts(cases.openChecked(actor, request));
    }

    public void link(Actor actor, String ticket, long claimId) {
        cases.attach(actor, ticket, "CLAIM", Long.toString(claimId));
    }

    private static CaseFacts facts(CaseTerms c) {
        return new CaseFacts(c.ticket(), c.accountId(), c.language(), c.decisionDueAt());
    }
}
