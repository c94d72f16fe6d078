package io.redress.accounts.application;

import io.redress.accounts.api.ConfidentialityRequired;
import io.redress.accounts.domain.Confidentiality;
import io.redress.audit.application.AuditRecorder;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;

/**
 * Keeps the confidentiality flag another context requires, in that context's transaction (the flag's one writer here):
 * its cause beside compliance's own, so the last review closing leaves a flag set by hand in place.
 */
@Stateless
public class ConfidentialityKeeper {

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    /** The observer runs in the requester's transaction: its appends need no EJB call. */
    @Inject
    AuditRecorder audit;
    @Inject
    Clock clock;

    public void keep(@Observes ConfidentialityRequired request) {
        Confidentiality confidentiality = Optional.ofNullable(em.find(Confidentiality.class, request.accountId())).orElseGet(() -> {
            Confidentiality fresh = new Confidentiality(request.accountId(), clock.instant());
            em.persist(fresh);
            return fresh;
        });
        boolean before = confidentiality.confidential();
        boolean requiredBefore = confidentiality.requiredByReview();
        Confidentiality.Change change = confidentiality.require(request.confidential(), clock.instant());
        if (change.flagChanged()) {
            audit.record(request.actor(), request.actingRole(),
                    request.confidential() ? "ACCOUNT_CONFIDENTIAL_SET" : "ACCOUNT_CONFIDENTIAL_CLEARED", AccountService.ENTITY,
                    request.accountId(), snapshot(before, confidentiality.setByHand(), requiredBefore),
                    snapshot(confidentiality.confidential(), confidentiality.setByHand(), confidentiality.requiredByReview()),
                    request.reason());
        } else if (change.causeChanged()) {
            // compliance set the flag by hand: a review now requires it too, or the reviews are complete and it stays
            // until compliance lifts it
            audit.record(request.actor(), request.actingRole(), "ACCOUNT_CONFIDENTIAL_KEPT", AccountService.ENTITY,
                    request.accountId(), snapshot(before, confidentiality.setByHand(), requiredBefore),
                    snapshot(confidentiality.confidential(), confidentiality.setByHand(), confidentiality.requiredByReview()),
                    request.reason() + (request.confidential() ? "; already set by hand by compliance"
                            : "; kept: compliance set it by hand"));
        }
    }

    static String snapshot(boolean confidential, boolean setByHand, boolean requiredByReview) {
        return "{\"confidential\":" + confidential + ",\"setByHand\":" + setByHand + ",\"requiredByReview\":" + requiredByReview + "}";
    }
}
