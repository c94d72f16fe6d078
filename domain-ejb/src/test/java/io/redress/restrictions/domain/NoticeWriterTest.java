package io.redress.restrictions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.shared.domain.Role;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class NoticeWriterTest {

    private static final Instant WINDOW_END = Instant.parse("2025-07-01T23:30:00Z");
    private static final String KYC_TEXT = "We asked you to update your identity documents and have not received them.";
    private static final String KYC_CLAUSE = "section 4.2 of the Terms of Service (identity verification)";
    private static final String INVESTIGATION_TEXT = "Suspected laundering through mixer; SAR filed with the FIU.";
    private static final String INVESTIGATION_CLAUSE = "section 9.1 (anti-money-laundering investigations)";

    private static final ReasonView DISCLOSABLE = new ReasonView("KYC_REVIEW_OVERDUE", Ground.FAILED_VERIFICATION,
            "Periodic KYC review overdue", KYC_CLAUSE, Set.of(Measure.WITHDRAW_ONLY, Measure.CLOSE), "KYC request reference",
            Role.SUPERVISOR, 14, KYC_TEXT, true, true, 3, 1);
    private static final ReasonView CONFIDENTIAL = new ReasonView("AML_INVESTIGATION", Ground.LEGAL_ORDER, "AML investigation",
            INVESTIGATION_CLAUSE, Set.of(Measure.FREEZE_WITHDRAWALS, Measure.SUSPEND), "Case file", Role.COMPLIANCE, 0,
            INVESTIGATION_TEXT, false, true, 2, 1);

    @Test
    void aDisclosableReasonIsExplainedWithItsNoticeTextAndTermsClause() {
        String text = NoticeWriter.applied(Measure.WITHDRAW_ONLY, DISCLOSABLE, WINDOW_END);

        assertTrue(text.contains(KYC_TEXT), text);
        assertTrue(text.contains(KYC_CLAUSE), text);
        assertFalse(text.contains(NoticeWriter.NEUTRAL), text);
    }

    @Test
    void aDisclosedReasonNamesTheVersionOfTheReasonTheDecisionWasTakenUnder() {
        String text = NoticeWriter.applied(Measure.WITHDRAW_ONLY, DISCLOSABLE, WINDOW_END);

        assertTrue(text.contains("policy reason KYC_REVIEW_OVERDUE, version 3"), text);
    }

    @Test
    void anUndisclosedReasonNamesNeitherItsCodeNorItsVersion() {
        String text = NoticeWriter.applied(Measure.FREEZE_WITHDRAWALS, CONFIDENTIAL, null);

        assertFalse(text.contains("AML_INVESTIGATION"), text);
        assertFalse(text.contains("version"), text);
    }

    @Test
    void theWindowEndIsGivenInUtc() {
        String text = NoticeWriter.applied(Measure.CLOSE, DISCLOSABLE, WINDOW_END);

        assertTrue(text.contains("2025-07-01 23:30 UTC"), text);
    }

    @Test
    void theWindowEndDoesNotDependOnTheServersTimeZone() {
        TimeZone before = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Auckland"));
            assertTrue(NoticeWriter.applied(Measure.CLOSE, DISCLOSABLE, WINDOW_END).contains("2025-07-01 23:30 UTC"));
            assertEquals("2025-07-01 23:30 UTC", NoticeWriter.when(WINDOW_END));
        } finally {
            TimeZone.setDefault(before);
        }
    }

    @Test
    void withoutAWindowNoDeadlineIsMentioned() {
        String text = NoticeWriter.applied(Measure.SUSPEND, DISCLOSABLE, null);

        assertFalse(text.contains("UTC"), text);
        assertFalse(text.contains("You have until"), text);
    }

    @ParameterizedTest
    @EnumSource(Measure.class)
    void aConfidentialReasonIsReplacedByTheNeutralTextSoTheCustomerIsNotTippedOff(Measure measure) {
        String text = NoticeWriter.applied(measure, CONFIDENTIAL, measure.hasWindow() ? WINDOW_END : null);

        assertTrue(text.contains(NoticeWriter.NEUTRAL), text);
        assertFalse(text.contains(INVESTIGATION_TEXT), text);
        assertFalse(text.contains(INVESTIGATION_CLAUSE), text);
        assertFalse(text.contains("section 9.1"), text);
        assertFalse(text.contains("AML"), text);
        assertFalse(text.contains("laundering"), text);
    }

    @Test
    void aConfidentialReasonStillGivesTheWindowEnd() {
        String text = NoticeWriter.applied(Measure.WITHDRAW_ONLY, CONFIDENTIAL, WINDOW_END);

        assertTrue(text.contains("2025-07-01 23:30 UTC"), text);
    }

    @Test
    void eachMeasureIsDescribedDifferently() {
        long distinct = Arrays.stream(Measure.values())
                .map(m -> NoticeWriter.applied(m, CONFIDENTIAL, null))
                .collect(Collectors.toSet()).size();

        assertEquals(Measure.values().length, distinct);
    }

    @Test
    void aWithdrawalFreezeTellsTheCustomerWithdrawalsAreOnHold() {
        assertTrue(NoticeWriter.applied(Measure.FREEZE_WITHDRAWALS, CONFIDENTIAL, null).contains("on hold"));
    }

    @ParameterizedTest
    @ValueSource(ints = {14, 30})
    void howToAppealGivesTheDeadlineInDaysAndSaysSomeoneUninvolvedDecides(int days) {
        String text = NoticeWriter.howToAppeal(days);

        assertTrue(text.contains(days + " days"), text);
        assertTrue(text.contains("took no part"), text);
    }

    @Test
    void anUpheldDecisionSaysTheDecisionStandsWithTheReasons() {
        String text = NoticeWriter.appealDecided(AppealOutcome.UPHELD, "Documents still outstanding after reminder.");

        assertTrue(text.contains("stands"), text);
        assertTrue(text.contains("Documents still outstanding after reminder."), text);
    }

    @Test
    void anOverturnedDecisionSaysTheRestrictionIsLiftedWithTheReasons() {
        String text = NoticeWriter.appealDecided(AppealOutcome.OVERTURNED, "The documents were received on time.");

        assertTrue(text.contains("lifted"), text);
        assertTrue(text.contains("The documents were received on time."), text);
    }

    @Test
    void aModifiedDecisionSaysItWasChangedInTheCustomersFavourWithTheReasons() {
        String text = NoticeWriter.appealDecided(AppealOutcome.MODIFIED, "More time given to close positions.");

        assertTrue(text.contains("changed in your favour"), text);
        assertTrue(text.contains("More time given to close positions."), text);
    }

    @Test
    void eachAppealOutcomeReadsDifferently() {
        String upheld = NoticeWriter.appealDecided(AppealOutcome.UPHELD, "r");
        String overturned = NoticeWriter.appealDecided(AppealOutcome.OVERTURNED, "r");
        String modified = NoticeWriter.appealDecided(AppealOutcome.MODIFIED, "r");

        assertNotEquals(upheld, overturned);
        assertNotEquals(upheld, modified);
        assertNotEquals(overturned, modified);
    }

    @Test
    void aLiftedNoticeSaysTheAccountCanBeUsedAsBefore() {
        assertTrue(NoticeWriter.lifted().contains("lifted"));
    }

    @Test
    void noInstantFormatsAsNothing() {
        assertEquals("", NoticeWriter.when(null));
    }

    @Test
    void onAConfidentialAccountEvenADisclosableReasonIsReplacedByTheNeutralText() {
        String text = NoticeWriter.applied(Measure.WITHDRAW_ONLY, DISCLOSABLE, WINDOW_END, true);

        assertFalse(text.contains(KYC_TEXT), text);
        assertFalse(text.contains(KYC_CLAUSE), text);
        assertTrue(text.contains(NoticeWriter.NEUTRAL), text);
        assertTrue(text.contains("2025-07-01 23:30 UTC"), "the window is still the customer's to know: " + text);
        assertFalse(NoticeWriter.discloses(DISCLOSABLE, true));
        assertTrue(NoticeWriter.discloses(DISCLOSABLE, false));
        assertFalse(NoticeWriter.discloses(CONFIDENTIAL, false));
    }
}
