package io.redress.api.support;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * {@link Instant#parse} with a fast path for the form clients send nearly always, {@code 2026-01-31T12:00:00Z} with
 * an optional fraction of 1 to 9 digits: read by hand, no formatter. Anything else (lower-case letters, an offset, a
 * year past 9999, hour 24, a leap second, a day the month does not have, any mistake) goes to {@link Instant#parse},
 * so what is accepted, its value and the exception are {@code Instant.parse}'s. {@code Instant.parse} was 7 % of the
 * trade-event intake's server samples (1,000 times a call; profile of 1 December 2026).
 */
public final class UtcInstants {

    private static final int[] NANOS_SCALE = {0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

    private UtcInstants() {
    }

    /** As {@link Instant#parse}: the same instants, the same texts refused ({@link DateTimeParseException}). */
    public static Instant parse(CharSequence text) {
        Instant fast = fast(text);
        return fast != null ? fast : Instant.parse(text);
    }

    /** The instant when {@code text} is in the plain form with plain field values, else null (the slow path decides). */
    static Instant fast(CharSequence text) {
        int n = text.length();
        if (n < 20 || n > 30 || text.charAt(n - 1) != 'Z' || text.charAt(4) != '-' || text.charAt(7) != '-'
                || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        int nanos = 0;
        if (n > 20) {
            int fraction = n - 21; // '.' then the digits, then 'Z'
            if (text.charAt(19) != '.' || fraction < 1 || fraction > 9) {
                return null;
            }
            int f = digits(text, 20, fraction);
            if (f < 0) {
                return null;
            }
            nanos = f * NANOS_SCALE[fraction];
        }
        try {
            long days = LocalDate.of(year, month, day).toEpochDay();
            return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The decimal number of {@code count} ASCII digits from {@code from}, or -1. */
    private static int digits(CharSequence text, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
