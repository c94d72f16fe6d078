package io.redress.audit.application;

import io.redress.shared.domain.AccessRefused;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Writes every refused permission into the trail, committed on its own (the caller's transaction rolls back). */
@ApplicationScoped
public class RefusalLog {

    @Inject
    AuditTrail audit;

    void refused(@Observes AccessRefused refusal) {
        audit.recordIndependently(refusal.actor(), "ACCESS_DENIED", "Action", refusal.permission().action(),
                "requires one of " + refusal.permission().roles() + ", holds " + refusal.held());
    }
}
