package io.redress.cases.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.shared.domain.FieldError;
import io.redress.shared.domain.RuleViolation;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CannedReplyRulesTest {

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void aTitleALanguageAndATextAreRequired() {
        assertEquals(List.of(), CannedReplyRules.check("Refund timing", "fr", "Bonjour, ..."));
        assertEquals(List.of("title", "language", "body"), fields(CannedReplyRules.check(null, null, null)));
        assertEquals(List.of("title", "body"), fields(CannedReplyRules.check("  ", "en", " \n ")));
    }

    @Test
    void lengthsAreBounded() {
        assertEquals(List.of(), CannedReplyRules.check("t".repeat(120), "ja", "b".repeat(4000)));
        assertEquals(List.of("title", "body"), fields(CannedReplyRules.check("t".repeat(121), "ja", "b".repeat(4001))));
    }

    @Test
    void aRetirementReasonIsOptionalAndBounded() {
        assertEquals(List.of(), CannedReplyRules.checkRetirement(null));
        assertEquals(List.of(), CannedReplyRules.checkRetirement("  " + "r".repeat(2000) + "  "));
        assertEquals(List.of("reason"), fields(CannedReplyRules.checkRetirement("r".repeat(2001))));
    }

    @Test
    void aTitleIsOneLine() {
        assertEquals(List.of("title"), fields(CannedReplyRules.check("two\nlines", "en", "text")));
    }

    @Test
    void onlyTheConsolesLanguages() {
        assertEquals(List.of("language"), fields(CannedReplyRules.check("t", "de", "text")));
        assertEquals(List.of("language"), fields(CannedReplyRules.check("t", "EN", "text")));
        for (String l : List.of("en", "fr", "ja")) {
            assertTrue(CannedReplyRules.checkLanguage("language", l).isEmpty(), l);
        }
    }

    @Test
    void aRetiredReplyIsNotEditable() {
        CannedReplyRules.checkEditable(7, false);
        RuleViolation refused = assertThrows(RuleViolation.class, () -> CannedReplyRules.checkEditable(7, true));
        assertEquals(CannedReplyRules.RETIRED, refused.rule());
        assertEquals(List.of("7"), refused.arguments().get(0));
    }

    @Test
    void onlyActiveRepliesOfTheCasesLanguageAreOffered() {
        CannedReplyView fr = view("fr", null);
        assertTrue(CannedReplyRules.offered(fr, "fr"));
        assertFalse(CannedReplyRules.offered(fr, "en"));
        assertFalse(CannedReplyRules.offered(view("fr", Instant.now()), "fr"));
    }

    @Test
    void insertingKeepsWhatWasTyped() {
        assertEquals("Canned", CannedReplyRules.insert(null, "Canned"));
        assertEquals("Canned", CannedReplyRules.insert("  ", "Canned"));
        assertEquals("Hello Kenji,\n\nCanned", CannedReplyRules.insert("Hello Kenji,\n", "Canned"));
    }

    @Test
    void theEntityRefusesToChangeOnceRetired() {
        CannedReply r = new CannedReply(" Title ", "en", " Text ", "admin", Instant.EPOCH);
        assertEquals("Title", r.view().title());
        r.revise("New", "fr", "Texte", "admin", Instant.EPOCH);
        assertEquals("fr", r.view().language());
        r.retire("admin", Instant.EPOCH);
        assertThrows(RuleViolation.class, () -> r.revise("Again", "fr", "Texte", "admin", Instant.EPOCH));
        assertThrows(RuleViolation.class, () -> r.retire("admin", Instant.EPOCH));
    }

    private static CannedReplyView view(String language, Instant retiredAt) {
        return new CannedReplyView(1, "t", language, "b", Instant.EPOCH, "admin", null, null, retiredAt,
                retiredAt == null ? null : "admin", 0);
    }
}
