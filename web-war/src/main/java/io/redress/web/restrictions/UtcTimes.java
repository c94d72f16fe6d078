package io.redress.web.restrictions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Instants for tables, to the minute in UTC ({@code #{utc.minute(r.requestedAt)}}); the exact instant stays in the
 * cell's title. Faces 4.0's f:convertDateTime has no {@code instant} type (4.1 adds it).
 */
@Named("utc")
@ApplicationScoped
public class UtcTimes {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    public String minute(Instant instant) {
        return toMinute(instant);
    }

    /** The same text outside a page (CSV exports). */
    public static String toMinute(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant);
    }
}
