package io.redress.restrictions.application;

import io.redress.audit.application.AuditTrail;
import io.redress.restrictions.domain.CatalogueRules;
import io.redress.restrictions.domain.ReasonDefinition;
import io.redress.restrictions.domain.ReasonView;
import io.redress.restrictions.domain.RestrictionReason;
import io.redress.shared.application.Access;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.InvalidInput;
import io.redress.shared.domain.NotFound;
import io.redress.shared.domain.Permission;
import io.redress.shared.domain.StaleVersion;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The policy catalogue of restriction reasons: read by everyone, written by administrators. */
@Stateless
public class ReasonCatalogue {

    static final String ENTITY = "RestrictionReason";

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    Access access;
    @Inject
    AuditTrail audit;

    public List<ReasonView> list(Actor actor) {
        access.require(actor, Permission.POLICY_REASONS_READ);
        return em.createNamedQuery(RestrictionReason.ALL, RestrictionReason.class).getResultList().stream()
                .map(RestrictionReason::view).toList();
    }

    public Optional<ReasonView> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(RestrictionReason.class, code)).map(RestrictionReason::view);
    }

    public ReasonView define(Actor actor, ReasonDefinition definition) {
        String role = access.require(actor, Permission.POLICY_REASONS_DEFINE);
        List<FieldError> errors = new ArrayList<>(CatalogueRules.check(definition));
        if (errors.isEmpty() && em.find(RestrictionReason.class, definition.code()) != null) {
            errors.add(new FieldError("code", "already exists"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        RestrictionReason reason = new RestrictionReason(definition);
        em.persist(reason);
        em.flush();
        audit.record(actor, role, "REASON_DEFINED", ENTITY, reason.code(), null, reason.snapshot().toJson(), null);
        return reason.view();
    }

    public ReasonView redefine(Actor actor, String code, ReasonDefinition definition, long expectedVersion) {
        String role = access.require(actor, Permission.POLICY_REASONS_DEFINE);
        RestrictionReason reason = Optional.ofNullable(em.find(RestrictionReason.class, code))
                .orElseThrow(() -> new NotFound("Reason", code));
        ReasonDefinition same = new ReasonDefinition(code, definition.title(), definition.termsClause(), definition.measures(),
                definition.requiredEvidence(), definition.approverRole(), definition.minWindowDays(), definition.noticeText(),
                definition.disclosable());
        List<FieldError> errors = CatalogueRules.check(same);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (reason.version() != expectedVersion) {
            throw new StaleVersion(ENTITY, code, expectedVersion, reason.version());
        }
        String before = reason.snapshot().toJson();
        reason.redefine(same);
        em.flush();
        audit.record(actor, role, "REASON_REDEFINED", ENTITY, code, before, reason.snapshot().toJson(), null);
        return reason.view();
    }

    public ReasonView retire(Actor actor, String code, long expectedVersion, String why) {
        String role = access.require(actor, Permission.POLICY_REASONS_RETIRE);
        RestrictionReason reason = Optional.ofNullable(em.find(RestrictionReason.class, code))
                .orElseThrow(() -> new NotFound("Reason", code));
        if (reason.version() != expectedVersion) {
            throw new StaleVersion(ENTITY, code, expectedVersion, reason.version());
        }
        String before = reason.snapshot().toJson();
        reason.retire();
        em.flush();
        audit.record(actor, role, "REASON_RETIRED", ENTITY, code, before, reason.snapshot().toJson(), why);
        return reason.view();
    }
}
