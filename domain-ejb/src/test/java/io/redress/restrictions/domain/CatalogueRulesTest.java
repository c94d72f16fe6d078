package io.redress.restrictions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogueRulesTest {

    private static final int FLOOR = CatalogueRules.DEFAULT_WINDOW_FLOOR_DAYS;
    private static final String CODE = "KYC_REVIEW_OVERDUE";
    private static final String TITLE = "Periodic KYC review overdue";
    private static final String CLAUSE = "Terms of Service, section 4.2: identity verification must be kept current.";
    private static final String NOTICE = "We asked you to update your identity documents and have not received them.";
    private static final String EVIDENCE = "Reference of the KYC request sent to the customer";

    private static ReasonDefinition valid() {
        return new ReasonDefinition(CODE, Ground.FAILED_VERIFICATION, TITLE, CLAUSE, EnumSet.of(Measure.WITHDRAW_ONLY, Measure.CLOSE),
                EVIDENCE, Role.SUPERVISOR, 14, NOTICE, true);
    }

    private static ReasonDefinition with(String code, Ground ground, String title, String clause, Set<Measure> measures,
                                         String evidence, Role approver, Integer minWindow, String notice, Boolean disclosable) {
        return new ReasonDefinition(code, ground, title, clause, measures, evidence, approver, minWindow, notice, disclosable);
    }

    private static ReasonDefinition withCode(String code) {
        return valid().withCode(code);
    }

    private static ReasonDefinition withGround(Ground ground) {
        ReasonDefinition v = valid();
        return with(v.code(), ground, v.title(), v.termsClause(), v.measures(), v.requiredEvidence(), v.approverRole(),
                v.minWindowDays(), v.noticeText(), v.disclosable());
    }

    private static ReasonDefinition withTitle(String title) {
        ReasonDefinition v = valid();
        return with(v.code(), v.ground(), title, v.termsClause(), v.measures(), v.requiredEvidence(), v.approverRole(),
                v.minWindowDays(), v.noticeText(), v.disclosable());
    }

    private static ReasonDefinition withClause(String clause) {
        ReasonDefinition v = valid();
        return with(v.code(), v.ground(), v.title(), clause, v.measures(), v.requiredEvidence(), v.approverRole(),
                v.minWindowDays(), v.noticeText(), v.disclosable());
    }

    private static ReasonDefinition withNotice(String notice) {
        ReasonDefinition v = valid();
        return with(v.code(), v.ground(), v.title(), v.termsClause(), v.measures(), v.requiredEvidence(), v.approverRole(),
                v.minWindowDays(), notice, v.disclosable());
    }

    private static ReasonDefinition withEvidence(String evidence) {
        ReasonDefinition v = valid();
        return with(v.code(), v.ground(), v.title(), v.termsClause(), v.measures(), evidence, v.approverRole(),
                v.minWindowDays(), v.noticeText(), v.disclosable());
    }

    private static ReasonDefinition withMeasures(Set<Measure> measures) {
        ReasonDefinition v = valid();
        return with(v.code(), v.ground(), v.title(), v.termsClause(), measures, v.requiredEvidence(), v.approverRole(),
                v.minWindowDays(), v.noticeText(), v.disclosable());
    }

    private static ReasonDefinition withApprover(Role role) {
        ReasonDefinition v = valid();
        return with(v.code(), v.ground(), v.title(), v.termsClause(), v.measures(), v.requiredEvidence(), role,
                v.minWindowDays(), v.noticeText(), v.disclosable());
    }

    private static ReasonDefinition withMinWindow(Integer days) {
        ReasonDefinition v = valid();
        return with(v.code(), v.ground(), v.title(), v.termsClause(), v.measures(), v.requiredEvidence(), v.approverRole(),
                days, v.noticeText(), v.disclosable());
    }

    private static ReasonDefinition closure(Ground ground, int minWindow) {
        return with("DISCRETIONARY_CLOSE", ground, "Closure", "Terms of Service 14.2 (Ending the relationship)",
                EnumSet.of(Measure.CLOSE), "The decision memo", Role.COMPLIANCE, minWindow, "We are closing your account.", true);
    }

    private static List<String> fields(ReasonDefinition d) {
        return CatalogueRules.check(d).stream().map(FieldError::field).toList();
    }

    private static List<String> rules(ReasonDefinition d) {
        return CatalogueRules.violations(d, FLOOR).stream().map(Violation::rule).toList();
    }

    private static void assertRefusedAsCriticism(ReasonDefinition d, String field) {
        assertEquals(List.of(), fields(d), "well-formed");
        List<Violation> v = CatalogueRules.violations(d, FLOOR);
        assertEquals(List.of("criticism-not-a-reason"), v.stream().map(Violation::rule).toList(), v::toString);
        assertTrue(v.get(0).message().startsWith(field + ":"), v.get(0).message());
        assertTrue(v.get(0).message().contains("public criticism"), v.get(0).message());
    }

    @Test
    void aValidDefinitionHasNoErrorsAndBreaksNoRule() {
        assertEquals(List.of(), CatalogueRules.check(valid()));
        assertEquals(List.of(), CatalogueRules.violations(valid(), FLOOR));
    }

    // ---- field rules

    @ParameterizedTest
    @ValueSource(strings = {"KYC", "AML_INVESTIGATION", "COURT_ORDER_2025", "A_B"})
    void wellFormedCodesAreAccepted(String code) {
        assertEquals(List.of(), fields(withCode(code)));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"KY", "kyc_overdue", "Kyc", "1KYC", "_KYC", "KYC OVERDUE", "KYC-OVERDUE"})
    void malformedCodesAreRejected(String code) {
        assertEquals(List.of("code"), fields(withCode(code)));
    }

    @Test
    void aCodeMayHave48CharactersButNot49() {
        assertEquals(List.of(), fields(withCode("K".repeat(48))));
        assertEquals(List.of("code"), fields(withCode("K".repeat(49))));
    }

    @Test
    void everyReasonStandsOnAGround() {
        assertEquals(List.of("ground"), fields(withGround(null)));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void theTitleTermsClauseEvidenceAndNoticeTextAreRequired(String blank) {
        assertEquals(List.of("title"), fields(withTitle(blank)));
        assertEquals(List.of("termsClause"), fields(withClause(blank)));
        assertEquals(List.of("requiredEvidence"), fields(withEvidence(blank)));
        assertEquals(List.of("noticeText"), fields(withNotice(blank)));
    }

    @Test
    void theTextsHaveMaximumLengths() {
        assertEquals(List.of(), fields(withTitle("t".repeat(160))));
        assertEquals(List.of("title"), fields(withTitle("t".repeat(161))));
        String clause = "Terms of Service 4.2 ";
        assertEquals(List.of(), fields(withClause(clause + "c".repeat(500 - clause.length()))));
        assertEquals(List.of("termsClause"), fields(withClause(clause + "c".repeat(501 - clause.length()))));
        assertEquals(List.of(), fields(withNotice("n".repeat(2000))));
        assertEquals(List.of("noticeText"), fields(withNotice("n".repeat(2001))));
        assertEquals(List.of(), fields(withEvidence("e".repeat(1000))));
        assertEquals(List.of("requiredEvidence"), fields(withEvidence("e".repeat(1001))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Terms of Service 9.3 (Prohibited use: market abuse)", "Terms 99 (Conduct)", "Terms 9.4 (Payments)",
            "Terms of Service, section 4.2: identity verification", "Terms of Service § 12.1", "Trading Rules 3.1.4"})
    void theTermsClauseIsANamedNumberedClause(String clause) {
        assertEquals(List.of(), fields(withClause(clause)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"negative posts about the exchange", "Conduct that harms the exchange's standing",
            "Anything we consider inappropriate", "See our terms", "12"})
    void aTermsClauseThatNamesNoClauseOfTheTermsIsRefused(String clause) {
        // the 2022 replay: both of the first two were accepted as a reason's terms clause
        List<FieldError> errors = CatalogueRules.check(withClause(clause));
        assertEquals(List.of("termsClause"), errors.stream().map(FieldError::field).toList());
        assertTrue(errors.get(0).message().contains("clause number"), errors.get(0).message());
    }

    @Test
    void atLeastOneMeasureIsRequired() {
        assertEquals(List.of("measures"), fields(withMeasures(null)));
        assertEquals(List.of("measures"), fields(withMeasures(Set.of())));
    }

    @Test
    void liftNeedsNoReasonSoNoReasonMayOfferIt() {
        assertEquals(List.of("measures"), fields(withMeasures(EnumSet.of(Measure.SUSPEND, Measure.LIFT))));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"SUPERVISOR", "COMPLIANCE"})
    void theApproverIsASupervisorOrAComplianceOfficer(Role role) {
        assertEquals(List.of(), fields(withApprover(role)));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"SUPERVISOR", "COMPLIANCE"}, mode = EnumSource.Mode.EXCLUDE)
    void noOtherRoleMayApprove(Role role) {
        assertEquals(List.of("approverRole"), fields(withApprover(role)));
    }

    @Test
    void theMinimumWindowRunsFrom0To365Days() {
        assertEquals(List.of(), fields(withMinWindow(0)));
        assertEquals(List.of(), fields(withMinWindow(365)));
        assertEquals(List.of("minWindowDays"), fields(withMinWindow(-1)));
        assertEquals(List.of("minWindowDays"), fields(withMinWindow(366)));
        assertEquals(List.of("minWindowDays"), fields(withMinWindow(null)));
    }

    @Test
    void everyBadFieldIsReportedAtOnce() {
        ReasonDefinition d = with("x", null, " ", null, Set.of(), "e".repeat(1001), Role.AGENT, -5, "", null);

        assertEquals(List.of("code", "ground", "title", "termsClause", "requiredEvidence", "noticeText", "measures",
                "approverRole", "minWindowDays", "disclosable"), fields(d));
    }

    // ---- grounds

    @ParameterizedTest
    @EnumSource(value = Ground.class, names = {"LEGAL_ORDER", "SANCTIONS", "FRAUD", "SECURITY_COMPROMISE"}, mode = EnumSource.Mode.EXCLUDE)
    void onlyALegalOrderSanctionsFraudOrACompromiseMayFreezeWithdrawals(Ground ground) {
        ReasonDefinition v = withGround(ground);
        ReasonDefinition freeze = with(v.code(), ground, v.title(), v.termsClause(), EnumSet.of(Measure.FREEZE_WITHDRAWALS),
                v.requiredEvidence(), Role.COMPLIANCE, 0, v.noticeText(), true);

        assertEquals(List.of("ground-forbids-measure"), rules(freeze));
    }

    @ParameterizedTest
    @EnumSource(value = Ground.class, names = {"LEGAL_ORDER", "SANCTIONS", "FRAUD", "MARKET_ABUSE", "SECURITY_COMPROMISE"})
    void weightyGroundsAreApprovedByCompliance(Ground ground) {
        ReasonDefinition v = withGround(ground);
        ReasonDefinition bySupervisor = with(v.code(), ground, v.title(), v.termsClause(), EnumSet.of(Measure.SUSPEND),
                v.requiredEvidence(), Role.SUPERVISOR, 0, v.noticeText(), true);

        assertEquals(List.of("ground-needs-compliance"), rules(bySupervisor));
    }

    // ---- the platform's floor for withdrawal windows

    @Test
    void aDiscretionaryClosureCannotHaveAZeroDayWindow() {
        // the 2022 replay: a CLOSE reason with a 0-day minimum was accepted
        List<Violation> v = CatalogueRules.violations(closure(Ground.PLATFORM_CONDUCT, 0), FLOOR);

        assertEquals(List.of("window-below-floor"), v.stream().map(Violation::rule).toList());
        assertTrue(v.get(0).message().contains("7 days"), v.get(0).message());
    }

    @ParameterizedTest
    @EnumSource(value = Ground.class, names = {"LEGAL_ORDER", "SANCTIONS"}, mode = EnumSource.Mode.EXCLUDE)
    void theFloorAppliesToEveryWindowMeasureOnEveryOtherGround(Ground ground) {
        assertEquals(List.of("window-below-floor"), rules(closure(ground, FLOOR - 1)));
        assertEquals(List.of(), rules(closure(ground, FLOOR)));
        ReasonDefinition c = closure(ground, 3);
        ReasonDefinition withdrawOnly = with(c.code(), ground, c.title(), c.termsClause(), EnumSet.of(Measure.WITHDRAW_ONLY),
                c.requiredEvidence(), c.approverRole(), 3, c.noticeText(), true);
        assertEquals(List.of("window-below-floor"), rules(withdrawOnly));
    }

    @ParameterizedTest
    @EnumSource(value = Ground.class, names = {"LEGAL_ORDER", "SANCTIONS"})
    void legalOrdersAndSanctionsAreExemptFromTheFloor(Ground ground) {
        assertEquals(List.of(), rules(closure(ground, 0)));
    }

    @Test
    void measuresWithoutAWindowNeedNone() {
        ReasonDefinition c = closure(Ground.PLATFORM_CONDUCT, 0);
        ReasonDefinition suspend = with(c.code(), c.ground(), c.title(), c.termsClause(), EnumSet.of(Measure.SUSPEND),
                c.requiredEvidence(), c.approverRole(), 0, c.noticeText(), true);

        assertEquals(List.of(), rules(suspend));
    }

    @Test
    void theFloorIsConfigurable() {
        assertEquals(List.of("window-below-floor"), CatalogueRules.violations(closure(Ground.FRAUD, 10), 14).stream()
                .map(Violation::rule).toList());
        assertEquals(List.of(), CatalogueRules.violations(closure(Ground.FRAUD, 3), 3));
    }

    // ---- four eyes on policy

    @Test
    void theAuthorOfAReasonCannotApproveIt() {
        assertEquals(List.of("four-eyes"), CatalogueRules.approvalViolations("ada", "ada").stream().map(Violation::rule).toList());
        assertEquals(List.of(), CatalogueRules.approvalViolations("chris", "ada"));
    }

    // ---- public criticism is never a reason

    @ParameterizedTest
    @ValueSource(strings = {"Complaining on social media", "complaining on social media", "Public criticism of the exchange",
            "Negative review on Trustpilot", "Publicly disparaging the exchange", "Customer complained to the press",
            "Criticising our listing policy", "Unreasonable customer", "Tweets about withdrawal delays",
            "Damage to our reputation", "Defamatory statements", "Bad reviews", "Speaking out about fees",
            "Influencer spreading bad press", "Public posts about the platform", "Negative feedback to regulators",
            "Online review bombing", "Conduct that harms the exchange's standing", "Negative posts about the exchange",
            "Statements about the company", "Spreading FUD", "Posts on social-media", "Negative-review campaign",
            "Critique of the exchange", "Posts on Twitter about us", "Bad-mouthing the exchange", "Slander of staff",
            "Hurting the brand image of the platform", "Talking to journalists", "Spreading rumours of insolvency"})
    void aTitleAboutPublicCriticismIsRefused(String title) {
        assertRefusedAsCriticism(withTitle(title), "title");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Public criti\u200Bcism",           // zero-width space
            "Public criti\u00ADcism",           // soft hyphen
            "Public cri\u2060ticism",           // word joiner
            "Public \u0441riticism",            // Cyrillic es
            "Public crit\u0456c\u0456sm",       // Cyrillic i
            "\u0421omplaints about fees",       // Cyrillic capital es
            "C\u03BFmplaining customer",        // Greek omicron
            "\uFF43\uFF52\uFF49\uFF54\uFF49\uFF43\uFF49\uFF53\uFF4D of staff", // full-width letters
            "Críticism of the platform",        // accent
            "Cr1t1c1sm of the exchange",        // digits for letters
            "C.o.m.p.l.a.i.n.i.n.g"})
    void criticismIsRefusedHoweverItIsWritten(String title) {
        assertRefusedAsCriticism(withTitle(title), "title");
    }

    @ParameterizedTest
    @ValueSource(strings = {"UNREASONABLE_CUSTOMER", "NEGATIVE_REVIEW", "SOCIAL_MEDIA_COMPLAINTS", "PUBLIC_CRITICISM",
            "COMPLAINER", "DISPARAGEMENT", "BAD_REVIEW", "REPUTATION_RISK"})
    void aCodeAboutPublicCriticismIsRefused(String code) {
        assertRefusedAsCriticism(withCode(code), "code");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Section 12: customers who post negative reviews may be off-boarded.",
            "Clause 4.1: we may restrict accounts publicly disparaging the exchange.",
            "Section 3.1, complaining on social media", "Section 7: criticism of our services in public fora.",
            "Terms 11.9 (negative posts about the exchange)", "Terms 11.10 (conduct that harms the exchange's standing)"})
    void aTermsClauseAboutPublicCriticismIsRefused(String clause) {
        assertRefusedAsCriticism(withClause(clause), "termsClause");
    }

    @Test
    void theNoticeAndTheEvidenceAreCheckedToo() {
        assertRefusedAsCriticism(withNotice("You criticised us in public."), "noticeText");
        assertRefusedAsCriticism(withEvidence("Screenshots of the customer's posts about the exchange"), "requiredEvidence");
    }

    @Test
    void eachFieldMentioningCriticismIsNamed() {
        ReasonDefinition v = valid();
        ReasonDefinition d = with("UNREASONABLE_CUSTOMER", v.ground(), "Public criticism of the exchange",
                "Section 9: complaining on social media", v.measures(), v.requiredEvidence(), v.approverRole(),
                v.minWindowDays(), v.noticeText(), v.disclosable());

        assertEquals(List.of("code", "title", "termsClause"), CatalogueRules.violations(d, FLOOR).stream()
                .map(x -> x.message().substring(0, x.message().indexOf(':'))).toList());
    }

    @Test
    void theRefusalSaysWhichTopicItFound() {
        List<Violation> v = CatalogueRules.violations(withTitle("Negative review on Trustpilot"), FLOOR);

        assertTrue(v.get(0).message().contains("negative review"), v.get(0).message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Periodic KYC review overdue", "Market manipulation", "Sanctions screening match",
            "Suspected account takeover", "Court order to freeze assets", "Chargeback fraud",
            "Wash trading", "Source of funds not evidenced", "Jurisdiction no longer served",
            "Enhanced due diligence review pending", "Use of a mixer", "Terms breach: multiple accounts",
            "Critical sanctions match", "Reputational risk from sanctioned counterparties", "Critical AML finding",
            "Threats towards support staff", "Negative balance not repaid", "API key 1 leaked"})
    void legitimateReasonsAreNotMistakenForCriticism(String title) {
        assertEquals(List.of(), rules(withTitle(title)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"KYC_REVIEW_OVERDUE", "MARKET_MANIPULATION", "SANCTIONS_MATCH", "ACCOUNT_TAKEOVER",
            "COURT_ORDER", "EDD_REVIEW_PENDING"})
    void legitimateCodesAreNotMistakenForCriticism(String code) {
        assertEquals(List.of(), rules(withCode(code)));
    }
}
