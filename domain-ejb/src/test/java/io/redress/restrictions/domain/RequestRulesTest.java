package io.redress.restrictions.domain;

import io.redress.accounts.api.AccountStatus;
import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestRulesTest {

    private static final String ACCOUNT = "ACC-1";
    private static final String JUSTIFICATION = "KYC refresh requested on 2 May, two reminders, no reply.";
    private static final Instant T = Instant.parse("2025-06-01T10:00:00Z");

    private static RestrictionRequest request(Measure measure, String reasonCode, String justification,
                                              List<String> evidence, Integer windowDays, Integer durationDays,
                                              Long liftsRestrictionId) {
        return new RestrictionRequest(measure, reasonCode, justification, evidence, windowDays, durationDays,
                liftsRestrictionId);
    }

    private static RestrictionRequest withdrawOnly() {
        return request(Measure.WITHDRAW_ONLY, "KYC_REVIEW_OVERDUE", JUSTIFICATION, List.of("KYC-REQ-2025-0042"), 14, null, null);
    }

    private static RestrictionRequest ofMeasure(Measure measure) {
        return switch (measure) {
            case WITHDRAW_ONLY, CLOSE -> request(measure, "KYC_REVIEW_OVERDUE", JUSTIFICATION, List.of("KYC-1"), 14, null, null);
            case SUSPEND, FREEZE_WITHDRAWALS -> request(measure, "KYC_REVIEW_OVERDUE", JUSTIFICATION, List.of("KYC-1"), null, 30, null);
            case LIFT -> request(measure, null, JUSTIFICATION, List.of(), null, null, 77L);
        };
    }

    private static RestrictionRequest withJustification(String justification) {
        RestrictionRequest r = withdrawOnly();
        return request(r.measure(), r.reasonCode(), justification, r.evidence(), r.windowDays(), null, null);
    }

    private static RestrictionRequest withEvidence(List<String> evidence) {
        RestrictionRequest r = withdrawOnly();
        return request(r.measure(), r.reasonCode(), r.justification(), evidence, r.windowDays(), null, null);
    }

    private static RestrictionRequest withWindow(Measure measure, Integer windowDays) {
        return request(measure, "KYC_REVIEW_OVERDUE", JUSTIFICATION, List.of("KYC-1"), windowDays, null, null);
    }

    private static RestrictionRequest withDuration(Measure measure, Integer durationDays) {
        Integer window = measure.hasWindow() ? 14 : null;
        Long lifts = measure == Measure.LIFT ? 77L : null;
        return request(measure, "KYC_REVIEW_OVERDUE", JUSTIFICATION, List.of("KYC-1"), window, durationDays, lifts);
    }

    private static ReasonView reason(Set<Measure> measures, String requiredEvidence, int minWindowDays, boolean active) {
        return new ReasonView("KYC_REVIEW_OVERDUE", Ground.FAILED_VERIFICATION, "Periodic KYC review overdue", "section 4.2",
                measures, requiredEvidence, Role.SUPERVISOR, minWindowDays, "We asked you to update your documents.", true,
                active, 2, 3);
    }

    private static final int FLOOR = CatalogueRules.DEFAULT_WINDOW_FLOOR_DAYS;

    private static ReasonView kyc() {
        return reason(EnumSet.of(Measure.WITHDRAW_ONLY, Measure.SUSPEND, Measure.CLOSE, Measure.FREEZE_WITHDRAWALS),
                "Reference of the KYC request sent to the customer", 14, true);
    }

    private static RestrictionView restriction(long id, String accountId, Measure measure, RestrictionState state) {
        return new RestrictionView(id, accountId, measure, "KYC_REVIEW_OVERDUE", 2, JUSTIFICATION, List.of("KYC-1"), 14,
                null, null, state, "agent.ann", T, "sup.bob", "SUPERVISOR", T.plusSeconds(3600), "ok", null, false,
                null, T.plusSeconds(86400 * 14), null, null, false, null, null, 1);
    }

    private static List<String> fields(RestrictionRequest r) {
        return RequestRules.checkFields(r).stream().map(FieldError::field).toList();
    }

    private static List<String> rules(RestrictionRequest r, ReasonView reason, AccountStatus status) {
        return RequestRules.checkRules(r, Optional.ofNullable(reason), status, Optional.empty(), ACCOUNT, FLOOR).stream()
                .map(Violation::rule).toList();
    }

    private static List<String> liftRules(RestrictionView target) {
        return RequestRules.checkRules(ofMeasure(Measure.LIFT), Optional.empty(), AccountStatus.WITHDRAW_ONLY,
                Optional.ofNullable(target), ACCOUNT, FLOOR).stream().map(Violation::rule).toList();
    }

    // ---- fields

    @ParameterizedTest
    @EnumSource(Measure.class)
    void aWellFormedRequestForEachMeasureHasNoFieldErrors(Measure measure) {
        assertEquals(List.of(), RequestRules.checkFields(ofMeasure(measure)));
    }

    @Test
    void theMeasureIsRequired() {
        RestrictionRequest r = withdrawOnly();
        List<FieldError> errors = RequestRules.checkFields(
                request(null, r.reasonCode(), r.justification(), r.evidence(), r.windowDays(), null, null));

        assertEquals(List.of(FieldError.required("measure")), errors);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void aReasonCodeIsRequiredForEveryMeasureButLift(String code) {
        for (Measure m : EnumSet.complementOf(EnumSet.of(Measure.LIFT))) {
            RestrictionRequest r = ofMeasure(m);
            RestrictionRequest noReason = request(m, code, r.justification(), r.evidence(), r.windowDays(), r.durationDays(), null);
            assertEquals(List.of("reasonCode"), fields(noReason), m.toString());
        }
        assertEquals(List.of(), fields(request(Measure.LIFT, code, JUSTIFICATION, List.of(), null, null, 77L)));
    }

    @Test
    void aMissingMeasureAndReasonAreBothReported() {
        assertEquals(List.of("measure", "reasonCode"),
                fields(request(null, null, JUSTIFICATION, List.of(), null, null, null)));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"too short", "nineteen characters", "     nineteen chars.     "})
    void aJustificationOfFewerThanTwentyCharactersIsRejected(String justification) {
        List<FieldError> errors = RequestRules.checkFields(withJustification(justification));

        assertEquals(List.of("justification"), errors.stream().map(FieldError::field).toList());
        assertTrue(errors.get(0).message().contains("20"), errors.get(0).message());
    }

    @Test
    void aJustificationRunsFromTwentyTo4000Characters() {
        assertEquals(List.of(), fields(withJustification("j".repeat(20))));
        assertEquals(List.of(), fields(withJustification("j".repeat(4000))));

        List<FieldError> tooLong = RequestRules.checkFields(withJustification("j".repeat(4001)));
        assertEquals(List.of("justification"), tooLong.stream().map(FieldError::field).toList());
        assertTrue(tooLong.get(0).message().contains("4000"), tooLong.get(0).message());
    }

    @Test
    void noEvidenceIsAWellFormedRequest() {
        assertEquals(List.of(), fields(withEvidence(null)));
        assertEquals(List.of(), fields(withEvidence(List.of())));
    }

    @Test
    void fiftyEvidenceItemsAreAllowedButNotFiftyOne() {
        List<String> fifty = IntStream.range(0, 50).mapToObj(i -> "ref-" + i).toList();
        List<String> fiftyOne = new ArrayList<>(fifty);
        fiftyOne.add("ref-50");

        assertEquals(List.of(), fields(withEvidence(fifty)));
        assertEquals(List.of("evidence"), fields(withEvidence(fiftyOne)));
    }

    @Test
    void anEvidenceReferenceMayHave500CharactersButNot501() {
        assertEquals(List.of(), fields(withEvidence(List.of("e".repeat(500)))));
        assertEquals(List.of("evidence[0]"), fields(withEvidence(List.of("e".repeat(501)))));
    }

    @Test
    void badEvidenceReferencesAreReportedByTheirIndex() {
        assertEquals(List.of("evidence[1]", "evidence[3]", "evidence[4]"),
                fields(withEvidence(List.of("KYC-1", "", "ticket 42", "two\nlines", "   "))));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 366, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void aWindowOutside0To365DaysIsRejected(int days) {
        assertEquals(List.of("windowDays"), fields(withWindow(Measure.WITHDRAW_ONLY, days)));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 14, 365})
    void aWindowOf0To365DaysIsAccepted(int days) {
        assertEquals(List.of(), fields(withWindow(Measure.WITHDRAW_ONLY, days)));
        assertEquals(List.of(), fields(withWindow(Measure.CLOSE, days)));
    }

    @ParameterizedTest
    @EnumSource(value = Measure.class, names = {"WITHDRAW_ONLY", "CLOSE"})
    void measuresWithAWindowRequireWindowDays(Measure measure) {
        List<FieldError> errors = RequestRules.checkFields(withWindow(measure, null));

        assertEquals(List.of("windowDays"), errors.stream().map(FieldError::field).toList());
        assertTrue(errors.get(0).message().contains(measure.name()), errors.get(0).message());
    }

    @ParameterizedTest
    @EnumSource(value = Measure.class, names = {"SUSPEND", "FREEZE_WITHDRAWALS"})
    void measuresWithoutAWindowDoNotRequireWindowDays(Measure measure) {
        assertEquals(List.of(), fields(withWindow(measure, null)));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 366})
    void aDurationOutside1To365DaysIsRejected(int days) {
        assertEquals(List.of("durationDays"), fields(withDuration(Measure.SUSPEND, days)));
    }

    @ParameterizedTest
    @EnumSource(value = Measure.class, names = {"WITHDRAW_ONLY", "SUSPEND", "FREEZE_WITHDRAWALS"})
    void aTemporaryMeasureMayLastOneTo365Days(Measure measure) {
        assertEquals(List.of(), fields(withDuration(measure, 1)));
        assertEquals(List.of(), fields(withDuration(measure, 365)));
        assertEquals(List.of(), fields(withDuration(measure, null)));
    }

    @ParameterizedTest
    @EnumSource(value = Measure.class, names = {"CLOSE", "LIFT"})
    void aClosureOrALiftCannotBeTemporary(Measure measure) {
        List<FieldError> errors = RequestRules.checkFields(withDuration(measure, 30));

        assertEquals(List.of("durationDays"), errors.stream().map(FieldError::field).toList());
        assertTrue(errors.get(0).message().contains(measure.name()), errors.get(0).message());
    }

    @Test
    void aLiftMustNameTheRestrictionItEnds() {
        assertEquals(List.of("liftsRestrictionId"), fields(request(Measure.LIFT, null, JUSTIFICATION, List.of(), null, null, null)));
    }

    @Test
    void everyBadFieldIsReportedAtOnce() {
        RestrictionRequest bad = request(Measure.CLOSE, " ", "short", List.of("ok", ""), 400, 0, null);

        assertEquals(List.of("reasonCode", "justification", "evidence[1]", "windowDays", "durationDays", "durationDays"),
                fields(bad));
    }

    // ---- rules

    @Test
    void aRequestTheReasonJustifiesBreaksNoRule() {
        assertEquals(List.of(), rules(withdrawOnly(), kyc(), AccountStatus.ACTIVE));
        assertEquals(List.of(), rules(ofMeasure(Measure.SUSPEND), kyc(), AccountStatus.WITHDRAW_ONLY));
        assertEquals(List.of(), rules(ofMeasure(Measure.FREEZE_WITHDRAWALS), kyc(), AccountStatus.SUSPENDED));
    }

    @Test
    void aReasonNotInTheCatalogueIsUnknown() {
        List<Violation> v = RequestRules.checkRules(withdrawOnly(), Optional.empty(), AccountStatus.ACTIVE,
                Optional.empty(), ACCOUNT, FLOOR);

        assertEquals(List.of("unknown-reason"), v.stream().map(Violation::rule).toList());
        assertTrue(v.get(0).message().contains("KYC_REVIEW_OVERDUE"), v.get(0).message());
    }

    @Test
    void aRetiredReasonCannotBeUsed() {
        ReasonView retired = reason(EnumSet.of(Measure.WITHDRAW_ONLY), null, 0, false);

        assertEquals(List.of("reason-retired"), rules(withdrawOnly(), retired, AccountStatus.ACTIVE));
    }

    @Test
    void aReasonJustifiesOnlyItsOwnMeasures() {
        ReasonView suspendOnly = reason(EnumSet.of(Measure.SUSPEND), null, 0, true);

        assertEquals(List.of("measure-not-justified"), rules(withdrawOnly(), suspendOnly, AccountStatus.ACTIVE));
        assertEquals(List.of(), rules(ofMeasure(Measure.SUSPEND), suspendOnly, AccountStatus.ACTIVE));
    }

    @ParameterizedTest
    @EnumSource(value = Measure.class, names = {"WITHDRAW_ONLY", "CLOSE"})
    void aWindowShorterThanTheReasonsMinimumIsRefused(Measure measure) {
        List<Violation> v = RequestRules.checkRules(withWindow(measure, 13), Optional.of(kyc()), AccountStatus.ACTIVE,
                Optional.empty(), ACCOUNT, FLOOR);

        assertEquals(List.of("window-below-minimum"), v.stream().map(Violation::rule).toList());
        assertTrue(v.get(0).message().contains("14"), v.get(0).message());
    }

    @ParameterizedTest
    @EnumSource(value = Measure.class, names = {"WITHDRAW_ONLY", "CLOSE"})
    void aWindowOfExactlyTheMinimumOrLongerIsAccepted(Measure measure) {
        assertEquals(List.of(), rules(withWindow(measure, 14), kyc(), AccountStatus.ACTIVE));
        assertEquals(List.of(), rules(withWindow(measure, 90), kyc(), AccountStatus.ACTIVE));
    }

    private static ReasonView onGround(Ground ground, int minWindowDays) {
        return new ReasonView("OLD_REASON", ground, "A reason from before the floor", "Terms 5.1", EnumSet.of(Measure.WITHDRAW_ONLY,
                Measure.CLOSE, Measure.SUSPEND), "Evidence", Role.COMPLIANCE, minWindowDays, "Text.", true, true, 1, 0);
    }

    @ParameterizedTest
    @EnumSource(value = Measure.class, names = {"WITHDRAW_ONLY", "CLOSE"})
    void theWindowIsNeverShorterThanThePlatformFloorWhateverTheReasonsMinimum(Measure measure) {
        // a reason written before the floor (or before it was raised) still cannot give three days
        List<Violation> v = RequestRules.checkRules(withWindow(measure, 3), Optional.of(onGround(Ground.PLATFORM_CONDUCT, 0)),
                AccountStatus.ACTIVE, Optional.empty(), ACCOUNT, 7);

        assertEquals(List.of("window-below-floor"), v.stream().map(Violation::rule).toList());
        assertTrue(v.get(0).message().contains("7 days"), v.get(0).message());
        assertEquals(List.of(), RequestRules.checkRules(withWindow(measure, 7), Optional.of(onGround(Ground.PLATFORM_CONDUCT, 0)),
                AccountStatus.ACTIVE, Optional.empty(), ACCOUNT, 7));
        assertEquals(List.of("window-below-floor"), RequestRules.checkRules(withWindow(measure, 10),
                Optional.of(onGround(Ground.FRAUD, 0)), AccountStatus.ACTIVE, Optional.empty(), ACCOUNT, 14).stream()
                .map(Violation::rule).toList(), "the floor is configurable");
    }

    @ParameterizedTest
    @EnumSource(value = Ground.class, names = {"LEGAL_ORDER", "SANCTIONS"})
    void aLegalOrderOrSanctionsIsNotHeldToTheFloor(Ground ground) {
        assertEquals(List.of(), RequestRules.checkRules(withWindow(Measure.CLOSE, 0), Optional.of(onGround(ground, 0)),
                AccountStatus.ACTIVE, Optional.empty(), ACCOUNT, 7));
    }

    @Test
    void aSuspensionHasNoWindowAndSoNoFloor() {
        assertEquals(List.of(), RequestRules.checkRules(withWindow(Measure.SUSPEND, 0), Optional.of(onGround(Ground.FRAUD, 0)),
                AccountStatus.ACTIVE, Optional.empty(), ACCOUNT, 7));
    }

    @Test
    void aRequestIsDecidedOnlyUnderTheVersionOfItsReasonItWasMadeUnder() {
        ReasonView v2 = reason(EnumSet.of(Measure.WITHDRAW_ONLY), "e", 14, true);

        assertEquals(List.of(), RequestRules.stillInForce("KYC_REVIEW_OVERDUE", 2, Optional.of(v2)));
        assertEquals(List.of("reason-changed"), RequestRules.stillInForce("KYC_REVIEW_OVERDUE", 1, Optional.of(v2)).stream()
                .map(Violation::rule).toList());
        assertEquals(List.of("reason-retired"), RequestRules.stillInForce("KYC_REVIEW_OVERDUE", 2,
                Optional.of(reason(EnumSet.of(Measure.WITHDRAW_ONLY), "e", 14, false))).stream().map(Violation::rule).toList());
        assertEquals(List.of(), RequestRules.stillInForce(null, null, Optional.empty()), "LIFT has no reason");
    }

    @Test
    void aMeasureWithoutAWindowIsNotHeldToTheMinimum() {
        assertEquals(List.of(), rules(withWindow(Measure.SUSPEND, null), kyc(), AccountStatus.ACTIVE));
        assertEquals(List.of(), rules(withWindow(Measure.SUSPEND, 0), kyc(), AccountStatus.ACTIVE));
    }

    @Test
    void evidenceIsRequiredWhenTheReasonSaysWhich() {
        List<Violation> v = RequestRules.checkRules(withEvidence(List.of()), Optional.of(kyc()), AccountStatus.ACTIVE,
                Optional.empty(), ACCOUNT, FLOOR);

        assertEquals(List.of("evidence-required"), v.stream().map(Violation::rule).toList());
        assertTrue(v.get(0).message().contains("Reference of the KYC request"), v.get(0).message());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void noEvidenceIsNeededWhenTheReasonRequiresNone(String requiredEvidence) {
        ReasonView noEvidence = reason(EnumSet.of(Measure.WITHDRAW_ONLY), requiredEvidence, 0, true);

        assertEquals(List.of(), rules(withEvidence(List.of()), noEvidence, AccountStatus.ACTIVE));
    }

    @ParameterizedTest
    @EnumSource(value = Measure.class, names = "LIFT", mode = EnumSource.Mode.EXCLUDE)
    void aClosedAccountTakesNoNewMeasure(Measure measure) {
        assertEquals(List.of("account-closed"), rules(ofMeasure(measure), kyc(), AccountStatus.CLOSED));
    }

    @Test
    void aClosedAccountWithAnUnknownReasonReportsBoth() {
        assertEquals(List.of("account-closed", "unknown-reason"), rules(withdrawOnly(), null, AccountStatus.CLOSED));
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        ReasonView retiredSuspendOnly = reason(EnumSet.of(Measure.SUSPEND), "Case file", 30, false);

        assertEquals(List.of("account-closed", "reason-retired", "measure-not-justified", "window-below-minimum",
                        "evidence-required"),
                rules(withEvidence(List.of()), retiredSuspendOnly, AccountStatus.CLOSED));
    }

    @Test
    void liftingARestrictionInForceOnTheAccountBreaksNoRule() {
        assertEquals(List.of(), liftRules(restriction(77, ACCOUNT, Measure.SUSPEND, RestrictionState.APPROVED)));
    }

    @Test
    void aClosedAccountCanStillHaveItsClosureLifted() {
        List<Violation> v = RequestRules.checkRules(ofMeasure(Measure.LIFT), Optional.empty(), AccountStatus.CLOSED,
                Optional.of(restriction(77, ACCOUNT, Measure.CLOSE, RestrictionState.APPROVED)), ACCOUNT, FLOOR);

        assertEquals(List.of(), v);
    }

    @Test
    void aLiftNeedsNoReasonFromTheCatalogue() {
        List<Violation> v = RequestRules.checkRules(ofMeasure(Measure.LIFT), Optional.empty(), AccountStatus.SUSPENDED,
                Optional.of(restriction(77, ACCOUNT, Measure.SUSPEND, RestrictionState.APPROVED)), ACCOUNT, FLOOR);

        assertEquals(List.of(), v);
    }

    @Test
    void liftingARestrictionThatDoesNotExistIsRefused() {
        assertEquals(List.of("lift-target-unknown"), liftRules(null));
    }

    @Test
    void liftingARestrictionOfAnotherAccountIsRefusedAsUnknown() {
        assertEquals(List.of("lift-target-unknown"),
                liftRules(restriction(77, "ACC-2", Measure.SUSPEND, RestrictionState.APPROVED)));
    }

    @ParameterizedTest
    @EnumSource(value = RestrictionState.class, names = "APPROVED", mode = EnumSource.Mode.EXCLUDE)
    void liftingARestrictionThatIsNotInForceIsRefused(RestrictionState state) {
        List<Violation> v = RequestRules.checkRules(ofMeasure(Measure.LIFT), Optional.empty(), AccountStatus.ACTIVE,
                Optional.of(restriction(77, ACCOUNT, Measure.SUSPEND, state)), ACCOUNT, FLOOR);

        assertEquals(List.of("lift-target-not-in-force"), v.stream().map(Violation::rule).toList());
        assertTrue(v.get(0).message().contains(state.name()), v.get(0).message());
    }

    @Test
    void aLiftCannotBeLifted() {
        assertEquals(List.of("lift-target-not-in-force"),
                liftRules(restriction(77, ACCOUNT, Measure.LIFT, RestrictionState.APPROVED)));
    }

    @Test
    void theSameMeasureWhileOneIsWaitingForItsDecisionIsRefusedNamingIt() {
        List<Violation> v = RequestRules.checkDuplicate(withdrawOnly(), 2,
                List.of(restriction(41, ACCOUNT, Measure.WITHDRAW_ONLY, RestrictionState.REQUESTED)));
        assertEquals(List.of("duplicate-pending"), v.stream().map(Violation::rule).toList());
        assertTrue(v.get(0).message().contains("Restriction 41"), v.get(0).message());
    }

    @Test
    void anotherMeasureOrADecidedRequestIsNoDuplicate() {
        assertEquals(List.of(), RequestRules.checkDuplicate(withdrawOnly(), 2,
                List.of(restriction(41, ACCOUNT, Measure.SUSPEND, RestrictionState.REQUESTED),
                        restriction(42, ACCOUNT, Measure.WITHDRAW_ONLY, RestrictionState.REJECTED),
                        restriction(43, ACCOUNT, Measure.WITHDRAW_ONLY, RestrictionState.CANCELLED))));
    }

    @Test
    void aRequestWaitingUnderAnOlderRevisionOfItsReasonOrForAnotherReasonIsNoDuplicate() {
        List<RestrictionView> underRevision2 = List.of(restriction(41, ACCOUNT, Measure.WITHDRAW_ONLY, RestrictionState.REQUESTED));
        assertEquals(List.of(), RequestRules.checkDuplicate(withdrawOnly(), 3, underRevision2),
                "the reason is at revision 3 now: request 41 can no longer be approved, and asking again is what its refusal says");
        assertEquals(List.of(), RequestRules.checkDuplicate(
                request(Measure.WITHDRAW_ONLY, "SANCTIONS_HIT", JUSTIFICATION, List.of("S-1"), 14, null, null), 2, underRevision2));
    }

    @Test
    void liftingTwoDifferentRestrictionsAreTwoRequests() {
        RestrictionView pendingLift = new RestrictionView(50, ACCOUNT, Measure.LIFT, null, null, JUSTIFICATION, List.of(), 0,
                null, 76L, RestrictionState.REQUESTED, "agent", T, null, null, null, null, null, false, null, null, null, null,
                false, null, null, 0);
        assertEquals(List.of(), RequestRules.checkDuplicate(ofMeasure(Measure.LIFT), null, List.of(pendingLift)), "77, not 76");
        RestrictionView sameLift = new RestrictionView(51, ACCOUNT, Measure.LIFT, null, null, JUSTIFICATION, List.of(), 0,
                null, 77L, RestrictionState.REQUESTED, "agent", T, null, null, null, null, null, false, null, null, null, null,
                false, null, null, 0);
        assertEquals(List.of("duplicate-pending"), RequestRules.checkDuplicate(ofMeasure(Measure.LIFT), null, List.of(sameLift))
                .stream().map(Violation::rule).toList());
    }
}
