package io.redress.staff.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.shared.domain.FieldError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageChoiceTest {

    @Test
    void theConsolesLanguagesAreChosenWhateverTheirSpelling() {
        List<FieldError> errors = new ArrayList<>();
        assertEquals("en", LanguageChoice.parse("en", errors));
        assertEquals("fr", LanguageChoice.parse(" FR ", errors));
        assertEquals("fr", LanguageChoice.parse("fr-CA", errors));
        assertEquals("ja", LanguageChoice.parse("ja_JP", errors));
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"de", "zh", "english", "xx-YY", "../ja"})
    void otherLanguagesAreRefusedOnTheField(String text) {
        List<FieldError> errors = new ArrayList<>();
        assertNull(LanguageChoice.parse(text, errors));
        assertEquals("language", errors.get(0).field());
    }

    @Test
    void aLanguageChosenBeforeAnyTimeZoneLeavesTimesInUtcAndIsReadBack() {
        StaffPreference preference = StaffPreference.withLanguage("mei", "ja", Instant.EPOCH);
        assertEquals(Optional.of("ja"), preference.language());
        assertEquals(java.time.ZoneOffset.UTC, preference.timeZone());
        assertTrue(preference.snapshot().toJson().contains("\"language\":\"ja\""), preference.snapshot().toJson());
        assertEquals(Optional.empty(), LanguageChoice.stored(null));
        assertEquals(Optional.empty(), LanguageChoice.stored("de"));
    }
}
