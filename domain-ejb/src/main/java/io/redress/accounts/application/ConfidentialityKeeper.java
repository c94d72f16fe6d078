package io.redress.accounts.application;

import io.redress.accounts.api.ConfidentialityRequired;
import io.redress.accounts.domain.Confidentiality;
import io.redress.audit.application.AuditTrail;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;

/** Keeps the confidentiality flag another context requires, in that context's transaction (the flag's one writer here). */
@Stateless
public class ConfidentialityKeeper {

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    public void keep(@Observes ConfidentialityRequired request) {
        Confidentiality confidentiality = Optional.ofNullable(em.find(Confidentiality.class, request.accountId())).orElseGet(() -> {
            Confidentiality fresh = new Confidentiality(request.accountId(), clock.instant());
            em.persist(fresh);
            return fresh;
        });
        if (confidentiality.mark(request.confidential(), clock.instant())) {
            audit.record(request.actor(), request.actingRole(),
                    request.confidential() ? "ACCOUNT_CONFIDENTIAL_SET" : "ACCOUNT_CONFIDENTIAL_CLEARED", AccountService.ENTITY,
                    request.accountId(), "{\"confidential\":" + !request.confidential() + "}",
                    "{\"confidential\":" + request.confidential() + "}", request.reason());
        }
    }
}
