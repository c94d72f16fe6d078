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

    private static final String CODE = "KYC_REVIEW_OVERDUE";
    private static final String TITLE = "Periodic KYC review overdue";
    private static final String CLAUSE = "Terms of Service, section 4.2: identity verification must be kept current.";
    private static final String NOTICE = "We asked you to update your identity documents and have not received them.";

    private static ReasonDefinition valid() {
        return new ReasonDefinition(CODE, TITLE, CLAUSE, EnumSet.of(Measure.WITHDRAW_ONLY, Measure.CLOSE),
                "Reference of the KYC request sent to the customer", Role.SUPERVISOR, 14, NOTICE, true);
    }

    private static ReasonDefinition withCode(String code) {
        ReasonDefinition v = valid();
        return new ReasonDefinition(code, v.title(), v.termsClause(), v.measures(), v.requiredEvidence(),
                v.approverRole(), v.minWindowDays(), v.noticeText(), v.disclosable());
    }

    private static ReasonDefinition withTitle(String title) {
        ReasonDefinition v = valid();
        return new ReasonDefinition(v.code(), title, v.termsClause(), v.measures(), v.requiredEvidence(),
                v.approverRole(), v.minWindowDays(), v.noticeText(), v.disclosable());
    }

    private static ReasonDefinition withClause(String clause) {
        ReasonDefinition v = valid();
        return new ReasonDefinition(v.code(), v.title(), clause, v.measures(), v.requiredEvidence(),
                v.approverRole(), v.minWindowDays(), v.noticeText(), v.disclosable());
    }

    private static ReasonDefinition withNotice(String notice) {
        ReasonDefinition v = valid();
        return new ReasonDefinition(v.code(), v.title(), v.termsClause(), v.measures(), v.requiredEvidence(),
                v.approverRole(), v.minWindowDays(), notice, v.disclosable());
    }

    private static ReasonDefinition withEvidence(String evidence) {
        ReasonDefinition v = valid();
        return new ReasonDefinition(v.code(), v.title(), v.termsClause(), v.measures(), evidence,
                v.approverRole(), v.minWindowDays(), v.noticeText(), v.disclosable());
    }

    private static ReasonDefinition withMeasures(Set<Measure> measures) {
        ReasonDefinition v = valid();
        return new ReasonDefinition(v.code(), v.title(), v.termsClause(), measures, v.requiredEvidence(),
                v.approverRole(), v.minWindowDays(), v.noticeText(), v.disclosable());
    }

    private static ReasonDefinition withApprover(Role role) {
        ReasonDefinition v = valid();
        return new ReasonDefinition(v.code(), v.title(), v.termsClause(), v.measures(), v.requiredEvidence(),
                role, v.minWindowDays(), v.noticeText(), v.disclosable());
    }

    private static ReasonDefinition withMinWindow(Integer days) {
        ReasonDefinition v = valid();
        return new ReasonDefinition(v.code(), v.title(), v.termsClause(), v.measures(), v.requiredEvidence(),
                v.approverRole(), days, v.noticeText(), v.disclosable());
    }

    private static List<String> fields(ReasonDefinition d) {
        return CatalogueRules.check(d).stream().map(FieldError::field).toList();
    }

    private static void assertRefusedAsCriticism(ReasonDefinition d, String field) {
        List<FieldError> errors = CatalogueRules.check(d);
        assertEquals(List.of(field), errors.stream().map(FieldError::field).toList(), errors::toString);
        assertTrue(errors.get(0).message().contains("public criticism"), errors.get(0).message());
    }

    @Test
    void aValidDefinitionHasNoErrors() {
        assertEquals(List.of(), CatalogueRules.check(valid()));
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

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void theTitleTermsClauseAndNoticeTextAreRequired(String blank) {
        assertEquals(List.of("title"), fields(withTitle(blank)));
        assertEquals(List.of("termsClause"), fields(withClause(blank)));
        assertEquals(List.of("noticeText"), fields(withNotice(blank)));
    }

    @Test
    void theTextsHaveMaximumLengths() {
        assertEquals(List.of(), fields(withTitle("t".repeat(160))));
        assertEquals(List.of("title"), fields(withTitle("t".repeat(161))));
        assertEquals(List.of(), fields(withClause("c".repeat(500))));
        assertEquals(List.of("termsClause"), fields(withClause("c".repeat(501))));
        assertEquals(List.of(), fields(withNotice("n".repeat(2000))));
        assertEquals(List.of("noticeText"), fields(withNotice("n".repeat(2001))));
    }

    @Test
    void requiredEvidenceIsOptionalUpTo1000Characters() {
        assertEquals(List.of(), fields(withEvidence(null)));
        assertEquals(List.of(), fields(withEvidence("e".repeat(1000))));
        assertEquals(List.of("requiredEvidence"), fields(withEvidence("e".repeat(1001))));
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

    @Test
    void anyPunitiveMeasuresMayBeOffered() {
        assertEquals(List.of(), fields(withMeasures(EnumSet.complementOf(EnumSet.of(Measure.LIFT)))));
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
    void theApproverRoleIsRequired() {
        assertEquals(List.of("approverRole"), fields(withApprover(null)));
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
    void whetherTheReasonIsDisclosableMustBeSaid() {
        ReasonDefinition v = valid();
        ReasonDefinition d = new ReasonDefinition(v.code(), v.title(), v.termsClause(), v.measures(),
                v.requiredEvidence(), v.approverRole(), v.minWindowDays(), v.noticeText(), null);

        assertEquals(List.of("disclosable"), fields(d));
    }

    @Test
    void everyBadFieldIsReportedAtOnce() {
        ReasonDefinition d = new ReasonDefinition("x", " ", null, Set.of(), "e".repeat(1001), Role.AGENT, -5, "", null);

        assertEquals(List.of("code", "title", "termsClause", "noticeText", "requiredEvidence", "measures",
                "approverRole", "minWindowDays", "disclosable"), fields(d));
    }

    // ---- public criticism is never a reason

    @ParameterizedTest
    @ValueSource(strings = {"Complaining on social media", "complaining on social media", "Public criticism of the exchange",
            "Negative review on Trustpilot", "Publicly disparaging the exchange", "Customer complained to the press",
            "Criticising our listing policy", "Unreasonable customer", "Tweets about withdrawal delays",
            "Damage to our reputation", "Defamatory statements", "Bad reviews", "Speaking out about fees",
            "Influencer spreading bad press", "Public posts about the platform", "Negative feedback to regulators",
            "Online review bombing"})
    void aTitleAboutPublicCriticismIsRefused(String title) {
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
            "We may restrict accounts publicly disparaging the exchange.",
            "Section 3.1, complaining on social media", "Section 7: criticism of our services in public fora."})
    void aTermsClauseAboutPublicCriticismIsRefused(String clause) {
        assertRefusedAsCriticism(withClause(clause), "termsClause");
    }

    @Test
    void eachFieldMentioningCriticismIsNamed() {
        ReasonDefinition v = valid();
        ReasonDefinition d = new ReasonDefinition("UNREASONABLE_CUSTOMER", "Public criticism of the exchange",
                "Section 9: complaining on social media", v.measures(), v.requiredEvidence(), v.approverRole(),
                v.minWindowDays(), v.noticeText(), v.disclosable());

        assertEquals(List.of("code", "title", "termsClause"), fields(d));
    }

    @Test
    void theRefusalSaysWhichTopicItFound() {
        List<FieldError> errors = CatalogueRules.check(withTitle("Negative review on Trustpilot"));

        assertTrue(errors.get(0).message().contains("negative review"), errors.get(0).message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Periodic KYC review overdue", "Market manipulation", "Sanctions screening match",
            "Suspected account takeover", "Court order to freeze assets", "Chargeback fraud",
            "Wash trading", "Source of funds not evidenced", "Jurisdiction no longer served",
            "Enhanced due diligence review pending", "Use of a mixer", "Terms breach: multiple accounts"})
    void legitimateReasonsAreNotMistakenForCriticism(String title) {
        assertEquals(List.of(), fields(withTitle(title)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"KYC_REVIEW_OVERDUE", "MARKET_MANIPULATION", "SANCTIONS_MATCH", "ACCOUNT_TAKEOVER",
            "COURT_ORDER", "EDD_REVIEW_PENDING"})
    void legitimateCodesAreNotMistakenForCriticism(String code) {
        assertEquals(List.of(), fields(withCode(code)));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Critical sanctions match", "Reputational risk from sanctioned counterparties",
            "Critical AML finding"})
    void wordsThatMerelyLookLikeCriticismAreAllowed(String title) {
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), CatalogueRules.check(withTitle(title)));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"Posts on social-media", "Negative-review campaign",
            "Critique of the exchange", "Posts on Twitter about us", "Bad-mouthing the exchange", "Slander of staff"})
    void criticismIsRefusedHoweverItIsSpelled(String title) {
        org.junit.jupiter.api.Assertions.assertEquals("title", CatalogueRules.check(withTitle(title)).get(0).field());
    }
}
