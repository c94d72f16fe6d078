package io.redress.messaging.application;

import io.redress.audit.application.AuditTrail;
import io.redress.messaging.domain.ForbiddenTerm;
import io.redress.messaging.domain.TermView;
import io.redress.shared.application.Access;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.InvalidInput;
import io.redress.shared.domain.NotFound;
import io.redress.shared.domain.Permission;
import io.redress.shared.domain.WrittenReason;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The forbidden-terms list of the message check point, kept by COMPLIANCE (and ADMIN). */
@Stateless
public class ForbiddenTerms {

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    Access access;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    public List<TermView> all(Actor actor) {
        access.require(actor, Permission.TERMS_READ);
        return em.createNamedQuery(ForbiddenTerm.ALL, ForbiddenTerm.class).getResultList().stream().map(ForbiddenTerm::view).toList();
    }

    public TermView add(Actor actor, String term, String why) {
        String role = access.require(actor, Permission.TERMS_CHANGE);
        List<FieldError> errors = new ArrayList<>();
        String t = term == null ? "" : term.strip().replaceAll("\\s+", " ");
        if (t.length() < 2 || t.length() > 128) {
            errors.add(FieldError.of("term", FieldError.Code.LENGTH, "2 to 128 characters", 2, 128));
        } else if (!em.createNamedQuery(ForbiddenTerm.BY_TERM, ForbiddenTerm.class).setParameter("term", t.toLowerCase(Locale.ROOT))
                .getResultList().isEmpty()) {
            errors.add(FieldError.of("term", FieldError.Code.ALREADY_EXISTS, "already on the list"));
        }
        if (why == null || why.strip().length() < 10 || why.strip().length() > 500) {
            errors.add(FieldError.of("why", FieldError.Code.FORBIDDEN_TERM_WHY, "10 to 500 characters: the agent reads it when a message is stopped", 10, 500));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        ForbiddenTerm f = new ForbiddenTerm(t, why.strip(), actor.name(), clock.instant());
        em.persist(f);
        em.flush();
        audit.record(actor, role, "FORBIDDEN_TERM_ADDED", "ForbiddenTerm", f.id().toString(), null, "{\"term\":\"" + t.replace("\"", "'") + "\"}", why.strip());
        return f.view();
    }

    public void remove(Actor actor, long id, String reason) {
        String role = access.require(actor, Permission.TERMS_CHANGE);
        WrittenReason.require("reason", reason);
        ForbiddenTerm f = em.find(ForbiddenTerm.class, id);
        if (f == null) {
            throw new NotFound("ForbiddenTerm", Long.toString(id));
        }
        String before = "{\"term\":\"" + f.view().term().replace("\"", "'") + "\"}";
        em.remove(f);
        em.flush();
        audit.record(actor, role, "FORBIDDEN_TERM_REMOVED", "ForbiddenTerm", Long.toString(id), before, null, reason.strip());
    }
}
