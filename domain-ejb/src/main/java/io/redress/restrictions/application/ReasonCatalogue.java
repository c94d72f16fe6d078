package io.redress.restrictions.application;

import io.redress.audit.application.AuditTrail;
import io.redress.restrictions.domain.CatalogueRules;
import io.redress.restrictions.domain.ReasonDefinition;
import io.redress.restrictions.domain.ReasonRevision;
import io.redress.restrictions.domain.ReasonRevisionView;
import io.redress.restrictions.domain.ReasonView;
import io.redress.restrictions.domain.RestrictionReason;
import io.redress.restrictions.domain.Violation;
import io.redress.shared.application.Access;
import io.redress.shared.application.Setting;
import io.redress.shared.domain.Actor;
import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.InvalidInput;
import io.redress.shared.domain.NotFound;
import io.redress.shared.domain.Permission;
import io.redress.shared.domain.Role;
import io.redress.shared.domain.RuleViolation;
import io.redress.shared.domain.StaleVersion;
import io.redress.shared.domain.WrittenReason;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The policy catalogue of restriction reasons. Everyone reads the reasons in force. An administrator proposes a
 * reason or a change; it is usable by nobody until a compliance officer other than its author approves it (four
 * eyes on policy). Retiring a reason takes effect at once: it only ever takes a reason away.
 */
@Stateless
public class ReasonCatalogue {

