package io.redress.web.shell;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * The console's one way of writing times, numbers and amounts, as plain Java: a moment to the minute in the reader's time
 * zone ({@code 2026-11-30 15:35}), its UTC form to the second for the hover title and for exports
 * ({@code 2026-11-30 14:35:07 UTC}), never fractions of a second; counts with thousands separators; an amount with its
 * asset. {@link ConsoleFormat} hands it the signed-in person's zone and the page's locale.
 */
public final class Formats {

    static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private Formats() {
    }

    /** The moment as the reader reads it: to the minute, in {@code zone}; a date alone as the date. Empty for none. */
    public static String dateTime(Object value, ZoneId zone) {
        if (value instanceof LocalDate d) {
            return DAY.format(d);
        }
        Instant instant = instant(value);
        return instant == null ? "" : MINUTE.format(instant.atZone(zone));
    }

    /** The moment in UTC to the second, saying so: the hover title, and what exports hold. Empty for none. */
    public static String utc(Object value) {
        if (value instanceof LocalDate d) {
            return DAY.format(d);
        }
        Instant instant = instant(value);
        return instant == null ? "" : SECOND.format(instant.atOffset(ZoneOffset.UTC)) + " UTC";
    }

    /** The moment as ISO 8601 in UTC to the second, for the {@code datetime} attribute of an HTML {@code time}. */
    public static String iso(Object value) {
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        Instant instant = instant(value);
        return instant == null ? "" : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    /** The zone's name as the page states it once: {@code UTC}, or the region with its current offset. */
    public static String zoneName(ZoneId zone, Instant now) {
        if (zone.normalized().equals(ZoneOffset.UTC)) {
            return "UTC";
        }
        return zone.getId() + " (UTC" + zone.getRules().getOffset(now).getId().replace("Z", "") + ")";
    }

    /** A count or quantity with the locale's thousands separators ({@code 12,345}); a decimal keeps its digits. */
    public static String number(Number value, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setGroupingUsed(true);
        if (value instanceof BigDecimal d) {
            f.setMinimumFractionDigits(Math.max(0, d.scale()));
            f.setMaximumFractionDigits(Math.max(0, d.scale()));
            return f.format(d);
        }
        if (value instanceof Double || value instanceof Float) {
            f.setMaximumFractionDigits(2);
            return f.format(value.doubleValue());
        }
        f.setMaximumFractionDigits(0);
        return f.format(value.longValue());
    }

    /**
     * An amount always with its asset ({@code 1,250.50 USDT}), in the digits it was recorded with; {@code value} is a
     * number or the exact decimal text the claims keep. Empty for none.
     */
    public static String amount(Object value, String asset, Locale locale) {
        if (value == null || value.toString().isBlank()) {
            return "";
        }
        String n;
        try {
            n = number(value instanceof Number number ? number : new BigDecimal(value.toString().strip()), locale);
        } catch (NumberFormatException e) {
            n = value.toString();
        }
        return asset == null || asset.isBlank() ? n : n + " " + asset;
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (value instanceof CharSequence text) {
            return text.toString().isBlank() ? null : Instant.parse(text);
        }
        if (value instanceof TemporalAccessor t && t.isSupported(java.time.temporal.ChronoField.INSTANT_SECONDS)) {
            return Instant.from(t);
        }
        throw new IllegalArgumentException("not a moment: " + value.getClass().getName());
    }
}
