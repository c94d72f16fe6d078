package io.redress.restrictions.domain;

import io.redress.shared.domain.Actor;
import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An appeal is decided by someone who took no part in the measure, with written reasons. A modification only
 * ever moves towards the customer: a milder measure, or more days in the window.
 */
public final class AppealRules {

    public static final int MIN_REASONS = 20;
    public static final int MAX_STATEMENT = 4000;
    /** An open appeal is near its deadline from this long before it (and stays so once past it). */
    public static final Duration NEAR_DEADLINE = Duration.ofDays(3);

    private AppealRules() {
    }

    public static List<FieldError> checkStatement(String statement) {
        if (statement == null || statement.isBlank()) {
            return List.of(FieldError.of("statement", FieldError.Code.APPEAL_GROUNDS, "the customer's grounds for the appeal are required"));
        }
        if (statement.length() > MAX_STATEMENT) {
            return List.of(FieldError.tooLong("statement", MAX_STATEMENT));
        }
        return List.of();
    }

    public static List<FieldError> checkDecisionFields(AppealDecision d) {
        List<FieldError> errors = new ArrayList<>();
        if (d.outcome() == null) {
            errors.add(FieldError.of("outcome", FieldError.Code.REQUIRED_ONE_OF, "is required: UPHELD, OVERTURNED or MODIFIED", "UPHELD, OVERTURNED, MODIFIED"));
        }
        if (d.reasons() == null || d.reasons().trim().length() < MIN_REASONS) {
            errors.add(FieldError.of("reasons", FieldError.Code.EXPLANATION_TOO_SHORT, "written reasons of at least " + MIN_REASONS + " characters", MIN_REASONS));
        } else if (d.reasons().length() > MAX_STATEMENT) {
            errors.add(FieldError.tooLong("reasons", MAX_STATEMENT));
        }
        if (d.extraWindowDays() != null && (d.extraWindowDays() < 1 || d.extraWindowDays() > CatalogueRules.MAX_WINDOW_DAYS)) {
            errors.add(FieldError.of("extraWindowDays", FieldError.Code.BETWEEN, "between 1 and " + CatalogueRules.MAX_WINDOW_DAYS, 1, CatalogueRules.MAX_WINDOW_DAYS));
        }
        if (d.outcome() == AppealOutcome.MODIFIED && d.newMeasure() == null && d.extraWindowDays() == null) {
            errors.add(FieldError.of("newMeasure", FieldError.Code.MODIFIED_NEEDS_CHANGE, "MODIFIED needs a milder measure or extra window days"));
        }
        if (d.outcome() != null && d.outcome() != AppealOutcome.MODIFIED && (d.newMeasure() != null || d.extraWindowDays() != null)) {
            errors.add(FieldError.of("outcome", FieldError.Code.ONLY_MODIFIED_CHANGES, "only MODIFIED changes the measure or the window"));
        }
        return errors;
    }

    public static List<Violation> checkReviewer(Actor reviewer, String requestedBy, String approvedBy, Measure measure) {
        List<Violation> violations = new ArrayList<>();
        if (reviewer.name().equals(requestedBy) || reviewer.name().equals(approvedBy)) {
            violations.add(new Violation("reviewer-involved",
                    "An appeal is decided by someone who neither requested nor approved the measure"));
        }
        Role needed = measure.severe() ? Role.COMPLIANCE : Role.SUPERVISOR;
        if (reviewerRoles(measure).stream().noneMatch(reviewer::has)) {
            violations.add(Violation.of("reviewer-role", "An appeal against " + measure + " is decided by a " + needed, measure, needed));
        }
        return violations;
    }

    /** Whether an open appeal with this deadline is near it (or past it) at {@code now}: the home page's count and list. */
    public static boolean nearDeadline(Instant deadline, Instant now) {
        return !deadline.isAfter(nearDeadlineLimit(now));
    }

    /** Deadlines up to this instant are near at {@code now}. */
    public static Instant nearDeadlineLimit(Instant now) {
        return now.plus(NEAR_DEADLINE);
    }

    /** The measures whose appeals someone with these roles may decide (by role; involvement is checked per appeal). */
    public static Set<Measure> reviewableBy(Set<Role> roles) {
        Set<Measure> measures = EnumSet.noneOf(Measure.class);
        for (Measure m : Measure.values()) {
            if (reviewerRoles(m).stream().anyMatch(roles::contains)) {
                measures.add(m);
            }
        }
        return measures;
    }

    /** The roles that may decide an appeal against the measure: a compliance officer always, a supervisor for milder ones. */
    public static Set<Role> reviewerRoles(Measure measure) {
        return measure.severe() ? EnumSet.of(Role.COMPLIANCE) : EnumSet.of(Role.SUPERVISOR, Role.COMPLIANCE);
    }

    /**
     * Whether anyone of the candidates (active staff with their roles) may decide the appeal: holds a reviewer role
     * and neither requested nor approved the measure. If nobody may, the appeal cannot be decided in time.
     */
    public static boolean hasEligibleReviewer(Map<String, Set<Role>> candidates, String requestedBy, String approvedBy,
                                              Measure measure) {
        Set<Role> roles = reviewerRoles(measure);
        return candidates.entrySet().stream().anyMatch(c -> !c.getKey().equals(requestedBy) && !c.getKey().equals(approvedBy)
                && c.getValue().stream().anyMatch(roles::contains));
    }

    public static List<Violation> checkModification(Measure current, AppealDecision d) {
        List<Violation> violations = new ArrayList<>();
        if (d.outcome() != AppealOutcome.MODIFIED) {
            return violations;
        }
        if (d.newMeasure() != null) {
            boolean milder = d.newMeasure() != Measure.LIFT && d.newMeasure() != Measure.FREEZE_WITHDRAWALS
                    && current.severity() > 0 && d.newMeasure().severity() < current.severity();
            if (!milder) {
                violations.add(Violation.of("modification-not-milder", d.newMeasure() + " is not milder than " + current
                        + "; to end the measure, overturn it", d.newMeasure(), current));
            }
        }
        Measure resulting = d.newMeasure() == null ? current : d.newMeasure();
        if (d.extraWindowDays() != null && !resulting.hasWindow()) {
            violations.add(Violation.of("no-window", resulting + " has no withdrawal window to extend", resulting));
        }
        return violations;
    }
}
