package io.redress.claims.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DecisionLetterTest {

    private static final String REASONS = "The leaked keys were issued to the bot service under incident INC-7.";

    @Test
    void aDenialTellsTheReasonsAndUntilWhenToAppealInTheCustomersLanguage() {
        String fr = DecisionLetter.decision("fr", 42, ClaimOutcome.DENY, "0.00", "USD", REASONS,
                Instant.parse("2026-12-30T08:00:00Z"));
        assertTrue(fr.contains("réclamation n° 42"), fr);
        assertTrue(fr.contains(REASONS), fr);
        assertTrue(fr.contains("jusqu'au 2026-12-30"), fr);
    }

    @Test
    void aPaymentNamesTheExactAmountAndNoAppeal() {
        String en = DecisionLetter.decision("en", 7, ClaimOutcome.PARTIAL, "0.25000000", "BTC", REASONS, null);
        assertTrue(en.contains("0.25000000 BTC"), en);
        assertFalse(en.contains("appeal"), en);
        String ja = DecisionLetter.decision("ja", 7, ClaimOutcome.FULL, "1.000000", "USDT", REASONS, null);
        assertTrue(ja.contains("全額 1.000000 USDT"), ja);
    }

    @Test
    void anAppealsAnswerSaysWhetherTheDecisionStands() {
        assertTrue(DecisionLetter.appeal("en", 9, AppealVerdict.UPHELD, REASONS).contains("the decision stands"));
        assertTrue(DecisionLetter.appeal("en", 9, AppealVerdict.OVERTURNED, REASONS).contains("decided again"));
    }
}
