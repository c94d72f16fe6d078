package io.redress.cases.application;

import io.redress.alerts.api.AlertRaised;
import io.redress.alerts.api.AlertRaised.Severity;
import io.redress.audit.application.AuditTrail;
import io.redress.cases.domain.CaseEvent;
import io.redress.cases.domain.CaseState;
import io.redress.cases.domain.SupportCase;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.Role;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/** One case's due SLA work, in its own transaction. */
@Stateless
public class SlaSteps {

    public enum Outcome { NOTHING, WARNED, ESCALATED, CLOSED }

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    AuditTrail audit;
    @Inject
    Event<AlertRaised> alerts;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome check(long id, Instant now) {
        SupportCase c = em.find(SupportCase.class, id);
        if (c == null) {
            return Outcome.NOTHING;
        }
        String before = c.snapshot().toJson();
        if (c.state() == CaseState.RESOLVED && !now.isBefore(c.resolvedAt().plus(SupportCase.REOPEN_WINDOW))) {
            c.closeAfterResolution(now);
            c.refreshSla(now);
            em.flush();
            em.persist(new CaseEvent(c.id(), now, Actor.SYSTEM, "CLOSED", "no answer within 14 days of resolution"));
            audit.recordFor(c.accountId(), Actor.system(), "SYSTEM", "CASE_CLOSED", CaseService.ENTITY, c.ticket(), before,
                    c.snapshot().toJson(), "reopen window ended");
            return Outcome.CLOSED;
        }
        SupportCase.SlaChange change = c.refreshSla(now);
        if (change.breached() && c.state().isOpen()) {
            String which = change.firstResponseBreached() ? "first response" : "resolution";
            c.escalate(now);
            c.refreshSla(now);
            em.flush();
            em.persist(new CaseEvent(c.id(), now, Actor.SYSTEM, "SLA_BREACHED", which + " target missed; escalated to the supervisors' queue"));
            alerts.fire(new AlertRaised("SLA_BREACH", Severity.WARNING, c.accountId(), c.ticket() + " " + which,
                    Role.SUPERVISOR, "Case " + c.ticket() + ": " + which + " SLA breached; escalated to the supervisors' queue"));
            audit.recordFor(c.accountId(), Actor.system(), "SYSTEM", "CASE_ESCALATED", CaseService.ENTITY, c.ticket(), before,
                    c.snapshot().toJson(), which + " SLA breached");
            return Outcome.ESCALATED;
        }
        em.flush();
        if (change.warned()) {
            em.persist(new CaseEvent(c.id(), now, Actor.SYSTEM, "SLA_WARNING", "80 % of the SLA target used"));
            return Outcome.WARNED;
        }
        return Outcome.NOTHING;
    }
}
