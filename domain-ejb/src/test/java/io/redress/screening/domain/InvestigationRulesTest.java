package io.redress.screening.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.shared.domain.FieldError;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An investigation's note: some storable text, at most 4000 characters, kept without its outer blanks. */
class InvestigationRulesTest {

    private static List<String> refused(String text) {
        List<FieldError> errors = new ArrayList<>();
        assertNull(InvestigationRules.noteText(text, errors));
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void aNoteIsKeptWithoutItsOuterBlanks() {
        List<FieldError> errors = new ArrayList<>();
        assertEquals("Called the customer's bank:\r\nno answer yet.",
                InvestigationRules.noteText("  Called the customer's bank:\r\nno answer yet.\n", errors));
        assertTrue(errors.isEmpty());
        assertEquals(4000, InvestigationRules.noteText("x".repeat(4000), errors).length());
    }

    @Test
    void anEmptyLongOrUnstorableNoteIsRefusedNamingTheText() {
        assertEquals(List.of("text"), refused(null));
        assertEquals(List.of("text"), refused(" \n\t"));
        assertEquals(List.of("text"), refused("x".repeat(4001)));
        assertEquals(List.of("text"), refused("a\u0000b"));
        assertEquals(List.of("text"), refused("bell\u0007"));
    }
}
