package io.redress.restrictions.domain;

import io.redress.shared.domain.Actor;
import io.redress.shared.domain.Permission;
import io.redress.shared.domain.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Four eyes and the right eyes: the approver is not the requester, holds the role the reason requires,
 * is a compliance officer for suspension, closure and withdrawal freezes, and, when the retaliation guard
 * applies, is a compliance officer who attests in writing that the measure is unrelated to the complaint.
 */
public final class ApprovalRules {

    private ApprovalRules() {
    }

    /** The role the approver must hold, all rules considered. */
    public static Role requiredRole(Measure measure, Role reasonApproverRole, RetaliationGuard.Assessment guard) {
        if (measure.severe() || guard.applies() || reasonApproverRole == Role.COMPLIANCE) {
            return Role.COMPLIANCE;
        }
        return reasonApproverRole == null ? Role.SUPERVISOR : reasonApproverRole;
    }

    /**
     * The role the approver acts in: the required one, or COMPLIANCE where a SUPERVISOR suffices (a compliance
     * officer may approve anything a supervisor may). Null when neither is held.
     */
    public static Role actingRole(Actor approver, Role required) {
        if (approver.has(required)) {
            return required;
        }
        return required == Role.SUPERVISOR && approver.has(Role.COMPLIANCE) ? Role.COMPLIANCE : null;
    }

    /**
     * Every role a request may require (an approving role, the only ones a reason may name: {@link CatalogueRules}) that
     * {@code approver} can act in ({@link #actingRole}): what the approval inbox asks the database for when it lists
     * only the requests the person may approve.
     */
    public static Set<Role> requiredRolesCovered(Actor approver) {
        return Permission.RESTRICTION_APPROVE.roles().stream().filter(r -> actingRole(approver, r) != null)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    /** The measures that always require a compliance officer ({@link Measure#severe}). */
    public static List<Measure> severeMeasures() {
        return Arrays.stream(Measure.values()).filter(Measure::severe).toList();
    }

    /** The measures the retaliation guard looks at ({@link Measure#punitive}). */
    public static List<Measure> punitiveMeasures() {
        return Arrays.stream(Measure.values()).filter(Measure::punitive).toList();
    }

    public static List<Violation> check(Actor approver, String requestedBy, Measure measure, Role reasonApproverRole,
                                        RetaliationGuard.Assessment guard, String attestation) {
        List<Violation> violations = new ArrayList<>(whoMayApprove(approver, requestedBy, measure, reasonApproverRole, guard));
        if (guard.applies() && (attestation == null || attestation.trim().length() < RetaliationGuard.MIN_ATTESTATION)) {
            violations.add(Violation.of("attestation-required", "The customer complained in the last 30 days ("
                    + guard.summary() + "): attest in writing, in at least " + RetaliationGuard.MIN_ATTESTATION
                    + " characters, that this measure is unrelated to the complaint", RetaliationGuard.MIN_ATTESTATION));
        }
        return violations;
    }

    /**
     * The rules about who approves, before anything is written: empty when {@code approver} may approve this request
     * (then only the attestation, if the guard applies, remains). Screens ask this to offer Approve only to them.
     */
    public static List<Violation> whoMayApprove(Actor approver, String requestedBy, Measure measure, Role reasonApproverRole,
                                                RetaliationGuard.Assessment guard) {
        List<Violation> violations = new ArrayList<>();
        if (approver.name().equals(requestedBy)) {
            violations.add(new Violation("four-eyes", "The person who requested a measure cannot approve it"));
        }
        Role required = requiredRole(measure, reasonApproverRole, guard);
        if (actingRole(approver, required) == null) {
            String why = measure.severe() ? measure + " always needs a COMPLIANCE approver"
                    : guard.applies() ? "the customer complained in the last 30 days, so a COMPLIANCE approver is needed"
                    : "reason requires a " + required + " approver";
            violations.add(Violation.of(guard.applies() && !measure.severe() ? "retaliation-guard" : "approver-role", why,
                    measure.severe() || guard.applies() ? Role.COMPLIANCE : required));
        }
        return violations;
    }

    /** Who rejects: anyone holding the permission but the requester, who withdraws a request by cancelling it. */
    public static List<Violation> whoMayReject(Actor rejecter, String requestedBy) {
        return rejecter.name().equals(requestedBy)
                ? List.of(new Violation("four-eyes", "The requester withdraws a request by cancelling it, not rejecting it"))
                : List.of();
    }
}
