package io.redress.restrictions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.shared.domain.Actor;
import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AppealRulesTest {

    private static final String REASONS = "The KYC documents were received before the deadline.";
    private static final String REQUESTER = "agent.ann";
    private static final String APPROVER = "sup.bob";

    private static final Actor SUPERVISOR = new Actor("sup.fay", Set.of(Role.SUPERVISOR), "10.0.0.6");
    private static final Actor COMPLIANCE = new Actor("cmp.dora", Set.of(Role.COMPLIANCE), "10.0.0.4");
    private static final Actor AGENT = new Actor("agent.carl", Set.of(Role.AGENT), "10.0.0.2");

    private static AppealDecision decision(AppealOutcome outcome, Measure newMeasure, Integer extraDays) {
        return new AppealDecision(outcome, REASONS, newMeasure, extraDays);
    }

    private static List<String> fields(AppealDecision d) {
        return AppealRules.checkDecisionFields(d).stream().map(FieldError::field).toList();
    }

    private static List<String> reviewerRules(Actor reviewer, Measure measure) {
        return AppealRules.checkReviewer(reviewer, REQUESTER, APPROVER, measure).stream().map(Violation::rule).toList();
    }

    private static List<String> modificationRules(Measure current, Measure newMeasure, Integer extraDays) {
        return AppealRules.checkModification(current, decision(AppealOutcome.MODIFIED, newMeasure, extraDays)).stream()
                .map(Violation::rule).toList();
    }

    // ---- statement

    @Test
    void aStatementOfGroundsIsAccepted() {
        assertEquals(List.of(), AppealRules.checkStatement("I sent the documents on 3 May."));
        assertEquals(List.of(), AppealRules.checkStatement("x".repeat(4000)));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\n"})
    void anAppealWithoutGroundsIsRejected(String statement) {
        assertEquals(List.of("statement"), AppealRules.checkStatement(statement).stream().map(FieldError::field).toList());
    }

    @Test
    void aStatementMayHaveAtMost4000Characters() {
        List<FieldError> errors = AppealRules.checkStatement("x".repeat(4001));

        assertEquals(List.of("statement"), errors.stream().map(FieldError::field).toList());
        assertTrue(errors.get(0).message().contains("4000"), errors.get(0).message());
    }

    // ---- decision fields

    @ParameterizedTest
    @EnumSource(value = AppealOutcome.class, names = {"UPHELD", "OVERTURNED"})
    void anUpheldOrOverturnedDecisionNeedsOnlyTheOutcomeAndReasons(AppealOutcome outcome) {
        assertEquals(List.of(), AppealRules.checkDecisionFields(decision(outcome, null, null)));
    }

    @Test
    void aModifiedDecisionWithAMilderMeasureOrExtraDaysIsWellFormed() {
        assertEquals(List.of(), fields(decision(AppealOutcome.MODIFIED, Measure.WITHDRAW_ONLY, null)));
        assertEquals(List.of(), fields(decision(AppealOutcome.MODIFIED, null, 7)));
        assertEquals(List.of(), fields(decision(AppealOutcome.MODIFIED, Measure.WITHDRAW_ONLY, 7)));
    }

    @Test
    void theOutcomeIsRequired() {
        assertEquals(List.of("outcome"), fields(new AppealDecision(null, REASONS, null, null)));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Upheld.", "nineteen characters", "   nineteen chars.   "})
    void writtenReasonsOfAtLeastTwentyCharactersAreRequired(String reasons) {
        List<FieldError> errors = AppealRules.checkDecisionFields(new AppealDecision(AppealOutcome.UPHELD, reasons, null, null));

        assertEquals(List.of("reasons"), errors.stream().map(FieldError::field).toList());
        assertTrue(errors.get(0).message().contains("20"), errors.get(0).message());
    }

    @Test
    void reasonsRunFromTwentyTo4000Characters() {
        assertEquals(List.of(), fields(new AppealDecision(AppealOutcome.UPHELD, "r".repeat(20), null, null)));
        assertEquals(List.of(), fields(new AppealDecision(AppealOutcome.UPHELD, "r".repeat(4000), null, null)));
        assertEquals(List.of("reasons"), fields(new AppealDecision(AppealOutcome.UPHELD, "r".repeat(4001), null, null)));
    }

    @Test
    void aModifiedDecisionMustSayWhatChanges() {
        assertEquals(List.of("newMeasure"), fields(decision(AppealOutcome.MODIFIED, null, null)));
    }

    @ParameterizedTest
    @EnumSource(value = AppealOutcome.class, names = {"UPHELD", "OVERTURNED"})
    void onlyAModifiedDecisionMayChangeTheMeasureOrTheWindow(AppealOutcome outcome) {
        assertEquals(List.of("outcome"), fields(decision(outcome, Measure.WITHDRAW_ONLY, null)));
        assertEquals(List.of("outcome"), fields(decision(outcome, null, 7)));
        assertEquals(List.of("outcome"), fields(decision(outcome, Measure.WITHDRAW_ONLY, 7)));
    }

    @Test
    void extraWindowDaysRunFrom1To365() {
        assertEquals(List.of(), fields(decision(AppealOutcome.MODIFIED, null, 1)));
        assertEquals(List.of(), fields(decision(AppealOutcome.MODIFIED, null, 365)));
        assertEquals(List.of("extraWindowDays"), fields(decision(AppealOutcome.MODIFIED, null, 0)));
        assertEquals(List.of("extraWindowDays"), fields(decision(AppealOutcome.MODIFIED, null, -3)));
        assertEquals(List.of("extraWindowDays"), fields(decision(AppealOutcome.MODIFIED, null, 366)));
    }

    @Test
    void everyBadDecisionFieldIsReportedAtOnce() {
        assertEquals(List.of("reasons", "extraWindowDays", "outcome"),
                fields(new AppealDecision(AppealOutcome.UPHELD, "no", Measure.SUSPEND, 0)));
    }

    // ---- reviewer

    @Test
    void theRequesterCannotDecideTheAppeal() {
        Actor requester = new Actor(REQUESTER, Set.of(Role.SUPERVISOR, Role.COMPLIANCE), "10.0.0.1");

        assertEquals(List.of("reviewer-involved"), reviewerRules(requester, Measure.WITHDRAW_ONLY));
        assertEquals(List.of("reviewer-involved"), reviewerRules(requester, Measure.SUSPEND));
    }

    @Test
    void theApproverCannotDecideTheAppeal() {
        Actor approver = new Actor(APPROVER, Set.of(Role.SUPERVISOR, Role.COMPLIANCE), "10.0.0.3");

        assertEquals(List.of("reviewer-involved"), reviewerRules(approver, Measure.WITHDRAW_ONLY));
        assertEquals(List.of("reviewer-involved"), reviewerRules(approver, Measure.CLOSE));
    }

    @Test
    void anUninvolvedSupervisorMayDecideAnAppealAgainstWithdrawOnly() {
        assertEquals(List.of(), reviewerRules(SUPERVISOR, Measure.WITHDRAW_ONLY));
    }

    @ParameterizedTest
    @EnumSource(Measure.class)
    void anUninvolvedComplianceOfficerMayDecideAnyAppeal(Measure measure) {
        assertEquals(List.of(), reviewerRules(COMPLIANCE, measure));
    }

    @ParameterizedTest
    @EnumSource(value = Measure.class, names = {"SUSPEND", "CLOSE", "FREEZE_WITHDRAWALS"})
    void onlyAComplianceOfficerDecidesAnAppealAgainstASevereMeasure(Measure measure) {
        List<Violation> v = AppealRules.checkReviewer(SUPERVISOR, REQUESTER, APPROVER, measure);

        assertEquals(List.of("reviewer-role"), v.stream().map(Violation::rule).toList());
        assertTrue(v.get(0).message().contains("COMPLIANCE"), v.get(0).message());
    }

    @Test
    void anAgentCannotDecideAnAppeal() {
        assertEquals(List.of("reviewer-role"), reviewerRules(AGENT, Measure.WITHDRAW_ONLY));
    }

    @Test
    void anInvolvedReviewerWithoutTheRoleBreaksBothRules() {
        Actor requesterAsSupervisor = new Actor(REQUESTER, Set.of(Role.SUPERVISOR), "10.0.0.1");

        assertEquals(List.of("reviewer-involved", "reviewer-role"), reviewerRules(requesterAsSupervisor, Measure.CLOSE));
    }

    // ---- modification

    @Test
    void aMilderMeasureIsAnAcceptableModification() {
        assertEquals(List.of(), modificationRules(Measure.CLOSE, Measure.WITHDRAW_ONLY, null));
        assertEquals(List.of(), modificationRules(Measure.SUSPEND, Measure.WITHDRAW_ONLY, null));
        assertEquals(List.of(), modificationRules(Measure.CLOSE, Measure.SUSPEND, null));
    }

    @Test
    void aHarsherMeasureIsNotAModificationInTheCustomersFavour() {
        List<Violation> v = AppealRules.checkModification(Measure.WITHDRAW_ONLY,
                decision(AppealOutcome.MODIFIED, Measure.CLOSE, null));

        assertEquals(List.of("modification-not-milder"), v.stream().map(Violation::rule).toList());
        assertTrue(v.get(0).message().contains("CLOSE") && v.get(0).message().contains("WITHDRAW_ONLY"), v.get(0).message());
        assertEquals(List.of("modification-not-milder"), modificationRules(Measure.WITHDRAW_ONLY, Measure.SUSPEND, null));
        assertEquals(List.of("modification-not-milder"), modificationRules(Measure.SUSPEND, Measure.CLOSE, null));
    }

    @ParameterizedTest
    @EnumSource(value = Measure.class, names = {"WITHDRAW_ONLY", "SUSPEND", "CLOSE"})
    void theSameMeasureIsNotMilder(Measure measure) {
        assertEquals(List.of("modification-not-milder"), modificationRules(measure, measure, null));
    }

    @ParameterizedTest
    @EnumSource(Measure.class)
    void liftingOrFreezingIsNeverAModification(Measure current) {
        assertEquals(List.of("modification-not-milder"), modificationRules(current, Measure.LIFT, null));
        assertEquals(List.of("modification-not-milder"), modificationRules(current, Measure.FREEZE_WITHDRAWALS, null));
    }

    @ParameterizedTest
    @EnumSource(Measure.class)
    void aFreezeCannotBeModifiedIntoAStatusMeasure(Measure newMeasure) {
        assertEquals(List.of("modification-not-milder"), modificationRules(Measure.FREEZE_WITHDRAWALS, newMeasure, null));
    }

    @ParameterizedTest
    @EnumSource(value = Measure.class, names = {"WITHDRAW_ONLY", "CLOSE"})
    void extraDaysMayBeAddedToAWindow(Measure current) {
        assertEquals(List.of(), modificationRules(current, null, 14));
    }

    @Test
    void extraDaysMayComeWithAMilderMeasureThatHasAWindow() {
        assertEquals(List.of(), modificationRules(Measure.SUSPEND, Measure.WITHDRAW_ONLY, 14));
        assertEquals(List.of(), modificationRules(Measure.CLOSE, Measure.WITHDRAW_ONLY, 14));
    }

    @ParameterizedTest
    @EnumSource(value = Measure.class, names = {"SUSPEND", "FREEZE_WITHDRAWALS"})
    void extraDaysOnAMeasureWithoutAWindowAreRefused(Measure current) {
        List<Violation> v = AppealRules.checkModification(current, decision(AppealOutcome.MODIFIED, null, 14));

        assertEquals(List.of("no-window"), v.stream().map(Violation::rule).toList());
        assertTrue(v.get(0).message().contains(current.name()), v.get(0).message());
    }

    @Test
    void extraDaysAreJudgedOnTheMeasureThatResults() {
        assertEquals(List.of("no-window"), modificationRules(Measure.CLOSE, Measure.SUSPEND, 14));
    }

    @Test
    void aHarsherMeasureWithoutAWindowAndExtraDaysBreaksBothRules() {
        assertEquals(List.of("modification-not-milder", "no-window"),
                modificationRules(Measure.WITHDRAW_ONLY, Measure.SUSPEND, 14));
    }

    @ParameterizedTest
    @EnumSource(value = AppealOutcome.class, names = {"UPHELD", "OVERTURNED"})
    void onlyAModifiedDecisionIsCheckedForMildness(AppealOutcome outcome) {
        assertEquals(List.of(), AppealRules.checkModification(Measure.WITHDRAW_ONLY, decision(outcome, Measure.CLOSE, 3)));
    }

    @Test
    void withOnlyTheRequesterAndTheApproverHoldingAReviewerRoleNobodyMayDecide() {
        // the approver of a closure is a compliance officer; the only other compliance officer requested it
        var staff = java.util.Map.of(REQUESTER, Set.of(Role.AGENT, Role.COMPLIANCE), APPROVER, Set.of(Role.COMPLIANCE),
                "sup.fay", Set.of(Role.SUPERVISOR), "agent.carl", Set.of(Role.AGENT));
        assertFalse(AppealRules.hasEligibleReviewer(staff, REQUESTER, APPROVER, Measure.CLOSE),
                "a supervisor may not decide an appeal against a closure");
        assertTrue(AppealRules.hasEligibleReviewer(staff, REQUESTER, APPROVER, Measure.WITHDRAW_ONLY),
                "the supervisor is uninvolved and may decide a milder measure");
    }

    @Test
    void anUninvolvedComplianceOfficerMayDecideAnyAppeal() {
        var staff = java.util.Map.of(REQUESTER, Set.of(Role.AGENT), APPROVER, Set.of(Role.COMPLIANCE),
                "cmp.dora", Set.of(Role.COMPLIANCE));
        for (Measure m : Measure.values()) {
            assertTrue(AppealRules.hasEligibleReviewer(staff, REQUESTER, APPROVER, m), m.name());
        }
        assertFalse(AppealRules.hasEligibleReviewer(java.util.Map.of(), REQUESTER, APPROVER, Measure.SUSPEND));
    }

    @Test
    void theReviewerRolesAreTheRolesTheReviewerCheckAccepts() {
        for (Measure m : Measure.values()) {
            for (Role role : Role.values()) {
                Actor reviewer = new Actor("someone.else", Set.of(role), "10.0.0.9");
                boolean accepted = !AppealRules.checkReviewer(reviewer, REQUESTER, APPROVER, m).stream()
                        .map(Violation::rule).toList().contains("reviewer-role");
                assertEquals(AppealRules.reviewerRoles(m).contains(role), accepted, m + " " + role);
            }
        }
    }

    @Test
    void anAppealIsNearItsDeadlineFromThreeDaysBeforeItAndStaysSoOncePast() {
        Instant now = Instant.parse("2026-11-30T12:00:00Z");
        assertTrue(AppealRules.nearDeadline(now.plus(Duration.ofDays(3)), now));
        assertTrue(AppealRules.nearDeadline(now.minusSeconds(1), now), "past it");
        assertFalse(AppealRules.nearDeadline(now.plus(Duration.ofDays(3)).plusSeconds(1), now));
    }

    @Test
    void aSupervisorReviewsOnlyTheMilderMeasuresAComplianceOfficerEveryOne() {
        Set<Measure> supervisor = AppealRules.reviewableBy(EnumSet.of(Role.SUPERVISOR));
        assertTrue(supervisor.contains(Measure.WITHDRAW_ONLY));
        assertFalse(supervisor.contains(Measure.CLOSE));
        assertFalse(supervisor.contains(Measure.SUSPEND));
        assertEquals(EnumSet.allOf(Measure.class),
                AppealRules.reviewableBy(EnumSet.of(Role.COMPLIANCE)));
        assertTrue(AppealRules.reviewableBy(EnumSet.of(Role.AGENT, Role.AUDITOR)).isEmpty());
    }
}