    static final String ENTITY = "RestrictionReason";

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    Access access;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = Setting.WINDOW_FLOOR_DAYS, defaultValue = "7")
    int windowFloorDays;

    public List<ReasonView> list(Actor actor) {
        access.require(actor, Permission.POLICY_REASONS_READ);
        return em.createNamedQuery(RestrictionReason.ALL, RestrictionReason.class).getResultList().stream()
                .map(RestrictionReason::view).toList();
    }

    public ReasonView get(Actor actor, String code) {
        access.require(actor, Permission.POLICY_REASONS_READ);
        return find(code).orElseThrow(() -> new NotFound("Reason", code));
    }

    /** The revision in force, if the reason exists (retired ones too: {@link ReasonView#active()} says so). */
    public Optional<ReasonView> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(RestrictionReason.class, code)).map(RestrictionReason::view);
    }

    /** The platform's floor for WITHDRAW_ONLY and CLOSE windows, in days. */
    public int windowFloorDays() {
        return windowFloorDays;
    }

    /** Proposes a new reason: revision 1, pending a compliance officer's approval. */
    public ReasonRevisionView propose(Actor actor, ReasonDefinition definition, String note) {
        String role = access.require(actor, Permission.POLICY_REASONS_DEFINE);
        List<FieldError> errors = new ArrayList<>(CatalogueRules.check(definition));
        if (errors.isEmpty() && (em.find(RestrictionReason.class, definition.code()) != null || lastRevision(definition.code()) > 0)) {
            errors.add(FieldError.of("code", FieldError.Code.ALREADY_EXISTS, "already exists"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        refuseIfAny(actor, definition.code(), "policy.reasons.define", CatalogueRules.violations(definition, windowFloorDays));
        return store(actor, role, new ReasonRevision(definition.code(), 1, definition, actor.name(), note, clock.instant()),
                "REASON_PROPOSED");
    }

    /** Proposes a change to a reason in force; the reason stays as it is until the change is approved. */
    public ReasonRevisionView proposeChange(Actor actor, String code, ReasonDefinition definition, long expectedVersion, String note) {
        String role = access.require(actor, Permission.POLICY_REASONS_DEFINE);
        RestrictionReason reason = reason(code);
        ReasonDefinition same = definition.withCode(code);
        List<FieldError> errors = CatalogueRules.check(same);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        if (reason.version() != expectedVersion) {
            throw new StaleVersion(ENTITY, code, expectedVersion, reason.version());
        }
        List<Violation> violations = new ArrayList<>(CatalogueRules.violations(same, windowFloorDays));
        if (!reason.active()) {
            violations.add(new Violation("reason-retired", "Reason " + code + " is retired; a retired reason is not changed"));
        }
        if (pendingFor(code).isPresent()) {
            violations.add(Violation.of("change-pending", "A change to " + code + " awaits approval; it is approved or"
                    + " rejected before another is proposed", code));
        }
        refuseIfAny(actor, code, "policy.reasons.define", violations);
        return store(actor, role, new ReasonRevision(code, lastRevision(code) + 1, same, actor.name(), note, clock.instant()),
                "REASON_CHANGE_PROPOSED");
    }

    /** A compliance officer other than its author puts a proposed revision in force. */
    public ReasonRevisionView approve(Actor actor, String code, int revision, String note) {
        String role = access.require(actor, Permission.POLICY_REASONS_APPROVE);
        ReasonRevision proposed = pending(code, revision);
        List<Violation> violations = new ArrayList<>(CatalogueRules.approvalViolations(actor.name(), proposed.proposedBy()));
        // the floor may have been raised since the proposal
        violations.addAll(CatalogueRules.violations(proposed.definition(), windowFloorDays));
        RestrictionReason reason = em.find(RestrictionReason.class, code);
        if (reason != null && !reason.active()) {
            violations.add(new Violation("reason-retired", "Reason " + code + " was retired after this change was proposed"));
        }
        refuseIfAny(actor, code, "policy.reasons.approve", violations);
        String before = reason == null ? null : reason.snapshot().toJson();
        try {
            proposed.approve(actor.name(), note, clock.instant());
            if (reason == null) {
                reason = new RestrictionReason(proposed);
                em.persist(reason);
            } else {
                reason.adopt(proposed);
            }
            em.flush();
        } catch (PersistenceException e) {
            throw new StaleVersion("Revision " + revision + " of " + code + " was decided by someone else at the same time");
        }
        audit.record(actor, role, "REASON_APPROVED", ENTITY, code, before, reason.snapshot().toJson(),
                "revision " + revision + " proposed by " + proposed.proposedBy() + (note == null ? "" : ": " + note));
        return proposed.view();
    }

    /** A compliance officer turns a proposal down, or its author withdraws it; either way with a written reason. */
    public ReasonRevisionView reject(Actor actor, String code, int revision, String why) {
        String role = access.require(actor, Permission.POLICY_REASONS_REJECT);
        WrittenReason.require("reason", why);
        ReasonRevision proposed = pending(code, revision);
        if (!actor.has(Role.COMPLIANCE) && !actor.name().equals(proposed.proposedBy())) {
            refuseIfAny(actor, code, "policy.reasons.reject", List.of(new Violation("not-author",
                    "An administrator withdraws only their own proposals; compliance rejects the others")));
        }
        String before = proposed.snapshot().toJson();
        try {
            proposed.reject(actor.name(), why, clock.instant());
            em.flush();
        } catch (PersistenceException e) {
            throw new StaleVersion("Revision " + revision + " of " + code + " was decided by someone else at the same time");
        }
        audit.record(actor, role, "REASON_REJECTED", "ReasonRevision", code + "@" + revision, before,
                proposed.snapshot().toJson(), why);
        return proposed.view();
    }

    public ReasonView retire(Actor actor, String code, long expectedVersion, String why) {
        String role = access.require(actor, Permission.POLICY_REASONS_RETIRE);
        WrittenReason.require("reason", why);
        RestrictionReason reason = reason(code);
        if (reason.version() != expectedVersion) {
            throw new StaleVersion(ENTITY, code, expectedVersion, reason.version());
        }
        if (!reason.active()) {
            throw RuleViolation.of("reason-retired", "Reason " + code + " is already retired", code);
        }
        String before = reason.snapshot().toJson();
        reason.retire();
        em.flush();
        audit.record(actor, role, "REASON_RETIRED", ENTITY, code, before, reason.snapshot().toJson(), why);
        return reason.view();
    }

    /** Every proposal awaiting a compliance officer, oldest first. */
    public List<ReasonRevisionView> pending(Actor actor) {
        access.require(actor, Permission.POLICY_REASONS_VERSIONS);
        return em.createNamedQuery(ReasonRevision.IN_STATE, ReasonRevision.class).setParameter("state", ReasonRevision.State.PENDING)
                .setMaxResults(500).getResultList().stream().map(ReasonRevision::view).toList();
    }

    /** Every version of a reason ever proposed, newest first, with who proposed and who decided it. */
    public List<ReasonRevisionView> revisions(Actor actor, String code) {
        access.require(actor, Permission.POLICY_REASONS_VERSIONS);
        List<ReasonRevisionView> all = em.createNamedQuery(ReasonRevision.FOR_CODE, ReasonRevision.class).setParameter("code", code)
                .getResultList().stream().map(ReasonRevision::view).toList();
        if (all.isEmpty()) {
            throw new NotFound("Reason", code);
        }
        return all;
    }

    /** One version of a reason: an approved one for everyone who reads the catalogue, others for policy readers. */
    public ReasonRevisionView revision(Actor actor, String code, int revision) {
        access.require(actor, Permission.POLICY_REASONS_READ);
        ReasonRevision r = Optional.ofNullable(em.find(ReasonRevision.class, new ReasonRevision.Key(code, revision)))
                .orElseThrow(() -> new NotFound("Reason version", code + "@" + revision));
        if (r.state() != ReasonRevision.State.APPROVED) {
            access.require(actor, Permission.POLICY_REASONS_VERSIONS);
        }
        return r.view();
    }

    private ReasonRevisionView store(Actor actor, String role, ReasonRevision revision, String action) {
        try {
            em.persist(revision);
            em.flush();
        } catch (PersistenceException e) {
            // the same code and revision number taken by a concurrent proposal
            throw new StaleVersion("Reason " + revision.code() + " was changed by someone else at the same time; read it again");
        }
        audit.record(actor, role, action, "ReasonRevision", revision.code() + "@" + revision.revision(), null,
                revision.snapshot().toJson(), null);
        return revision.view();
    }

    private RestrictionReason reason(String code) {
        return Optional.ofNullable(code == null ? null : em.find(RestrictionReason.class, code))
                .orElseThrow(() -> new NotFound("Reason", code));
    }

    private ReasonRevision pending(String code, int revision) {
        ReasonRevision r = Optional.ofNullable(code == null ? null : em.find(ReasonRevision.class, new ReasonRevision.Key(code, revision)))
                .orElseThrow(() -> new NotFound("Reason version", code + "@" + revision));
        if (r.state() != ReasonRevision.State.PENDING) {
            throw new StaleVersion("Revision " + revision + " of " + code + " is already " + r.state());
        }
        return r;
    }

    private Optional<ReasonRevision> pendingFor(String code) {
        return em.createNamedQuery(ReasonRevision.FOR_CODE, ReasonRevision.class).setParameter("code", code).getResultStream()
                .filter(r -> r.state() == ReasonRevision.State.PENDING).findFirst();
    }

    private int lastRevision(String code) {
        Integer last = em.createNamedQuery(ReasonRevision.LAST_NUMBER, Integer.class).setParameter("code", code).getSingleResult();
        return last == null ? 0 : last;
    }

    private void refuseIfAny(Actor actor, String code, String action, List<Violation> violations) {
        if (violations.isEmpty()) {
            return;
        }
        String rules = violations.stream().map(Violation::rule).distinct().collect(Collectors.joining(","));
        String message = violations.stream().map(Violation::message).collect(Collectors.joining("; "));
        audit.recordIndependently(actor, "POLICY_REFUSED", ENTITY, code == null ? "?" : code, action + " [" + rules + "]: " + message);
        throw new RuleViolation(violations.get(0).rule(), message, violations.stream().map(Violation::rule).toList(),
                violations.stream().map(Violation::message).toList(), violations.stream().map(Violation::arguments).toList());
    }
}
