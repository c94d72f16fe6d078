package io.redress.cases.domain;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/** How fast each priority must get a first response and a resolution. Configurable; these are the defaults. */
public record SlaTargets(Map<Priority, Duration> firstResponse, Map<Priority, Duration> resolution) {

    public static final double WARNING_SHARE = 0.8;

    public SlaTargets {
        firstResponse = Map.copyOf(firstResponse);
        resolution = Map.copyOf(resolution);
    }

    public static SlaTargets defaults() {
        Map<Priority, Duration> first = new EnumMap<>(Priority.class);
        Map<Priority, Duration> resolve = new EnumMap<>(Priority.class);
        first.put(Priority.P1, Duration.ofMinutes(15));
        resolve.put(Priority.P1, Duration.ofHours(4));
        first.put(Priority.P2, Duration.ofHours(1));
        resolve.put(Priority.P2, Duration.ofHours(24));
        first.put(Priority.P3, Duration.ofHours(4));
        resolve.put(Priority.P3, Duration.ofDays(3));
        first.put(Priority.P4, Duration.ofHours(24));
        resolve.put(Priority.P4, Duration.ofDays(5));
        return new SlaTargets(first, resolve);
    }

    /** Parses "P1=15m/4h,P2=1h/24h,P3=4h/3d,P4=24h/5d"; missing priorities keep their defaults. */
    public static SlaTargets parse(String spec) {
        SlaTargets d = defaults();
        if (spec == null || spec.isBlank()) {
            return d;
        }
        Map<Priority, Duration> first = new EnumMap<>(d.firstResponse());
        Map<Priority, Duration> resolve = new EnumMap<>(d.resolution());
        for (String part : spec.split(",")) {
            String[] kv = part.trim().split("=");
            String[] times = kv.length == 2 ? kv[1].split("/") : new String[0];
            if (times.length != 2) {
                throw new IllegalArgumentException("expected P<n>=<first response>/<resolution>, e.g. P1=15m/4h: " + part);
            }
            Priority p = Priority.valueOf(kv[0].trim());
            first.put(p, duration(times[0]));
            resolve.put(p, duration(times[1]));
        }
        return new SlaTargets(first, resolve);
    }

    static Duration duration(String s) {
        String t = s.trim();
        if (t.length() < 2) {
            throw new IllegalArgumentException("a duration like 15m, 4h or 3d: " + s);
        }
        long n = Long.parseLong(t.substring(0, t.length() - 1));
        if (n <= 0) {
            throw new IllegalArgumentException("a positive duration: " + s);
        }
        return switch (t.charAt(t.length() - 1)) {
            case 'm' -> Duration.ofMinutes(n);
            case 'h' -> Duration.ofHours(n);
            case 'd' -> Duration.ofDays(n);
            default -> throw new IllegalArgumentException("use m, h or d: " + s);
        };
    }
}
