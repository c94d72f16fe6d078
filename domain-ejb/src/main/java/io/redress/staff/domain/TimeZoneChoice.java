package io.redress.staff.domain;

import io.redress.shared.domain.FieldError;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The time zones a person may choose for the console: UTC or a region of the tz database ("Europe/Paris",
 * "Asia/Tokyo"), so that summer time follows the region. Fixed offsets ("+02:00") are refused: they are wrong half the
 * year.
 */
public final class TimeZoneChoice {

    public static final String UTC = "UTC";

    private TimeZoneChoice() {
    }

    /** The zone the text names, or the field error that says why not. */
    public static ZoneId parse(String text, List<FieldError> errors) {
        String id = text == null ? "" : text.strip();
        if (UTC.equals(id)) {
            return ZoneOffset.UTC;
        }
        Optional<ZoneId> zone = region(id);
        if (zone.isEmpty()) {
            errors.add(FieldError.of("timeZone", FieldError.Code.TIME_ZONE, "UTC or a region such as Europe/Paris or Asia/Tokyo"));
            return null;
        }
        return zone.get();
    }

    /** What a stored choice reads back as: its zone, or UTC when it is no longer known. */
    public static ZoneId stored(String id) {
        return UTC.equals(id) ? ZoneOffset.UTC : region(id).orElse(ZoneOffset.UTC);
    }

    /** Every zone a person may choose, UTC first, then the regions in alphabetical order. */
    public static List<String> choices() {
        Set<String> regions = new TreeSet<>();
        for (String id : ZoneId.getAvailableZoneIds()) {
            if (region(id).isPresent()) {
                regions.add(id);
            }
        }
        List<String> all = new java.util.ArrayList<>(regions.size() + 1);
        all.add(UTC);
        all.addAll(regions);
        return all;
    }

    private static Optional<ZoneId> region(String id) {
        // a region is Area/Location; "Etc/GMT+2" and the like are fixed offsets under another name
        if (id == null || id.length() > 64 || !id.matches("[A-Z][A-Za-z_]+(/[A-Za-z0-9_+\\-]+)+") || id.startsWith("Etc/")
                || id.startsWith("SystemV/")) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
