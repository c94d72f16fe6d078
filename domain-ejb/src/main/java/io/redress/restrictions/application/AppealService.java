package io.redress.restrictions.application;

import io.redress.alerts.api.AlertRaised;
import io.redress.alerts.api.AlertSettled;
import io.redress.alerts.api.AlertRaised.Severity;
import io.redress.audit.application.AuditTrail;
import io.redress.restrictions.domain.Appeal;
import io.redress.restrictions.domain.AppealDecision;
import io.redress.restrictions.domain.AppealOutcome;
import io.redress.restrictions.domain.AppealRules;
import io.redress.restrictions.domain.AppealView;
import io.redress.restrictions.domain.CustomerAppeal;
import io.redress.restrictions.domain.Measure;
import io.redress.restrictions.domain.NoticeWriter;
import io.redress.restrictions.domain.Restriction;
import io.redress.restrictions.domain.RestrictionState;
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
import io.redress.staff.api.StaffRoster;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Appeals: filed by the customer (through the exchange) or an agent for them; decided by someone not involved. */
@Stateless
public class AppealService {

    static final String ENTITY = "Appeal";
    static final String NO_REVIEWER = "APPEAL_WITHOUT_REVIEWER";

    @PersistenceContext(unitName = "redress")
    EntityManager em;
    @Inject
    Access access;
    @Inject
    AuditTrail audit;
    @Inject
    StandingKeeper standing;
    @Inject
    NoticeService notices;
    @Inject
    Clock clock;
    @Inject
    StaffRoster staff;
    @Inject
    Event<AlertRaised> alerts;
    @Inject
    Event<AlertSettled> settled;
    @Inject
    @ConfigProperty(name = Setting.APPEALS_DEADLINE_DAYS, defaultValue = "14")
    int deadlineDays;

    public AppealView file(Actor actor, long restrictionId, String statement) {
        String role = access.require(actor, Permission.APPEAL_FILE);
        List<FieldError> errors = AppealRules.checkStatement(statement);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Restriction r = Optional.ofNullable(em.find(Restriction.class, restrictionId))
                .orElseThrow(() -> new NotFound("Restriction", Long.toString(restrictionId)));
        if (r.state() != RestrictionState.APPROVED || r.measure() == Measure.LIFT) {
            throw RuleViolation.of("not-in-force", "Only a measure in force can be appealed; restriction "
                    + restrictionId + " is " + r.state(), restrictionId);
        }
        boolean pending = em.createNamedQuery(Appeal.FOR_RESTRICTION, Appeal.class).setParameter("restriction", restrictionId)
                .getResultStream().anyMatch(a -> a.state() == io.redress.restrictions.domain.AppealState.OPEN);
        if (pending) {
            throw RuleViolation.of("appeal-pending", "An appeal against restriction " + restrictionId + " is already open", restrictionId);
        }
        Instant now = clock.instant();
        Appeal appeal = new Appeal(restrictionId, r.accountId(), actor.name(), !actor.has(Role.INTEGRATION),
                statement, now, now.plus(Duration.ofDays(deadlineDays)));
        em.persist(appeal);
        em.flush();
        audit.recordFor(r.accountId(), actor, role, "APPEAL_FILED", ENTITY, appeal.id().toString(), null, appeal.snapshot().toJson(), statement);
        alertIfNobodyMayDecide(appeal, r);
        return appeal.view();
    }

    // Two people are excluded (requester, approver), so three per role tell whether anyone is left.
    private void alertIfNobodyMayDecide(Appeal appeal, Restriction r) {
        Map<String, Set<Role>> candidates = staff.activeHolding(AppealRules.reviewerRoles(r.measure()), 3).stream()
                .collect(Collectors.toMap(StaffRoster.Member::username, StaffRoster.Member::roles));
        if (!AppealRules.hasEligibleReviewer(candidates, r.requestedBy(), r.decidedBy(), r.measure())) {
            alerts.fire(new AlertRaised(NO_REVIEWER, Severity.CRITICAL, appeal.accountId(), "appeal:" + appeal.id(), Role.ADMIN,
                    "Appeal " + appeal.id() + " against " + r.measure() + " on account " + appeal.accountId()
                            + " has no eligible reviewer: nobody active holds " + AppealRules.reviewerRoles(r.measure())
                            + " without having requested or approved the measure. Give the role to someone uninvolved."));
        }
    }

