package io.redress.cases.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where a queue page ends: the (opened at, id) of its last row, as an opaque text for the next request. */
public record QueueCursor(Instant openedAt, long id) {

    /** What {@link #encode} writes: epoch milliseconds, the nanoseconds below them, the id; digits only. */
    private static final Pattern SHAPE = Pattern.compile("(\\d{1,15})\\.(\\d{1,6})\\.(\\d{1,18})");
    /** No case opens outside years 1970..9999, and databases store no timestamp past 9999 (H2 failed on one). */
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    public String encode() {
        return openedAt.toEpochMilli() + "." + openedAt.getNano() % 1_000_000 + "." + id;
    }

    /** The cursor in this text; {@link IllegalArgumentException} for any text {@link #encode} cannot have written. */
    public static Optional<QueueCursor> decode(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher m = SHAPE.matcher(text);
        if (!m.matches()) {
            throw forged();
        }
        Instant openedAt = Instant.ofEpochMilli(Long.parseLong(m.group(1))).plusNanos(Long.parseLong(m.group(2)));
        long id = Long.parseLong(m.group(3));
        if (openedAt.isAfter(LATEST) || id < 1) {
            throw forged();
        }
        return Optional.of(new QueueCursor(openedAt, id));
    }

    private static IllegalArgumentException forged() {
        return new IllegalArgumentException("not a cursor this queue gave out: pass the 'next' of the previous page");
    }
}
