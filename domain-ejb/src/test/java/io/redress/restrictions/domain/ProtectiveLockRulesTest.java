package io.redress.restrictions.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.shared.domain.FieldError;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProtectiveLockRulesTest {

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void aLockByHandSaysWhyInAtLeastTenCharacters() {
        assertEquals(List.of("reason"), fields(ProtectiveLockRules.checkPlacement(null)));
        assertEquals(List.of("reason"), fields(ProtectiveLockRules.checkPlacement("   ")));
        assertEquals(List.of("reason"), fields(ProtectiveLockRules.checkPlacement("too short")));
        assertTrue(ProtectiveLockRules.checkPlacement("Customer reports a stolen phone.").isEmpty());
        assertEquals(List.of("reason"), fields(ProtectiveLockRules.checkPlacement("x".repeat(501))));
    }

    @Test
    void aLiftQuotesTheVerificationOnOneLine() {
        assertEquals(List.of("verification"), fields(ProtectiveLockRules.checkLift("KY")));
        assertEquals(List.of("verification"), fields(ProtectiveLockRules.checkLift("KYC-1\nKYC-2")));
        assertTrue(ProtectiveLockRules.checkLift("KYC-REVIEW-991").isEmpty());
    }

    @Test
    void theLetterIsInALanguageItIsWrittenInOrInEnglishByDefault() {
        assertTrue(ProtectiveLockRules.checkLanguage(null).isEmpty());
        assertTrue(ProtectiveLockRules.checkLanguage("ja").isEmpty());
        assertEquals(List.of("language"), fields(ProtectiveLockRules.checkLanguage("de")));
        assertEquals(List.of("language"), fields(ProtectiveLockRules.checkLanguage("EN")));
    }

    @Test
    void theLettersSayWhatStopsWhatGoesOnAndHowItEndsInTheCustomersLanguage() {
        ProtectiveLockLetter.Letter en = ProtectiveLockLetter.placed(null);
        assertEquals("en", en.language());
        assertTrue(en.body().contains("API keys") && en.body().contains("never used"), en.body());
        assertTrue(en.body().contains("confirmed your identity") && en.body().contains("not a penalty"), en.body());
        ProtectiveLockLetter.Letter fr = ProtectiveLockLetter.placed("fr");
        assertEquals("fr", fr.language());
        assertTrue(fr.body().contains("verrou de protection") && fr.body().contains("pas une sanction"), fr.body());
        assertEquals("ja", ProtectiveLockLetter.placed("ja").language());
        assertTrue(ProtectiveLockLetter.placed("ja").body().contains("保護ロック"));
        for (String language : ProtectiveLockLetter.LANGUAGES) {
            assertNotEquals(ProtectiveLockLetter.placed(language).body(), ProtectiveLockLetter.lifted(language).body());
            assertEquals(language, ProtectiveLockLetter.lifted(language).language());
        }
        assertFalse(ProtectiveLockLetter.lifted("en").body().contains("penalty"));
    }
}
