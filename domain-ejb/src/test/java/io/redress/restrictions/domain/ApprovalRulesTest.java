package io.redress.restrictions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.shared.domain.Actor;
import io.redress.shared.domain.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApprovalRulesTest {

    private static final String REQUESTER = "agent.ann";
    private static final RetaliationGuard.Assessment NO_COMPLAINT = new RetaliationGuard.Assessment(false, null);
    private static final RetaliationGuard.Assessment AFTER_COMPLAINT =
            new RetaliationGuard.Assessment(true, "PUBLIC_POST https://x.example/p/1 on 2025-06-10T18:00:00Z");
    private static final String ATTESTATION = "KYC request predates the post by three weeks; unrelated to it.";

    private static final Actor AGENT = new Actor("agent.carl", Set.of(Role.AGENT), "10.0.0.2");
    private static final Actor SUPERVISOR = new Actor("sup.bob", Set.of(Role.SUPERVISOR), "10.0.0.3");
    private static final Actor COMPLIANCE = new Actor("cmp.dora", Set.of(Role.COMPLIANCE), "10.0.0.4");
    private static final Actor SUPERVISOR_AND_COMPLIANCE = new Actor("eve", Set.of(Role.SUPERVISOR, Role.COMPLIANCE), "10.0.0.5");

    private static List<String> rules(Actor approver, Measure measure, Role reasonRole, RetaliationGuard.Assessment guard,
                                      String attestation) {
        return ApprovalRules.check(approver, REQUESTER, measure, reasonRole, guard, attestation).stream()
                .map(Violation::rule).toList();
    }

    // ---- requiredRole

    @Test
    void aSupervisorReasonForAMildMeasureNeedsASupervisor() {
        assertEquals(Role.SUPERVISOR, ApprovalRules.requiredRole(Measure.WITHDRAW_ONLY, Role.SUPERVISOR, NO_COMPLAINT));
        assertEquals(Role.SUPERVISOR, ApprovalRules.requiredRole(Measure.LIFT, Role.SUPERVISOR, NO_COMPLAINT));
    }

    @Test
    void withoutARoleFromTheReasonASupervisorIsNeeded() {
        assertEquals(Role.SUPERVISOR, ApprovalRules.requiredRole(Measure.WITHDRAW_ONLY, null, NO_COMPLAINT));
    }

    @Test
    void aComplianceReasonNeedsCompliance() {
        assertEquals(Role.COMPLIANCE, ApprovalRules.requiredRole(Measure.WITHDRAW_ONLY, Role.COMPLIANCE, NO_COMPLAINT));
    }

    @ParameterizedTest
    @EnumSource(value = Measure.class, names = {"SUSPEND", "CLOSE", "FREEZE_WITHDRAWALS"})
    void severeMeasuresAlwaysNeedComplianceWhateverTheReasonSays(Measure measure) {
        assertEquals(Role.COMPLIANCE, ApprovalRules.requiredRole(measure, Role.SUPERVISOR, NO_COMPLAINT));
        assertEquals(Role.COMPLIANCE, ApprovalRules.requiredRole(measure, Role.COMPLIANCE, NO_COMPLAINT));
        assertEquals(Role.COMPLIANCE, ApprovalRules.requiredRole(measure, null, NO_COMPLAINT));
    }

    @Test
    void aRecentComplaintRaisesTheRequiredRoleToCompliance() {
        assertEquals(Role.COMPLIANCE, ApprovalRules.requiredRole(Measure.WITHDRAW_ONLY, Role.SUPERVISOR, AFTER_COMPLAINT));
        assertEquals(Role.COMPLIANCE, ApprovalRules.requiredRole(Measure.WITHDRAW_ONLY, null, AFTER_COMPLAINT));
    }

    // ---- check

    @Test
    void aSupervisorWhoDidNotRequestItMayApproveASupervisorReason() {
        assertEquals(List.of(), rules(SUPERVISOR, Measure.WITHDRAW_ONLY, Role.SUPERVISOR, NO_COMPLAINT, null));
    }

    @Test
    void theRequesterCannotApproveTheirOwnRequest() {
        Actor requesterAsApprover = new Actor(REQUESTER, Set.of(Role.SUPERVISOR, Role.COMPLIANCE), "10.0.0.1");

        assertEquals(List.of("four-eyes"), rules(requesterAsApprover, Measure.WITHDRAW_ONLY, Role.SUPERVISOR, NO_COMPLAINT, null));
        assertEquals(List.of("four-eyes"), rules(requesterAsApprover, Measure.SUSPEND, Role.COMPLIANCE, NO_COMPLAINT, null));
    }

    @Test
    void anAgentCannotApproveASupervisorReason() {
        List<Violation> v = ApprovalRules.check(AGENT, REQUESTER, Measure.WITHDRAW_ONLY, Role.SUPERVISOR, NO_COMPLAINT, null);

        assertEquals(List.of("approver-role"), v.stream().map(Violation::rule).toList());
        assertTrue(v.get(0).message().contains("SUPERVISOR"), v.get(0).message());
    }

    @ParameterizedTest
    @EnumSource(value = Measure.class, names = {"SUSPEND", "CLOSE", "FREEZE_WITHDRAWALS"})
    void aSupervisorCannotApproveASevereMeasureEvenIfTheReasonSaysSupervisor(Measure measure) {
        List<Violation> v = ApprovalRules.check(SUPERVISOR, REQUESTER, measure, Role.SUPERVISOR, NO_COMPLAINT, null);

        assertEquals(List.of("approver-role"), v.stream().map(Violation::rule).toList());
        assertTrue(v.get(0).message().contains(measure.name()), v.get(0).message());
        assertTrue(v.get(0).message().contains("COMPLIANCE"), v.get(0).message());
    }

    @ParameterizedTest
    @EnumSource(value = Measure.class, names = {"SUSPEND", "CLOSE", "FREEZE_WITHDRAWALS"})
    void aComplianceOfficerMayApproveASevereMeasure(Measure measure) {
        assertEquals(List.of(), rules(COMPLIANCE, measure, Role.SUPERVISOR, NO_COMPLAINT, null));
        assertEquals(List.of(), rules(COMPLIANCE, measure, Role.COMPLIANCE, NO_COMPLAINT, null));
    }

    @Test
    void aComplianceReasonNeedsAComplianceApprover() {
        assertEquals(List.of("approver-role"), rules(SUPERVISOR, Measure.WITHDRAW_ONLY, Role.COMPLIANCE, NO_COMPLAINT, null));
        assertEquals(List.of(), rules(COMPLIANCE, Measure.WITHDRAW_ONLY, Role.COMPLIANCE, NO_COMPLAINT, null));
    }

    @Test
    void afterAComplaintASupervisorIsRefusedUnderTheRetaliationGuard() {
        List<Violation> v = ApprovalRules.check(SUPERVISOR, REQUESTER, Measure.WITHDRAW_ONLY, Role.SUPERVISOR,
                AFTER_COMPLAINT, ATTESTATION);

        assertEquals(List.of("retaliation-guard"), v.stream().map(Violation::rule).toList());
        assertTrue(v.get(0).message().contains("COMPLIANCE"), v.get(0).message());
    }

    @Test
    void afterAComplaintASevereMeasureIsStillRefusedForItsRole() {
        assertEquals(List.of("approver-role"), rules(SUPERVISOR, Measure.SUSPEND, Role.SUPERVISOR, AFTER_COMPLAINT, ATTESTATION));
    }

    @ParameterizedTest
    @EnumSource(value = Measure.class, names = "LIFT", mode = EnumSource.Mode.EXCLUDE)
    void afterAComplaintAComplianceOfficerWithAnAttestationMayApprove(Measure measure) {
        assertEquals(List.of(), rules(COMPLIANCE, measure, Role.SUPERVISOR, AFTER_COMPLAINT, ATTESTATION));
        assertEquals(List.of(), rules(SUPERVISOR_AND_COMPLIANCE, measure, Role.SUPERVISOR, AFTER_COMPLAINT, ATTESTATION));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "Unrelated.", "This is not about the complaint at all."})
    void afterAComplaintAMissingOrShortAttestationIsRefused(String attestation) {
        List<Violation> v = ApprovalRules.check(COMPLIANCE, REQUESTER, Measure.WITHDRAW_ONLY, Role.SUPERVISOR,
                AFTER_COMPLAINT, attestation);

        assertEquals(List.of("attestation-required"), v.stream().map(Violation::rule).toList());
        assertTrue(v.get(0).message().contains(AFTER_COMPLAINT.summary()), "the approver is told which complaint");
        assertTrue(v.get(0).message().contains(String.valueOf(RetaliationGuard.MIN_ATTESTATION)), v.get(0).message());
    }

    @Test
    void anAttestationCountsOnlyItsTextNotSurroundingSpaces() {
        String thirtyNine = "a".repeat(RetaliationGuard.MIN_ATTESTATION - 1);
        String forty = "a".repeat(RetaliationGuard.MIN_ATTESTATION);

        assertEquals(List.of("attestation-required"),
                rules(COMPLIANCE, Measure.WITHDRAW_ONLY, Role.SUPERVISOR, AFTER_COMPLAINT, "  " + thirtyNine + "  "));
        assertEquals(List.of(), rules(COMPLIANCE, Measure.WITHDRAW_ONLY, Role.SUPERVISOR, AFTER_COMPLAINT, forty));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "short"})
    void withoutARecentComplaintNoAttestationIsNeeded(String attestation) {
        assertEquals(List.of(), rules(SUPERVISOR, Measure.WITHDRAW_ONLY, Role.SUPERVISOR, NO_COMPLAINT, attestation));
    }

    @Test
    void everyBrokenRuleIsReportedTogether() {
        Actor requesterAsAgent = new Actor(REQUESTER, Set.of(Role.AGENT), "10.0.0.1");

        assertEquals(List.of("four-eyes", "retaliation-guard", "attestation-required"),
                rules(requesterAsAgent, Measure.WITHDRAW_ONLY, Role.SUPERVISOR, AFTER_COMPLAINT, null));
        assertEquals(List.of("four-eyes", "approver-role", "attestation-required"),
                rules(requesterAsAgent, Measure.CLOSE, Role.SUPERVISOR, AFTER_COMPLAINT, ""));
    }

    @Test
    void aComplianceOfficerMayApproveWhatASupervisorMayAndActsAsCompliance() {
        assertEquals(List.of(), ApprovalRules.check(COMPLIANCE, REQUESTER, Measure.WITHDRAW_ONLY, Role.SUPERVISOR, NO_COMPLAINT, null));
        assertEquals(Role.COMPLIANCE, ApprovalRules.actingRole(COMPLIANCE, Role.SUPERVISOR));
        assertEquals(null, ApprovalRules.actingRole(SUPERVISOR, Role.COMPLIANCE), "never the other way round");
    }

    @Test
    void whoMayApproveIsKnownBeforeAnythingIsWrittenAndNeedsNoAttestation() {
        assertEquals(List.of(), ApprovalRules.whoMayApprove(COMPLIANCE, REQUESTER, Measure.WITHDRAW_ONLY, Role.SUPERVISOR,
                AFTER_COMPLAINT), "the attestation is asked for in the form, not a reason to hide Approve");
        assertEquals(List.of("retaliation-guard"), ApprovalRules.whoMayApprove(SUPERVISOR, REQUESTER, Measure.WITHDRAW_ONLY,
                Role.SUPERVISOR, AFTER_COMPLAINT).stream().map(Violation::rule).toList());
        assertEquals(List.of("approver-role"), ApprovalRules.whoMayApprove(SUPERVISOR, REQUESTER, Measure.SUSPEND,
                Role.SUPERVISOR, NO_COMPLAINT).stream().map(Violation::rule).toList());
        assertEquals(List.of("four-eyes"), ApprovalRules.whoMayApprove(SUPERVISOR, SUPERVISOR.name(), Measure.WITHDRAW_ONLY,
                Role.SUPERVISOR, NO_COMPLAINT).stream().map(Violation::rule).toList());
    }

    @Test
    void anyoneButTheRequesterMayReject() {
        assertEquals(List.of(), ApprovalRules.whoMayReject(SUPERVISOR, REQUESTER));
        assertEquals(List.of("four-eyes"), ApprovalRules.whoMayReject(SUPERVISOR, SUPERVISOR.name()).stream()
                .map(Violation::rule).toList());
    }

    // ---- requiredRolesCovered: what the inbox's "only what I may approve" asks the database for

    @Test
    void aSupervisorCoversSupervisorRequestsAComplianceOfficerBothAnAgentNone() {
        assertEquals(Set.of(Role.SUPERVISOR), ApprovalRules.requiredRolesCovered(SUPERVISOR));
        assertEquals(Set.of(Role.SUPERVISOR, Role.COMPLIANCE), ApprovalRules.requiredRolesCovered(COMPLIANCE));
        assertEquals(Set.of(Role.SUPERVISOR, Role.COMPLIANCE), ApprovalRules.requiredRolesCovered(SUPERVISOR_AND_COMPLIANCE));
        assertEquals(Set.of(), ApprovalRules.requiredRolesCovered(AGENT));
    }

    @Test
    void theRoleRuleHoldsExactlyWhenTheRequiredRoleIsOneTheApproverCovers() {
        for (Actor approver : List.of(AGENT, SUPERVISOR, COMPLIANCE, SUPERVISOR_AND_COMPLIANCE)) {
            for (Measure measure : Measure.values()) {
                for (Role reasonRole : new Role[] {null, Role.SUPERVISOR, Role.COMPLIANCE}) {
                    for (RetaliationGuard.Assessment guard : List.of(NO_COMPLAINT, AFTER_COMPLAINT)) {
                        boolean covered = ApprovalRules.requiredRolesCovered(approver)
                                .contains(ApprovalRules.requiredRole(measure, reasonRole, guard));
                        boolean mayApprove = ApprovalRules.whoMayApprove(approver, REQUESTER, measure, reasonRole, guard).isEmpty();
                        assertEquals(mayApprove, covered, approver.name() + " " + measure + " " + reasonRole + " " + guard);
                    }
                }
            }
        }
    }

    @Test
    void severeAndPunitiveMeasuresAreListedForTheDatabase() {
        assertEquals(List.of(Measure.SUSPEND, Measure.CLOSE, Measure.FREEZE_WITHDRAWALS), ApprovalRules.severeMeasures());
        assertTrue(ApprovalRules.punitiveMeasures().containsAll(List.of(Measure.WITHDRAW_ONLY, Measure.SUSPEND, Measure.CLOSE,
                Measure.FREEZE_WITHDRAWALS)));
        assertTrue(!ApprovalRules.punitiveMeasures().contains(Measure.LIFT), "lifting a measure is never retaliation");
    }
}