    public AppealView decide(Actor actor, long appealId, AppealDecision decision, Long expectedVersion) {
        access.require(actor, Permission.APPEAL_DECIDE);
        List<FieldError> errors = AppealRules.checkDecisionFields(decision);
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        Appeal appeal = Optional.ofNullable(em.find(Appeal.class, appealId))
                .orElseThrow(() -> new NotFound("Appeal", Long.toString(appealId)));
        if (expectedVersion != null && expectedVersion != appeal.version()) {
            throw new StaleVersion(ENTITY, Long.toString(appealId), expectedVersion, appeal.version());
        }
        if (appeal.state() != io.redress.restrictions.domain.AppealState.OPEN) {
            throw new StaleVersion("Appeal " + appealId + " is already decided: " + appeal.state());
        }
        Restriction r = em.find(Restriction.class, appeal.restrictionId());
        List<Violation> violations = new java.util.ArrayList<>(
                AppealRules.checkReviewer(actor, r.requestedBy(), r.decidedBy(), r.measure()));
        violations.addAll(AppealRules.checkModification(r.measure(), decision));
        if (!violations.isEmpty()) {
            String message = violations.stream().map(Violation::message).collect(Collectors.joining("; "));
            audit.recordIndependentlyFor(appeal.accountId(), actor, "DUE_PROCESS_REFUSED", ENTITY, Long.toString(appealId),
                    "appeal.decide [" + violations.stream().map(Violation::rule).collect(Collectors.joining(",")) + "]: " + message);
            throw new RuleViolation(violations.get(0).rule(), message, violations.stream().map(Violation::rule).toList(),
                    violations.stream().map(Violation::message).toList(), violations.stream().map(Violation::arguments).toList());
        }
        String role = actor.has(Role.COMPLIANCE) && (r.measure().severe() || !actor.has(Role.SUPERVISOR))
                ? Role.COMPLIANCE.name() : Role.SUPERVISOR.name();
        Instant now = clock.instant();
        String before = appeal.snapshot().toJson();
        String restrictionBefore = r.snapshot().toJson();
        try {
            appeal.decide(decision.outcome(), actor.name(), role, decision.reasons(), now);
            if (decision.outcome() == AppealOutcome.OVERTURNED) {
                r.lift(actor.name(), now);
            } else if (decision.outcome() == AppealOutcome.MODIFIED) {
                Instant base = r.windowEndsAt() == null || r.windowEndsAt().isBefore(now) ? now : r.windowEndsAt();
                Measure resulting = decision.newMeasure() == null ? r.measure() : decision.newMeasure();
                Instant newEnd = decision.extraWindowDays() != null ? base.plus(Duration.ofDays(decision.extraWindowDays()))
                        : resulting.hasWindow() && r.windowEndsAt() == null ? now : null;
                r.modify(decision.newMeasure(), newEnd);
            }
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersion("Appeal " + appealId + " was decided by someone else at the same time");
        }
        audit.recordFor(r.accountId(), actor, role, "APPEAL_DECIDED", ENTITY, Long.toString(appealId), before, appeal.snapshot().toJson(),
                decision.outcome() + ": " + decision.reasons());
        if (decision.outcome() != AppealOutcome.UPHELD) {
            audit.recordFor(r.accountId(), actor, role, decision.outcome() == AppealOutcome.OVERTURNED ? "RESTRICTION_LIFTED" : "RESTRICTION_MODIFIED",
                    RestrictionService.ENTITY, r.id().toString(), restrictionBefore, r.snapshot().toJson(), "appeal " + appealId);
            standing.recompute(actor, role, r.accountId(), "appeal " + appealId + " " + decision.outcome());
        }
        // an appeal that waited for a reviewer or passed its deadline is no longer waiting
        String how = decision.outcome() + " by " + actor.name();
        settled.fire(new AlertSettled(NO_REVIEWER, "appeal:" + appealId, how));
        settled.fire(new AlertSettled(DueSteps.APPEAL_OVERDUE, "appeal:" + appealId, how));
        notices.issue(actor, role, r.accountId(), r.id(), "APPEAL_DECIDED", NoticeWriter.appealDecided(decision.outcome(), decision.reasons()),
                true, decision.outcome() == AppealOutcome.OVERTURNED ? null : r.windowEndsAt(), false);
        return appeal.view();
    }

    public List<AppealView> open(Actor actor) {
        access.require(actor, Permission.APPEAL_LIST);
        return em.createNamedQuery(Appeal.OPEN, Appeal.class).setMaxResults(500).getResultList().stream()
                .map(Appeal::view).toList();
    }

    /**
     * The open appeals within {@link AppealRules#NEAR_DEADLINE} of their deadline (or past it) that {@code actor} may
     * decide, soonest first: what the home page's count leads to. Empty for someone who decides no appeal.
     */
    public List<AppealView> nearDeadlineFor(Actor actor) {
        access.require(actor, Permission.APPEAL_LIST);
        Set<Measure> measures = AppealRules.reviewableBy(actor.roles());
        if (!Permission.APPEAL_DECIDE.allows(actor) || measures.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(Appeal.NEAR_DEADLINE_FOR, Appeal.class)
                .setParameter("limit", AppealRules.nearDeadlineLimit(clock.instant()))
                .setParameter("measures", List.copyOf(measures)).setParameter("me", actor.name())
                .setMaxResults(500).getResultList().stream().map(Appeal::view).toList();
    }

    public List<AppealView> forRestriction(Actor actor, long restrictionId) {
        access.require(actor, Permission.APPEAL_READ);
        return em.createNamedQuery(Appeal.FOR_RESTRICTION, Appeal.class).setParameter("restriction", restrictionId)
                .getResultList().stream().map(Appeal::view).toList();
    }

    public AppealView get(Actor actor, long appealId) {
        access.require(actor, Permission.APPEAL_READ);
        return Optional.ofNullable(em.find(Appeal.class, appealId)).map(Appeal::view)
                .orElseThrow(() -> new NotFound("Appeal", Long.toString(appealId)));
    }

    /** The appeals against a restriction as the customer may see them: no reviewer names or roles. */
    public List<CustomerAppeal> forRestrictionAsCustomer(Actor actor, long restrictionId) {
        access.require(actor, Permission.APPEAL_READ_CUSTOMER_VIEW);
        return em.createNamedQuery(Appeal.FOR_RESTRICTION, Appeal.class).setParameter("restriction", restrictionId)
                .getResultList().stream().map(Appeal::view).map(CustomerAppeal::of).toList();
    }

    public CustomerAppeal getAsCustomer(Actor actor, long appealId) {
        access.require(actor, Permission.APPEAL_READ_CUSTOMER_VIEW);
        return Optional.ofNullable(em.find(Appeal.class, appealId)).map(Appeal::view).map(CustomerAppeal::of)
                .orElseThrow(() -> new NotFound("Appeal", Long.toString(appealId)));
    }
}
