package io.redress.staff.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redress.shared.domain.FieldError;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TimeZoneChoiceTest {

    @Test
    void utcAndRegionsAreChosen() {
        List<FieldError> errors = new ArrayList<>();
        assertEquals(ZoneOffset.UTC, TimeZoneChoice.parse("UTC", errors));
        assertEquals(ZoneId.of("Europe/Paris"), TimeZoneChoice.parse(" Europe/Paris ", errors));
        assertEquals(ZoneId.of("America/Argentina/Buenos_Aires"), TimeZoneChoice.parse("America/Argentina/Buenos_Aires", errors));
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"+02:00", "GMT+2", "Etc/GMT+2", "CET", "Europe/Atlantis", "europe/paris", "Z", "../etc/passwd"})
    void fixedOffsetsAndUnknownNamesAreRefusedOnTheField(String text) {
        List<FieldError> errors = new ArrayList<>();
        assertNull(TimeZoneChoice.parse(text, errors));
        assertEquals("timeZone", errors.get(0).field());
    }

    @Test
    void theChoicesStartWithUtcAndHoldOnlyRegions() {
        List<String> choices = TimeZoneChoice.choices();
        assertEquals("UTC", choices.get(0));
        assertTrue(choices.contains("Asia/Tokyo"));
        assertTrue(choices.stream().noneMatch(c -> c.startsWith("Etc/") || c.contains("GMT")));
        assertEquals(ZoneOffset.UTC, TimeZoneChoice.stored("Nowhere/Gone"), "a zone no longer known reads as UTC");
    }
}
