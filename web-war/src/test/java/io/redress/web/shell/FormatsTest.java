package io.redress.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private static final Instant MOMENT = Instant.parse("2026-11-30T14:35:07.123456789Z");

    @Test
    void aMomentIsShownToTheMinuteInTheReadersZoneWithoutFractions() {
        assertEquals("2026-11-30 14:35", Formats.dateTime(MOMENT, ZoneOffset.UTC));
        assertEquals("2026-11-30 15:35", Formats.dateTime(MOMENT, ZoneId.of("Europe/Paris")));
        assertEquals("2026-11-30 23:35", Formats.dateTime(MOMENT, ZoneId.of("Asia/Tokyo")));
        assertEquals("2026-12-01 00:35", Formats.dateTime(MOMENT.plusSeconds(3600), ZoneId.of("Asia/Tokyo")), "the date follows the zone");
        assertEquals("2026-07-01 16:00", Formats.dateTime(Instant.parse("2026-07-01T14:00:00Z"), ZoneId.of("Europe/Paris")),
                "summer time follows the region");
    }

    @Test
    void theUtcFormIsToTheSecondAndSaysUtc() {
        assertEquals("2026-11-30 14:35:07 UTC", Formats.utc(MOMENT));
        assertEquals("2026-11-30 14:35:07 UTC", Formats.utc(OffsetDateTime.parse("2026-11-30T15:35:07.5+01:00")));
        assertEquals("2026-11-30T14:35:07Z", Formats.iso(MOMENT));
    }

    @Test
    void aDateAloneStaysADateAndNothingIsEmpty() {
        assertEquals("2019-05-06", Formats.dateTime(LocalDate.of(2019, 5, 6), ZoneId.of("Asia/Tokyo")));
        assertEquals("", Formats.dateTime(null, ZoneOffset.UTC));
        assertEquals("", Formats.utc(null));
    }

    @Test
    void theZoneIsNamedWithItsOffsetOfTheDay() {
        assertEquals("UTC", Formats.zoneName(ZoneOffset.UTC, MOMENT));
        assertEquals("Europe/Paris (UTC+01:00)", Formats.zoneName(ZoneId.of("Europe/Paris"), MOMENT));
        assertEquals("America/New_York (UTC-05:00)", Formats.zoneName(ZoneId.of("America/New_York"), MOMENT));
    }

    @Test
    void numbersHaveThousandsSeparatorsAndAmountsTheirAssetAndDigits() {
        assertEquals("1,234,567", Formats.number(1_234_567L, Locale.ENGLISH));
        assertEquals("999", Formats.number(999, Locale.ENGLISH));
        assertEquals("12.35", Formats.number(12.3456, Locale.ENGLISH));
        assertEquals("1,250.500000 USDT", Formats.amount("1250.500000", "USDT", Locale.ENGLISH));
        assertEquals("0.00000001 BTC", Formats.amount(new BigDecimal("0.00000001"), "BTC", Locale.ENGLISH));
        assertEquals("400 EUR", Formats.amount(new BigDecimal("400"), "EUR", Locale.ENGLISH));
        assertEquals("", Formats.amount(null, "USDT", Locale.ENGLISH));
        assertEquals("1.234.567", Formats.number(1_234_567L, Locale.GERMAN), "the page's locale decides the separator");
    }
}
