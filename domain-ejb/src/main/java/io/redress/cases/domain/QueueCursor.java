package io.redress.cases.domain;

import java.time.Instant;
import java.util.Optional;

/** Where a queue page ends: the (opened at, id) of its last row, as an opaque text for the next request. */
public record QueueCursor(Instant openedAt, long id) {

    public String encode() {
        return openedAt.toEpochMilli() + "." + openedAt.getNano() % 1_000_000 + "." + id;
    }

    public static Optional<QueueCursor> decode(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String[] parts = text.split("\\.");
        try {
            if (parts.length != 3) {
                throw new NumberFormatException();
            }
            long millis = Long.parseLong(parts[0]);
            long nanos = Long.parseLong(parts[1]);
            if (nanos < 0 || nanos >= 1_000_000) {
                throw new NumberFormatException();
            }
            return Optional.of(new QueueCursor(Instant.ofEpochMilli(millis).plusNanos(nanos), Long.parseLong(parts[2])));
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw new IllegalArgumentException("not a cursor this queue gave out");
        }
    }
}
