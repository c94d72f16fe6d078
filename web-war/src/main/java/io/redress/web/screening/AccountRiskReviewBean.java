package io.redress.web.screening;

import io.redress.screening.application.Investigations;
import io.redress.screening.domain.RiskReview;
import io.redress.security.CurrentActor;
import io.redress.shared.domain.Permission;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The account page's screening part: whether a risk review is open. Compliance and auditors also get its
 * investigations (links to them); everyone else only the fact — no category, path, amount or note.
 */
@Named
@ViewScoped
public class AccountRiskReviewBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Investigations investigations;
    @Inject
    transient CurrentActor actor;

    private RiskReview review;

    public void load(String accountId) {
        // the exchange's login reads accounts too, and has no business with reviews: nothing to load, nothing shown
        review = Permission.RISK_REVIEW_READ.allows(actor.get()) ? investigations.riskReview(actor.get(), accountId) : null;
    }

    public RiskReview getReview() {
        return review;
    }
}
