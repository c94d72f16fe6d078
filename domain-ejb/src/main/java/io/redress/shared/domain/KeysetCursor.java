package io.redress.shared.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a page of a list kept in (time, id) order ends — the case queue by opening, the approval inbox by request —
 * as an opaque text for the next request: the time and id of the page's last row.
 */
public record KeysetCursor(Instant at, long id) {

    /** What {@link #encode} writes: epoch milliseconds, the nanoseconds below them, the id; digits only. */
    private static final Pattern SHAPE = Pattern.compile("(\\d{1,15})\\.(\\d{1,6})\\.(\\d{1,18})");
    /** No row is dated outside years 1970..9999, and databases store no timestamp past 9999 (H2 failed on one). */
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    public String encode() {
        return at.toEpochMilli() + "." + at.getNano() % 1_000_000 + "." + id;
    }

    /** The cursor in this text; {@link IllegalArgumentException} for any text {@link #encode} cannot have written. */
    public static Optional<KeysetCursor> decode(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher m = SHAPE.matcher(text);
        if (!m.matches()) {
            throw forged();
        }
        Instant at = Instant.ofEpochMilli(Long.parseLong(m.group(1))).plusNanos(Long.parseLong(m.group(2)));
        long id = Long.parseLong(m.group(3));
        if (at.isAfter(LATEST) || id < 1) {
            throw forged();
        }
        return Optional.of(new KeysetCursor(at, id));
    }

    /** The same, a forged cursor added to {@code errors} as the request's {@code after} (then: none). */
    public static Optional<KeysetCursor> decode(String text, List<FieldError> errors) {
        try {
            return decode(text);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("after", e.getMessage()));
            return Optional.empty();
        }
    }

    private static IllegalArgumentException forged() {
        return new IllegalArgumentException("not a cursor this list gave out: pass the 'next' of the previous page");
    }
}
